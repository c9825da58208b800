import { formatVietnamInstant } from '@niemyet/core';
import { type FormEvent, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { publishedCatalogueUrl } from '../catalogue/published-url';
import { serverRefusalText } from '../catalogue/server-refusal';
import type { I18n } from '../i18n/use-i18n';
import { sendCommand } from '../messaging/send-command';
import { matchPatternOf } from '../permissions/origins';
import { readSetting, watchSetting, writeSetting } from '../settings/setting';
import {
  type CatalogueSource,
  CatalogueSourceSchema,
  type CatalogueUrlState,
  catalogueSourceSetting,
  catalogueUrlStateSetting,
} from '../settings/settings';

/**
 * The catalogue URL polled by the background on an alarm, with the outcome of the last check.
 * With the console connected, its server's published catalogue is suggested as the URL.
 */
export function CatalogueUrlSection({ i18n }: { i18n: I18n }) {
  const { t, locale } = i18n;
  const [source, setSource] = useState<CatalogueSource | null>(null);
  const [url, setUrl] = useState('');
  const [interval, setIntervalMinutes] = useState('360');
  const [urlState, setUrlState] = useState<CatalogueUrlState | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // The console origin can change in the section below while this page is open.
  const [consoleOrigin, setConsoleOrigin] = useState<string | null>(null);

  useEffect(() => {
    void readSetting(catalogueSourceSetting).then((value) => {
      setSource(value);
      setUrl(value.url ?? '');
      setIntervalMinutes(String(value.intervalMinutes));
      setConsoleOrigin(value.consoleOrigin);
    });
    void readSetting(catalogueUrlStateSetting).then(setUrlState);
    const stopSource = watchSetting(catalogueSourceSetting, (value) => setConsoleOrigin(value.consoleOrigin));
    const stopState = watchSetting(catalogueUrlStateSetting, setUrlState);
    return () => {
      stopSource();
      stopState();
    };
  }, []);
  const suggested = consoleOrigin ? publishedCatalogueUrl(consoleOrigin) : null;

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!source) return;
    const candidate = {
      ...source,
      url: url.trim() === '' ? null : url.trim(),
      intervalMinutes: Number(interval),
    };
    const parsed = CatalogueSourceSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      setMessage({
        kind: 'error',
        text: t.options.invalidSetting({ error: `${issue.path.join('.')}: ${issue.message}` }),
      });
      return;
    }
    if (parsed.data.url) {
      // Fetching from the worker needs host access to the URL's site: asked now, in the click.
      const pattern = matchPatternOf(new URL(parsed.data.url).origin);
      const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
      if (!granted) {
        setMessage({ kind: 'error', text: t.options.url.denied({ origin: pattern }) });
        return;
      }
    }
    // Only the URL and its schedule are this form's: the console origin is read fresh, as the
    // console section may have changed it since this page opened.
    const current = await readSetting(catalogueSourceSetting);
    setSource(
      await writeSetting(catalogueSourceSetting, {
        ...current,
        url: parsed.data.url,
        intervalMinutes: parsed.data.intervalMinutes,
      }),
    );
    setMessage({ kind: 'ok', text: t.options.url.saved });
  }

  async function onCheckNow() {
    const result = await sendCommand('check-catalogue-url', {});
    if (result.ok) setUrlState(result.value);
    else setMessage({ kind: 'error', text: result.error });
  }

  return (
    <section aria-labelledby="catalogue-url-heading">
      <h2 id="catalogue-url-heading">{t.options.url.heading}</h2>
      <form onSubmit={(event) => void onSave(event)}>
        <label>
          {t.options.url.label}{' '}
          <input
            type="url"
            data-testid="catalogue-url"
            value={url}
            placeholder="https://…/catalogue.json"
            onChange={(event) => setUrl(event.currentTarget.value)}
          />
        </label>{' '}
        <label>
          {t.options.url.interval}{' '}
          <input
            type="number"
            min={15}
            data-testid="catalogue-url-interval"
            value={interval}
            onChange={(event) => setIntervalMinutes(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{t.common.save}</button>{' '}
        <button type="button" disabled={!source?.url} onClick={() => void onCheckNow()}>
          {t.common.checkNow}
        </button>
      </form>
      {suggested && url.trim() !== suggested && (
        <p data-testid="catalogue-url-suggestion">
          {t.options.url.suggest({ url: suggested })}{' '}
          <button type="button" onClick={() => setUrl(suggested)}>
            {t.options.url.useSuggestion}
          </button>
        </p>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="catalogue-url-message">
          {message.text}
        </p>
      )}
      {urlState && source?.url && (
        <dl data-testid="catalogue-url-state">
          <dt>{t.options.url.lastCheck}</dt>
          <dd>{urlState.lastCheckedAt ? formatVietnamInstant(urlState.lastCheckedAt) : t.common.none}</dd>
          <dt>{t.options.url.lastChange}</dt>
          <dd>{urlState.lastChangedAt ? formatVietnamInstant(urlState.lastChangedAt) : t.common.none}</dd>
          {urlState.lastError && (
            <>
              <dt>{t.options.url.lastError}</dt>
              {/* The server's refusal in the user's words; the technical detail stays at hand. */}
              <dd role="alert" title={urlState.lastRefusal ? urlState.lastError : undefined}>
                {urlState.lastRefusal ? serverRefusalText(urlState.lastRefusal, locale) : urlState.lastError}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
