import { formatVietnamInstant } from '@niemyet/core';
import { useEffect, useState } from 'react';
import type { I18n } from '../../i18n/use-i18n';
import type { AuditHeaderMessage } from '../../messaging/schemas';
import { sendCommand } from '../../messaging/send-command';

/** The latest audits (pages and pulls), newest first. */
export function HistoryView({ i18n, onOpen }: { i18n: I18n; onOpen(auditId: string): void }) {
  const { t, n } = i18n;
  const [audits, setAudits] = useState<AuditHeaderMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void sendCommand('list-audits', { limit: 50 }).then((result) => {
      if (result.ok) setAudits(result.value);
      else setError(result.error);
    });
  }, []);
  if (error) return <p role="alert">{t.panel.error({ error })}</p>;
  if (!audits) return <p role="status">{t.panel.loading}</p>;
  if (audits.length === 0) return <p>{t.history.none}</p>;
  return (
    <ul className="history" data-testid="history">
      {audits.map((a) => (
        <li key={a.id}>
          {formatVietnamInstant(a.readAt)} · {a.pullId ? `${t.panel.fromPull} · ` : ''}
          <span title={a.tabUrl}>{a.tabUrl}</span> · {t.status.changed}: {n(a.summary.changed)} ·{' '}
          <button type="button" onClick={() => onOpen(a.id)}>
            {t.history.open}
          </button>
        </li>
      ))}
    </ul>
  );
}
