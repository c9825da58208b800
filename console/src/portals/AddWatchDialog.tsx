import { type WatchBody, WatchBodySchema, type WatchSchedule } from '@niemyet/core';
import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { createWatch } from '../api/portal-watches';
import { Dialog, DialogButtons } from '../decisions/review/Dialog';
import { TextField } from '../decisions/review/form-fields';
import { useI18n } from '../i18n/language';

type Problems = Partial<Record<'url' | 'at' | 'minutes' | 'webhook', string>>;

/**
 * Adding a watch (`watches.manage`): the listing URL, a name, the schedule (daily at a Vietnam
 * time, or every N minutes), the scope, whether to read detail pages, and a webhook. The
 * contract's schema checks the body before it leaves; the server decides the rest (a private
 * host is refused with `host-not-allowed`, said in the user's language). A webhook's signing
 * secret comes back only once: the dialog then shows it until the user is done.
 */
export function AddWatchDialog({ onClose, onCreated }: { onClose(): void; onCreated(): void }) {
  const { t, language } = useI18n();
  const m = t.portals.watches.form;
  const client = useApi();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'daily' | 'every'>('daily');
  const [at, setAt] = useState('02:00');
  const [minutes, setMinutes] = useState('15');
  const [agency, setAgency] = useState('');
  const [field, setField] = useState('');
  const [level, setLevel] = useState('');
  const [details, setDetails] = useState(false);
  const [webhook, setWebhook] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<{ name: string; secret: string | null } | null>(null);
  const ids = { kind: useId(), details: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!isWebAddress(url.trim(), /^https?:$/)) found.url = m.badUrl;
    let schedule: WatchSchedule;
    if (kind === 'daily') {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at.trim())) found.at = m.badAt;
      schedule = { kind: 'daily', at: at.trim() };
    } else {
      const n = Number(minutes.trim());
      if (!/^\d+$/.test(minutes.trim()) || n < 1 || n > 10_080) found.minutes = m.badMinutes;
      schedule = { kind: 'every', minutes: n };
    }
    if (webhook.trim() !== '' && !isWebAddress(webhook.trim(), /^https:$/)) found.webhook = m.badWebhook;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const scope = Object.fromEntries(
      Object.entries({ agency, field, level })
        .map(([key, value]) => [key, value.trim()])
        .filter(([, value]) => value !== ''),
    );
    const body: WatchBody = WatchBodySchema.parse({
      url: url.trim(),
      ...(name.trim() ? { name: name.trim() } : {}),
      schedule,
      ...(Object.keys(scope).length > 0 ? { scope } : {}),
      details,
      ...(webhook.trim() ? { webhook: webhook.trim() } : {}),
    });
    setSending(true);
    setFailure(null);
    try {
      const answer = await createWatch(client, body);
      onCreated();
      if (answer.webhookSecret) setCreated({ name: name.trim() || url.trim(), secret: answer.webhookSecret });
      else onClose();
    } catch (cause) {
      setFailure(cause);
    } finally {
      setSending(false);
    }
  };

  if (created)
    return (
      <Dialog title={m.heading} onClose={onClose} testId="add-watch-dialog">
        <p role="status">{m.created(created.name)}</p>
        <p>{m.secret}</p>
        <p>
          <code className="secret" data-testid="watch-webhook-secret">
            {created.secret}
          </code>
        </p>
        <div className="dialog-buttons">
          <button type="button" className="primary" onClick={onClose} data-autofocus>
            {m.done}
          </button>
        </div>
      </Dialog>
    );

  return (
    <Dialog title={m.heading} onClose={onClose} testId="add-watch-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={m.url} value={url} onChange={setUrl} error={problems.url} testId="watch-url" />
        <TextField label={m.name} value={name} onChange={setName} testId="watch-name" />
        <div className="field">
          <label htmlFor={ids.kind}>{m.scheduleKind}</label>
          <select
            id={ids.kind}
            data-testid="watch-schedule-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as 'daily' | 'every')}
          >
            <option value="daily">{m.daily}</option>
            <option value="every">{m.every}</option>
          </select>
        </div>
        {kind === 'daily' ? (
          <TextField label={m.at} value={at} onChange={setAt} error={problems.at} testId="watch-at" />
        ) : (
          <TextField
            label={m.minutes}
            value={minutes}
            onChange={setMinutes}
            error={problems.minutes}
            inputMode="numeric"
            testId="watch-minutes"
          />
        )}
        <TextField label={m.agency} value={agency} onChange={setAgency} testId="watch-agency" />
        <TextField label={m.field} value={field} onChange={setField} testId="watch-field" />
        <TextField label={m.level} value={level} onChange={setLevel} testId="watch-level" />
        <div className="field checkbox">
          <input
            id={ids.details}
            type="checkbox"
            checked={details}
            data-testid="watch-details"
            onChange={(event) => setDetails(event.target.checked)}
          />
          <label htmlFor={ids.details}>{m.details}</label>
        </div>
        <TextField
          label={m.webhook}
          value={webhook}
          onChange={setWebhook}
          error={problems.webhook}
          testId="watch-webhook"
        />
        {failure !== null && (
          <p className="error" role="alert" data-testid="add-watch-error">
            {m.failed(errorMessage(failure, language))}
          </p>
        )}
        <DialogButtons
          sending={sending}
          confirm={m.save}
          sendingLabel={m.saving}
          cancelLabel={m.cancel}
          onClose={onClose}
          testId="add-watch-save"
        />
      </form>
    </Dialog>
  );
}

/** A full address of the given protocol, as the contract's `z.string().url()` and the server read it. */
function isWebAddress(text: string, protocol: RegExp): boolean {
  try {
    const url = new URL(text);
    return protocol.test(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}
