import { type IsoDate, type PastedDecisionRows, readPastedDecisionRows, todayInVietnam } from '@niemyet/core';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/language';
import { Dialog } from '../review/Dialog';

/**
 * "Dán từ bảng tính": rows copied from a spreadsheet in the decision-list columns, read by
 * core's import row reader. Problems are listed by row and column; nothing is added until
 * the rows read cleanly, or the user drops the bad ones.
 */
export function PasteRowsDialog({
  decisionNumber,
  effectiveOn,
  onClose,
  onAdd,
}: {
  decisionNumber: string;
  effectiveOn: IsoDate | null;
  onClose(): void;
  onAdd(rows: PastedDecisionRows['rows']): void;
}) {
  const { t } = useI18n();
  const m = t.decisionEditor.paste;
  const id = useId();
  const [text, setText] = useState('');
  const [read, setRead] = useState<PastedDecisionRows | null>(null);
  return (
    <Dialog title={m.title} onClose={onClose} testId="paste-dialog">
      <p className="muted" id={`${id}-help`}>
        {m.help}
      </p>
      <div className="field">
        <label htmlFor={id}>{m.text}</label>
        <textarea
          id={id}
          rows={8}
          data-testid="paste-text"
          aria-describedby={`${id}-help`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setRead(null);
          }}
        />
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="secondary"
          disabled={text.trim() === ''}
          onClick={() =>
            setRead(
              readPastedDecisionRows(text, { decisionNumber, effectiveOn: effectiveOn ?? todayInVietnam() }),
            )
          }
        >
          {m.read}
        </button>
      </div>
      {read && (
        <div aria-live="polite" data-testid="paste-result">
          <p>{m.good(read.rows.length, read.dataRows)}</p>
          {read.errors.length > 0 && (
            <>
              <p className="error">{m.problems(read.errors.length)}</p>
              <table className="plain issues" data-testid="paste-errors">
                <thead>
                  <tr>
                    <th scope="col">{m.row}</th>
                    <th scope="col">{m.column}</th>
                    <th scope="col">{m.problem}</th>
                  </tr>
                </thead>
                <tbody>
                  {read.errors.map((issue) => (
                    <tr
                      key={`${issue.row}:${issue.column}:${issue.code}`}
                      data-testid="paste-error"
                      data-row={issue.row}
                      data-column={issue.column ?? ''}
                    >
                      <td className="number">{issue.row}</td>
                      <td>{issue.column ?? m.wholeRow}</td>
                      <td>{issue.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {read.rows.length === 0 ? (
            <p className="muted">{m.nothing}</p>
          ) : (
            <button type="button" className="primary" onClick={() => onAdd(read.rows)}>
              {read.errors.length > 0 ? m.dropBad(read.rows.length) : m.addAll(read.rows.length)}
            </button>
          )}
        </div>
      )}
    </Dialog>
  );
}
