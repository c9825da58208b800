import { type Decision, LEVEL_KEYS, levelLabel } from '@niemyet/core';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import type { DraftContent } from './draft-content';
import { DateField, LinesField, TextField } from './fields';
import { LegalRefForm, legalRefText } from './LegalRefForm';

/**
 * The decision's header: title, issuer, planned signer and effective date, scope, and the
 * documents it is based on. Read-only, it is a description list; an issued decision also
 * shows its number and the dates it was signed and took effect.
 */
export function DecisionHeader({
  decision,
  draft,
  readOnly,
  edit,
}: {
  decision: Decision;
  draft: DraftContent;
  readOnly: boolean;
  edit(update: (draft: DraftContent) => DraftContent): void;
}) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.header;
  const set = <K extends keyof DraftContent>(key: K, value: DraftContent[K]) =>
    edit((current) => ({ ...current, [key]: value }));
  const levels = (list: readonly string[]) => list.map((level) => levelLabel(level, language)).join(', ');

  if (readOnly) {
    const issued = decision.number !== '';
    return (
      <section className="panel decision-header" aria-label={m.heading} data-testid="decision-header">
        <dl className="facts">
          {issued && (
            <>
              <dt>{m.number}</dt>
              <dd data-testid="decision-number">{decision.number}</dd>
              <dt>{m.signedOn}</dt>
              <dd>{formatDate(decision.signedOn)}</dd>
            </>
          )}
          <dt>{m.title}</dt>
          <dd>{draft.title || m.none}</dd>
          <dt>{m.issuer}</dt>
          <dd>{draft.issuer ?? m.none}</dd>
          <dt>{issued ? m.signerIssued : m.signer}</dt>
          <dd>{draft.signer ?? m.none}</dd>
          <dt>{issued ? m.effectiveOnIssued : m.effectiveOn}</dt>
          <dd data-testid="decision-effective-on">{formatDate(draft.effectiveOn)}</dd>
          <dt>{m.agency}</dt>
          <dd>{draft.scope.agency ?? m.none}</dd>
          <dt>{m.scope}</dt>
          <dd>{[...draft.scope.fields, levels(draft.scope.levels)].filter(Boolean).join('; ') || m.none}</dd>
          <dt>{m.legalBasis}</dt>
          <dd>
            {draft.legalBasis.length === 0 ? (
              m.noLegalBasis
            ) : (
              <ul>
                {draft.legalBasis.map((ref) => (
                  <li key={ref.number}>{legalRefText(ref)}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
    );
  }

  return (
    <section className="panel decision-header" aria-label={m.heading} data-testid="decision-header">
      <TextField
        label={m.title}
        value={draft.title || null}
        onChange={(v) => set('title', v ?? '')}
        testId="header-title"
      />
      <div className="field-row">
        <TextField
          label={m.issuer}
          value={draft.issuer}
          onChange={(v) => set('issuer', v)}
          testId="header-issuer"
        />
        <TextField
          label={m.signer}
          value={draft.signer}
          onChange={(v) => set('signer', v)}
          testId="header-signer"
        />
        <DateField
          label={m.effectiveOn}
          value={draft.effectiveOn}
          onChange={(v) => set('effectiveOn', v)}
          testId="header-effective-on"
        />
      </div>
      <fieldset>
        <legend>{m.scope}</legend>
        <TextField
          label={m.agency}
          value={draft.scope.agency}
          onChange={(agency) => set('scope', { ...draft.scope, agency })}
        />
        <LinesField
          label={m.fields}
          value={draft.scope.fields}
          onChange={(fields) => set('scope', { ...draft.scope, fields })}
        />
        <fieldset className="field">
          <legend>{m.levels}</legend>
          <div className="inline">
            {LEVEL_KEYS.map((level) => (
              <label key={level} className="check">
                <input
                  type="checkbox"
                  checked={draft.scope.levels.includes(level)}
                  onChange={(event) =>
                    set('scope', {
                      ...draft.scope,
                      levels: event.target.checked
                        ? LEVEL_KEYS.filter((k) => k === level || draft.scope.levels.includes(k))
                        : draft.scope.levels.filter((k) => k !== level),
                    })
                  }
                />{' '}
                {levelLabel(level, language)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <fieldset data-testid="header-legal-basis">
        <legend>{m.legalBasis}</legend>
        {draft.legalBasis.length === 0 ? (
          <p className="muted">{m.noLegalBasis}</p>
        ) : (
          <ul>
            {draft.legalBasis.map((ref, index) => (
              <li key={ref.number}>
                {legalRefText(ref)}{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={m.removeDocument(index + 1)}
                  onClick={() =>
                    set(
                      'legalBasis',
                      draft.legalBasis.filter((_, i) => i !== index),
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <LegalRefForm
          submitLabel={m.addDocument}
          testId="header-add-document"
          onSubmit={(ref) =>
            set('legalBasis', [...draft.legalBasis.filter((r) => r.number !== ref.number), ref])
          }
        />
      </fieldset>
    </section>
  );
}
