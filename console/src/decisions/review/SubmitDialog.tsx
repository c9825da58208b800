import type { Person } from '@niemyet/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { listPeople } from '../../api/decision-review';
import { errorMessage } from '../../api/error-messages';
import { useI18n } from '../../i18n/language';
import { ActionError } from './ActionError';
import { Dialog, DialogButtons } from './Dialog';
import { TextAreaField } from './form-fields';
import { useSending } from './use-sending';

type PeopleLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; people: Person[] };

/**
 * Sending a draft for review: to any reviewer, or to the reviewers chosen (people holding the
 * reviewer role, the author aside: nobody reviews their own revision). The server keeps the
 * choice; only those chosen may then give the verdict.
 */
export function SubmitDialog({
  author,
  onSend,
  onClose,
  onReload,
  reloading,
}: {
  author: string;
  onSend(reviewers: string[], note: string | null): Promise<void>;
  onClose(): void;
  onReload(): void;
  reloading: boolean;
}) {
  const { t, language } = useI18n();
  const m = t.review.submit;
  const client = useApi();
  const groupName = useId();
  const [load, setLoad] = useState<PeopleLoad>({ kind: 'loading' });
  const [mode, setMode] = useState<'any' | 'chosen'>('any');
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [pickOne, setPickOne] = useState(false);
  const { sending, error, run } = useSending();

  useEffect(() => {
    const controller = new AbortController();
    listPeople(client, controller.signal)
      .then((people) => {
        if (controller.signal.aborted) return;
        const reviewers = people.filter((p) => p.roles.includes('reviewer') && p.username !== author);
        setLoad({ kind: 'ready', people: reviewers });
      })
      .catch((cause) => !controller.signal.aborted && setLoad({ kind: 'failed', error: cause }));
    return () => controller.abort();
  }, [client, author]);

  const toggle = (username: string, on: boolean) => {
    setPickOne(false);
    setChosen((current) => (on ? [...current, username] : current.filter((u) => u !== username)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'chosen' && chosen.length === 0) {
      setPickOne(true);
      return;
    }
    const text = note.trim();
    void run(() => onSend(mode === 'chosen' ? chosen : [], text === '' ? null : text));
  };

  return (
    <Dialog title={m.title} onClose={onClose} testId="submit-dialog">
      <form onSubmit={submit} noValidate>
        <fieldset className="reviewers">
          <legend>{m.reviewers}</legend>
          <label className="inline-choice">
            <input
              type="radio"
              name={groupName}
              checked={mode === 'any'}
              onChange={() => setMode('any')}
              data-autofocus
              data-testid="reviewers-any"
            />
            {m.anyReviewer}
          </label>
          {load.kind === 'ready' && load.people.length > 0 ? (
            <>
              <label className="inline-choice">
                <input
                  type="radio"
                  name={groupName}
                  checked={mode === 'chosen'}
                  onChange={() => setMode('chosen')}
                  data-testid="reviewers-chosen"
                />
                {m.chosen}
              </label>
              {mode === 'chosen' ? (
                <ul className="choices">
                  {load.people.map((person) => (
                    <li key={person.username}>
                      <label className="inline-choice">
                        <input
                          type="checkbox"
                          checked={chosen.includes(person.username)}
                          onChange={(event) => toggle(person.username, event.target.checked)}
                          data-testid="reviewer-choice"
                          value={person.username}
                        />
                        {person.username}
                      </label>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
          {load.kind === 'loading' ? (
            <p className="muted" role="status">
              {m.loadingPeople}
            </p>
          ) : null}
          {load.kind === 'failed' ? (
            <p className="error">{m.peopleFailed(errorMessage(load.error, language))}</p>
          ) : null}
          {load.kind === 'ready' && load.people.length === 0 ? (
            <p className="muted">{m.noReviewers}</p>
          ) : null}
          <p className="muted">{m.hint}</p>
          {pickOne ? (
            <p className="error" role="alert">
              {m.pickOne}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField label={m.note} value={note} onChange={setNote} testId="dialog-comment" />
        <ActionError error={error} onReload={onReload} reloading={reloading} />
        <DialogButtons sending={sending} confirm={m.confirm} onClose={onClose} />
      </form>
    </Dialog>
  );
}
