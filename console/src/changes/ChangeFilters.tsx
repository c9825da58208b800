import {
  type ChangeLogFilter,
  ChangeLogKindSchema,
  DecisionActionSchema,
  LEVEL_KEYS,
  levelLabel,
} from '@niemyet/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/language';
import { PeriodFields } from '../period/PeriodFields';
import { type ParsedPeriod, parsePeriodDrafts, periodDrafts } from '../period/period-drafts';
import { useIssuedDecisions } from './use-issued-decisions';

/**
 * The change log's filters as a form: typed, then applied together with "Lọc" (a filter per
 * keystroke would ask the server for thousands of rows at each). The applied filters live in
 * the address; the form starts from them and follows them (back, a shared link).
 */

type TextKey = 'field' | 'agency' | 'procedure';
const TEXT_KEYS: readonly TextKey[] = ['field', 'agency', 'procedure'];

interface Draft {
  from: string;
  to: string;
  action: string;
  kind: string;
  level: string;
  decision: string;
  field: string;
  agency: string;
  procedure: string;
}

function draftOf(filter: ChangeLogFilter): Draft {
  return {
    ...periodDrafts(filter.from, filter.to),
    action: filter.action ?? '',
    kind: filter.kind ?? '',
    level: filter.level ?? '',
    decision: filter.decision ?? '',
    field: filter.field ?? '',
    agency: filter.agency ?? '',
    procedure: filter.procedure ?? '',
  };
}

export function ChangeFilters({
  filter,
  onApply,
  suggestions,
}: {
  filter: ChangeLogFilter;
  onApply(filter: ChangeLogFilter): void;
  /** Fields and agencies seen in the entries shown: the server matches them exactly, so typing is helped. */
  suggestions: { field: readonly string[]; agency: readonly string[] };
}) {
  const { t, language } = useI18n();
  const m = t.changes.filters;
  const id = useId();
  const decisions = useIssuedDecisions();
  const [draft, setDraft] = useState(() => draftOf(filter));
  const [problem, setProblem] = useState<Exclude<ParsedPeriod, { ok: true }> | null>(null);
  const key = JSON.stringify(filter);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `filter`.
  useEffect(() => {
    setDraft(draftOf(filter));
    setProblem(null);
  }, [key]);

  const set = (name: keyof Draft, value: string) => setDraft((d) => ({ ...d, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const period = parsePeriodDrafts(draft);
    if (!period.ok) {
      setProblem(period);
      return;
    }
    setProblem(null);
    const next: ChangeLogFilter = {};
    if (period.from) next.from = period.from;
    if (period.to) next.to = period.to;
    const action = DecisionActionSchema.safeParse(draft.action);
    if (action.success) next.action = action.data;
    const kind = ChangeLogKindSchema.safeParse(draft.kind);
    if (kind.success) next.kind = kind.data;
    if (draft.level) next.level = draft.level;
    if (draft.decision) next.decision = draft.decision;
    for (const name of TEXT_KEYS) {
      const value = draft[name].trim();
      if (value) next[name] = value;
    }
    onApply(next);
  };

  const invalidField = problem === null ? null : problem.problem === 'reversed' ? 'both' : problem.field;
  return (
    <form className="filters change-filters" onSubmit={submit} data-testid="change-filters" noValidate>
      <fieldset>
        <legend>{m.legend}</legend>
        <div className="filter-grid">
          <PeriodFields
            drafts={{ from: draft.from, to: draft.to }}
            onChange={(next) => setDraft((d) => ({ ...d, ...next }))}
            labels={{ from: m.from, to: m.to, hint: m.dateHint }}
            invalid={invalidField}
            testIdPrefix="changes"
          />
          <div className="field">
            <label htmlFor={`${id}-action`}>{m.action}</label>
            <select
              id={`${id}-action`}
              data-testid="changes-action"
              value={draft.action}
              onChange={(event) => set('action', event.target.value)}
            >
              <option value="">{m.anyAction}</option>
              {DecisionActionSchema.options.map((action) => (
                <option key={action} value={action}>
                  {t.changes.actions[action]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{m.kind}</label>
            <select
              id={`${id}-kind`}
              data-testid="changes-kind"
              value={draft.kind}
              onChange={(event) => set('kind', event.target.value)}
            >
              <option value="">{m.anyKind}</option>
              {ChangeLogKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t.changes.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-level`}>{m.level}</label>
            <select
              id={`${id}-level`}
              data-testid="changes-level"
              value={draft.level}
              onChange={(event) => set('level', event.target.value)}
            >
              <option value="">{m.anyLevel}</option>
              {LEVEL_KEYS.map((level) => (
                <option key={level} value={level}>
                  {levelLabel(level, language)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-decision`}>{m.decision}</label>
            <select
              id={`${id}-decision`}
              data-testid="changes-decision"
              value={draft.decision}
              onChange={(event) => set('decision', event.target.value)}
            >
              <option value="">{m.anyDecision}</option>
              {/* A link may name a decision the list has not loaded (yet): keep it selectable. */}
              {draft.decision && !decisions.some((d) => d.id === draft.decision) && (
                <option value={draft.decision}>{draft.decision}</option>
              )}
              {decisions.map((decision) => (
                <option key={decision.id} value={decision.id}>
                  {decision.number}
                </option>
              ))}
            </select>
          </div>
          {TEXT_KEYS.map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`${id}-${name}`}>{m[name]}</label>
              <input
                id={`${id}-${name}`}
                data-testid={`changes-${name}`}
                value={draft[name]}
                list={name === 'procedure' ? undefined : `${id}-${name}-list`}
                aria-describedby={name === 'procedure' ? undefined : `${id}-exact`}
                onChange={(event) => set(name, event.target.value)}
              />
              {name !== 'procedure' && (
                <datalist id={`${id}-${name}-list`}>
                  {suggestions[name].map((value) => (
                    <option key={value} value={value} />
                  ))}
                </datalist>
              )}
            </div>
          ))}
        </div>
        <p className="muted" id={`${id}-exact`}>
          {m.exactHint}
        </p>
        {problem && (
          <p className="error" role="alert" data-testid="changes-filter-problem">
            {problem.problem === 'reversed'
              ? m.periodReversed
              : problem.problem === 'invalid'
                ? m.dateInvalid(problem.field === 'from' ? m.from : m.to, problem.value)
                : null}
          </p>
        )}
        <div className="inline">
          <button type="submit" className="primary" data-testid="changes-apply">
            {m.apply}
          </button>
          <button type="button" className="secondary" data-testid="changes-clear" onClick={() => onApply({})}>
            {m.clear}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
