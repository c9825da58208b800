import { type IsoDate, type LegalRef, type ProcedureVersion, todayInVietnam } from '@niemyet/core';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { errorMessage } from '../../api/error-messages';
import { type CatalogueRow, searchCatalogue } from '../../catalogue/catalogue-rows';
import { useI18n } from '../../i18n/language';
import { Dialog } from '../review/Dialog';
import { LegalRefFields } from './LegalRefForm';
import type { EditorCatalogue } from './use-editor-catalogue';

/** How many matches are listed: enough to scan, few enough to render at once. */
const SHOWN = 50;

/**
 * Chooses procedures from the catalogue in force on the decision's effective date, by code or
 * name, diacritics ignored (the catalogue screen's search). One for an amendment; several,
 * with the document that abolishes them, for an abolition.
 */
export function ProcedurePicker({
  mode,
  catalogue,
  effectiveOn,
  taken,
  onClose,
  onPickAmended,
  onPickAbolished,
}: {
  mode: 'amended' | 'abolished';
  catalogue: EditorCatalogue;
  effectiveOn: IsoDate | null;
  /** procedureIds already in the decision. */
  taken: ReadonlySet<string>;
  onClose(): void;
  onPickAmended(version: ProcedureVersion): void;
  onPickAbolished(versions: ProcedureVersion[], causeDocument: LegalRef | null): void;
}) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.picker;
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [chosen, setChosen] = useState<string[]>([]);
  const [document, setDocument] = useState<LegalRef | null>(null);
  const matches = useMemo(() => searchCatalogue(catalogue.rows, deferred), [catalogue.rows, deferred]);
  const version = (row: CatalogueRow) => catalogue.active?.get(row.procedureId);

  return (
    <Dialog
      title={mode === 'amended' ? m.amendedTitle : m.abolishedTitle}
      onClose={onClose}
      testId="procedure-picker"
    >
      <p className="muted">{effectiveOn ? m.asOf(effectiveOn) : `${m.noDate} ${m.asOf(todayInVietnam())}`}</p>
      <div className="field">
        <label htmlFor={searchId}>{m.search}</label>
        <input
          id={searchId}
          type="search"
          data-testid="picker-search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {catalogue.state === 'loading' && <p className="muted">{t.decisionEditor.items.catalogueLoading}</p>}
      {catalogue.state === 'failed' && (
        <p className="error" role="alert">
          {t.decisionEditor.items.catalogueFailed(errorMessage(catalogue.error, language))}
        </p>
      )}
      {catalogue.state === 'ready' &&
        (matches.length === 0 ? (
          <p className="muted">{m.none}</p>
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {m.results(Math.min(SHOWN, matches.length), matches.length)}
            </p>
            <ul className="picker-results" data-testid="picker-results">
              {matches.slice(0, SHOWN).map((row) => {
                const already = taken.has(row.procedureId);
                const text = `${row.code ?? t.decisionEditor.items.noCode} — ${row.name}`;
                return (
                  <li key={row.procedureId}>
                    {mode === 'amended' ? (
                      <button
                        type="button"
                        className="link"
                        disabled={already}
                        onClick={() => {
                          const found = version(row);
                          if (found) onPickAmended(found);
                        }}
                      >
                        {text}
                      </button>
                    ) : (
                      <label className="check">
                        <input
                          type="checkbox"
                          disabled={already}
                          checked={chosen.includes(row.procedureId)}
                          onChange={(event) =>
                            setChosen((current) =>
                              event.target.checked
                                ? [...current, row.procedureId]
                                : current.filter((id) => id !== row.procedureId),
                            )
                          }
                        />{' '}
                        {text}
                      </label>
                    )}
                    {already && <span className="muted"> ({m.already})</span>}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
      {mode === 'abolished' && (
        <>
          <p aria-live="polite">{m.selected(chosen.length)}</p>
          <fieldset>
            <legend>{m.document}</legend>
            <p className="muted">{m.documentHint}</p>
            <LegalRefFields value={document} onChange={setDocument} testId="picker-document" />
          </fieldset>
        </>
      )}
      <div className="toolbar">
        {mode === 'abolished' && (
          <button
            type="button"
            className="primary"
            disabled={chosen.length === 0}
            onClick={() =>
              onPickAbolished(
                chosen
                  .map((id) => catalogue.active?.get(id))
                  .filter((v): v is ProcedureVersion => v !== undefined),
                document,
              )
            }
          >
            {m.addAbolished(chosen.length)}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {m.cancel}
        </button>
      </div>
    </Dialog>
  );
}
