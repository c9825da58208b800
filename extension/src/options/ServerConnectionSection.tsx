import { formatVietnamInstant } from '@niemyet/core';
import { type FormEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import type { I18n } from '../i18n/use-i18n';
import { sendCommand } from '../messaging/send-command';
import { matchPatternOf, siteOriginOf } from '../permissions/origins';
import { maskToken } from '../server-connection/bearer';
import {
  connectOutcomeText,
  type ServerMessage,
  serverSectionMessage,
} from '../server-connection/connection-text';
import { ReportQueueStatus } from '../server-connection/ReportQueueStatus';
import { useServerConnection } from '../server-connection/use-server-connection';

/**
 * "Kết nối máy chủ": the team server's address and a personal access token made in the console.
 * The background checks the token before keeping it; the token is shown only masked after.
 */
export function ServerConnectionSection({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const { connection, reports } = useServerConnection();
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ServerMessage | null>(null);

  async function onConnect(event: FormEvent) {
    event.preventDefault();
    let origin: string;
    try {
      origin = siteOriginOf(address || (connection?.origin ?? ''));
    } catch {
      setMessage({ kind: 'error', text: t.options.server.invalidUrl({ input: address.trim() }) });
      return;
    }
    if (token.trim() === '') {
      setMessage({ kind: 'error', text: t.options.server.needToken });
      return;
    }
    // The worker fetches from the server: host access is asked now, while the click counts.
    const pattern = matchPatternOf(origin);
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) {
      setMessage({ kind: 'error', text: t.options.server.denied({ origin: pattern }) });
      return;
    }
    setBusy(true);
    setMessage({ kind: 'ok', text: t.options.server.checking });
    const result = await sendCommand('connect-server', { origin, token: token.trim() });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t.options.server.unreachable({ error: result.error }) });
      return;
    }
    const connected = result.value.kind === 'connected';
    if (connected) {
      setToken('');
      setAddress('');
    }
    setMessage({ kind: connected ? 'ok' : 'error', text: connectOutcomeText(i18n, result.value) });
  }

  async function onDisconnect() {
    const result = await sendCommand('disconnect-server', {});
    setMessage(
      result.ok
        ? { kind: 'ok', text: t.options.server.disconnected }
        : { kind: 'error', text: t.options.invalidSetting({ error: result.error }) },
    );
  }

  // Also says when the server stopped taking the stored token, however long ago it learnt so.
  const shown = serverSectionMessage(i18n, { message, busy, connected: Boolean(connection), reports });

  return (
    <section aria-labelledby="server-connection-heading">
      <h2 id="server-connection-heading">{t.options.server.heading}</h2>
      <p>{t.options.server.explain}</p>
      {connection ? (
        <p data-testid="server-connection">
          {t.options.server.current({
            origin: connection.origin,
            token: maskToken(connection.token),
            since: formatVietnamInstant(connection.connectedAt),
          })}{' '}
          <button type="button" onClick={() => void onDisconnect()}>
            {t.options.server.disconnect}
          </button>
        </p>
      ) : (
        connection === null && <p data-testid="server-connection-none">{t.options.server.none}</p>
      )}
      <form onSubmit={(event) => void onConnect(event)}>
        <label>
          {t.options.server.url}{' '}
          <input
            type="url"
            data-testid="server-url"
            value={address}
            placeholder={connection?.origin ?? 'https://niemyet.tinh.gov.vn'}
            onChange={(event) => setAddress(event.currentTarget.value)}
          />
        </label>{' '}
        <label>
          {t.options.server.token}{' '}
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            data-testid="server-token"
            value={token}
            onChange={(event) => setToken(event.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t.options.server.connect}
        </button>
      </form>
      {shown && (
        <p role={shown.kind === 'error' ? 'alert' : 'status'} data-testid="server-message">
          {shown.text}
        </p>
      )}
      <ReportQueueStatus i18n={i18n} heading="h3" inOptions />
    </section>
  );
}
