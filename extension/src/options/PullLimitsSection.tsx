import { DEFAULT_MAX_PAGES } from '@niemyet/portal';
import { type FormEvent, useEffect, useState } from 'react';
import type { I18n } from '../i18n/use-i18n';
import { readSetting, writeSetting } from '../settings/setting';
import { type PullLimits, pullLimitsSetting } from '../settings/settings';

/**
 * How politely pulls fetch a portal: requests at a time, the pause after each, retries and the
 * time to wait for an answer, and how many listing pages at most (a portal's result count is
 * only a hint: a lying or endless listing stops there). Portals are public services on modest servers; the defaults are
 * gentle, and an office can slow down further for a struggling portal.
 */
export function PullLimitsSection({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const [limits, setLimits] = useState<PullLimits | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void readSetting(pullLimitsSetting).then(setLimits);
  }, []);

  if (!limits) return null;

  // Optional limits show their default until the user sets them.
  const shown: Required<Pick<PullLimits, 'maxPages'>> & PullLimits = {
    ...limits,
    maxPages: limits.maxPages ?? DEFAULT_MAX_PAGES,
  };
  const field = (
    key: 'concurrency' | 'delayMs' | 'retries' | 'timeoutMs' | 'maxPages',
    label: string,
    scale: number,
    min: number,
    max: number,
  ) => (
    <label>
      {label}
      <input
        type="number"
        data-testid={`pull-${key}`}
        min={min}
        max={max}
        value={shown[key] / scale}
        onChange={(event) =>
          setLimits({ ...limits, [key]: Math.round(Number(event.currentTarget.value) * scale) })
        }
      />
    </label>
  );

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!limits) return;
    try {
      setLimits(await writeSetting(pullLimitsSetting, limits));
      setMessage({ kind: 'ok', text: t.options.url.saved });
    } catch (error) {
      setMessage({ kind: 'error', text: t.options.invalidSetting({ error: (error as Error).message }) });
    }
  }

  return (
    <section aria-labelledby="pull-limits-heading">
      <h2 id="pull-limits-heading">{t.options.pull.heading}</h2>
      <p>{t.options.pull.hint}</p>
      <form onSubmit={(event) => void onSave(event)}>
        {field('concurrency', t.options.pull.concurrency, 1, 1, 6)}
        {field('delayMs', t.options.pull.delay, 1, 0, 60_000)}
        {field('retries', t.options.pull.retries, 1, 0, 10)}
        {field('timeoutMs', t.options.pull.timeout, 1_000, 1, 300)}
        {field('maxPages', t.options.pull.maxPages, 1, 1, 100_000)}
        <button type="submit">{t.common.save}</button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="pull-limits-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
