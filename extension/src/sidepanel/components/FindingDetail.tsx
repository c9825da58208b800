import { formatVietnameseDate, formatVietnamInstant } from '@niemyet/core';
import type { StoredAudit } from '@niemyet/db';
import { DiffView } from '@niemyet/ui';
import { useState } from 'react';
import { fieldLabel } from '../../content/labels';
import type { I18n } from '../../i18n/use-i18n';
import type { CommandResponse } from '../../messaging/protocol';
import { sendCommand } from '../../messaging/send-command';
import { readSetting } from '../../settings/setting';
import { serverConnectionSetting } from '../../settings/settings';
import type { FindingRow } from '../finding-rows';
import { STATUS_KEYS, StatusBadge } from './StatusBadge';

type Note = CommandResponse<'record-finding-note'>;

export interface FindingDetailProps {
  i18n: I18n;
  audit: StoredAudit;
  row: FindingRow;
  notes: Note[];
  onNote(note: Note): void;
}

/** One row of the audit: what differs (word diffs), its evidence, and the user's actions on it. */
export function FindingDetail({ i18n, audit, row, notes, onNote }: FindingDetailProps) {
  const { t, locale } = i18n;
  const { finding } = row;
  const labels = {
    field: (name: string) => fieldLabel(locale, name),
    expected: t.panel.detail.expected,
    shown: t.panel.detail.shown,
    replaced: t.panel.detail.replaced,
    added: t.panel.detail.added,
    removed: t.panel.detail.removed,
    damaged: t.panel.detail.damaged,
  };
  const rowNotes = notes.filter((n) => n.rowIndex === row.index);
  return (
    <article data-testid="finding-detail" data-index={row.index} data-status={row.status} className="detail">
      <header>
        <StatusBadge status={row.status} label={t.status[STATUS_KEYS[row.status]]} />{' '}
        <code>{finding.rawCode ?? finding.code ?? ''}</code> <strong>{finding.name}</strong>
      </header>
      {finding.since && <p>{t.panel.detail.since({ date: formatVietnameseDate(finding.since) })}</p>}
      {finding.diffs.length > 0 ? (
        <div className="diffs">
          <p className="legend">
            <del>{labels.expected}</del> → <ins>{labels.shown}</ins>
          </p>
          {finding.diffs.map((diff) => (
            <DiffView key={diff.field} diff={diff} labels={labels} />
          ))}
        </div>
      ) : (
        row.status === 'changed' && <p>{t.panel.detail.noDiff}</p>
      )}
      {finding.candidates.length > 0 && (
        <section>
          <h4>{t.panel.detail.candidates}</h4>
          <ul>
            {finding.candidates.map((c) => (
              <li key={c.procedureId}>
                <code>{c.code ?? c.procedureId}</code> {c.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {finding.evidence && (
        <details>
          <summary>{t.panel.detail.evidence}</summary>
          <p>
            {formatVietnamInstant(finding.evidence.at)} · {finding.evidence.url ?? ''}
          </p>
          <blockquote>{finding.evidence.text}</blockquote>
        </details>
      )}
      <NoteActions i18n={i18n} audit={audit} row={row} onNote={onNote} />
      {rowNotes.length > 0 && (
        <section data-testid="finding-notes">
          <h4>{t.panel.note.history}</h4>
          <ul>
            {rowNotes.map((note) => (
              <li key={note.id} data-action={note.action}>
                {formatVietnamInstant(note.at)} · {t.panel.note.action[note.action]}
                {note.reason ? `: ${note.reason}` : ''}
                {note.text ? ` — ${note.text}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function NoteActions({
  i18n,
  audit,
  row,
  onNote,
}: {
  i18n: I18n;
  audit: StoredAudit;
  row: FindingRow;
  onNote(note: Note): void;
}) {
  const { t } = i18n;
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const record = async (action: 'confirm' | 'dismiss' | 'note') => {
    if (action === 'dismiss' && !reason.trim()) {
      setMessage(t.panel.note.needReason);
      return;
    }
    const result = await sendCommand('record-finding-note', {
      auditId: audit.id,
      rowIndex: row.index,
      code: row.finding.code,
      url: row.finding.evidence?.url ?? audit.tabUrl,
      action,
      reason: action === 'dismiss' ? reason.trim() : null,
      text: text.trim() || null,
    });
    if (result.ok) {
      onNote(result.value);
      // With a server connected, a confirmation also goes to the shared inbox: say so.
      const queued = action === 'confirm' && (await readSetting(serverConnectionSetting)) !== null;
      setMessage(queued ? t.reports.queuedNote : t.panel.note.saved);
      setReason('');
      setText('');
    } else setMessage(t.panel.error({ error: result.error }));
  };
  return (
    <section className="actions">
      <label>
        {t.panel.note.note}{' '}
        <input data-testid="note-text" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t.panel.note.reason}{' '}
        <input data-testid="note-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <span className="buttons">
        <button type="button" data-testid="note-confirm" onClick={() => void record('confirm')}>
          {t.panel.note.confirm}
        </button>
        <button type="button" data-testid="note-dismiss" onClick={() => void record('dismiss')}>
          {t.panel.note.dismiss}
        </button>
        <button type="button" data-testid="note-add" onClick={() => void record('note')}>
          {t.panel.note.add}
        </button>
      </span>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
