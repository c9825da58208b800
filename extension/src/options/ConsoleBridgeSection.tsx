import { type FormEvent, useEffect, useState } from 'react';
import { connectConsole, disconnectConsole } from '../console-bridge/console-connection';
import type { I18n } from '../i18n/use-i18n';
import { readSetting, watchSetting } from '../settings/setting';
import { catalogueSourceSetting } from '../settings/settings';
import { siteErrorText } from './site-error';

/**
 * The console bridge: the user names the console's address; the extension asks for access to
 * it and, on every visit to the console, takes the catalogue the console has published.
 */
export function ConsoleBridgeSection({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const [origin, setOrigin] = useState<string | null>(null);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void readSetting(catalogueSourceSetting).then((source) => setOrigin(source.consoleOrigin));
    return watchSetting(catalogueSourceSetting, (source) => setOrigin(source.consoleOrigin));
  }, []);

  async function onConnect(event: FormEvent) {
    event.preventDefault();
    // connectConsole asks for the permission first, while the click still counts.
    const result = await connectConsole(input);
    if (result.ok) {
      setInput('');
      setMessage({ kind: 'ok', text: t.options.console.connected({ origin: result.origin }) });
    } else {
      const error = siteErrorText(t, result.code, input, result.error);
      setMessage({ kind: 'error', text: t.options.console.error({ error }) });
    }
  }

  async function onDisconnect() {
    await disconnectConsole();
    setMessage({ kind: 'ok', text: t.options.console.disconnected });
  }

  return (
    <section aria-labelledby="console-bridge-heading">
      <h2 id="console-bridge-heading">{t.options.console.heading}</h2>
      <p>{t.options.console.explain}</p>
      {origin === null ? (
        <p data-testid="console-origin-none">{t.options.console.none}</p>
      ) : (
        <p>
          {t.options.console.current} <strong data-testid="console-origin">{origin}</strong>{' '}
          <button type="button" onClick={() => void onDisconnect()}>
            {t.options.console.disconnect}
          </button>
        </p>
      )}
      <form onSubmit={(event) => void onConnect(event)}>
        <label>
          {t.options.console.label}{' '}
          <input
            type="text"
            data-testid="console-origin-input"
            value={input}
            placeholder="https://niemyet.tinh.gov.vn"
            onChange={(event) => setInput(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" disabled={input.trim() === ''}>
          {t.options.console.connect}
        </button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="console-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
