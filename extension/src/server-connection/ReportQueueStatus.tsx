import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { I18n } from '../i18n/use-i18n';
import { sendCommand } from '../messaging/send-command';
import { reportStateLines } from './connection-text';
import { useServerConnection } from './use-server-connection';

/**
 * Where confirmed findings stand on their way to the shared inbox: how many wait, what went,
 * why sending stopped. Nothing at all while no server is connected and nothing waits: the
 * extension then works as it did before there was a server.
 */
export function ReportQueueStatus({
  i18n,
  heading: Heading = 'h2',
  inOptions = false,
}: {
  i18n: I18n;
  /** The heading's level where it stands (a section of Options: h3). */
  heading?: 'h2' | 'h3';
  /** On the Options page itself: no button to open it. */
  inOptions?: boolean;
}) {
  const { t } = i18n;
  const { connection, reports } = useServerConnection();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!reports || connection === undefined) return null;
  if (!connection && reports.pending === 0) return null;
  const lines = reportStateLines(i18n, reports);
  const canSend = connection !== null && !reports.revoked && reports.pending > 0;

  async function onSendNow() {
    setBusy(true);
    setError(null);
    const result = await sendCommand('send-finding-reports', {});
    setBusy(false);
    if (!result.ok) setError(t.reports.error({ error: result.error }));
  }

  return (
    <section className="report-queue" aria-labelledby="report-queue-heading" data-testid="report-queue">
      <Heading id="report-queue-heading">{t.reports.heading}</Heading>
      {lines.map((line) => (
        <p
          key={line.kind}
          data-testid={`report-${line.kind}`}
          role={line.kind === 'revoked' || line.kind === 'refused' ? 'alert' : undefined}
        >
          {line.text}
        </p>
      ))}
      {canSend && (
        <button type="button" disabled={busy} aria-busy={busy} onClick={() => void onSendNow()}>
          {t.reports.sendNow}
        </button>
      )}
      {reports.revoked && !inOptions && (
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t.reports.openOptions}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
