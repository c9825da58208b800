import { FindingKindSchema, FindingStateSchema, type Person } from '@niemyet/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { listPeople } from '../api/decision-review';
import type { FindingFilter } from '../api/portal-watches';
import { useI18n } from '../i18n/language';
import { useFirstContentShown } from '../shell/first-content';
import { portalName } from './portal-name';

/**
 * The inbox's filters: portal, state, kind, agency, field, assignee (me, unassigned, anyone by
 * name), age ("first seen at least N days ago") and a search by code or name. The user edits
 * them and applies them at once (Enter or the button); the view then goes to the address.
 */

type Draft = Record<
  'portal' | 'state' | 'kind' | 'agency' | 'field' | 'assignee' | 'olderThan' | 'q',
  string
>;

const draftOf = (filter: FindingFilter): Draft => ({
  portal: filter.portal ?? '',
  state: filter.state ?? '',
  kind: filter.kind ?? '',
  agency: filter.agency ?? '',
  field: filter.field ?? '',
  assignee: filter.assignee ?? '',
  olderThan: filter.olderThan === undefined ? '' : String(filter.olderThan),
  q: filter.q ?? '',
});

export function FindingFilters({
  filter,
  onApply,
  suggestions,
}: {
  filter: FindingFilter;
  onApply(next: FindingFilter): void;
  /** Portals, agencies and fields seen in the findings shown, offered as choices. */
  suggestions: { portal: string[]; agency: string[]; field: string[] };
}) {
  const { t } = useI18n();
  const m = t.portals;
  const f = m.filter;
  const client = useApi();
  const key = JSON.stringify(filter);
  const [draft, setDraft] = useState<Draft>(() => draftOf(filter));
  const [problem, setProblem] = useState<string | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const id = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `filter` (a new object each render).
  useEffect(() => setDraft(draftOf(filter)), [key]);

  // Asked once the inbox's first rows are painted (shell/first-content.tsx).
  const shown = useFirstContentShown();
  useEffect(() => {
    if (!shown) return;
    const controller = new AbortController();
    // The people only offer choices: "me", "unassigned" and a typed name work without them.
    listPeople(client, controller.signal)
      .then((list) => !controller.signal.aborted && setPeople(list))
      .catch(() => {});
    return () => controller.abort();
  }, [client, shown]);

  const set = (name: keyof Draft) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = draft.olderThan.trim();
    if (days !== '' && (!/^\d+$/.test(days) || Number(days) > 3650)) {
      setProblem(f.badDays);
      return;
    }
    setProblem(null);
    const next: FindingFilter = {};
    for (const name of ['portal', 'state', 'kind', 'agency', 'field', 'assignee', 'q'] as const) {
      const value = draft[name].trim();
      if (value !== '') next[name] = value;
    }
    if (days !== '') next.olderThan = Number(days);
    // The watch comes from a watch's link (its open findings) and has no field: it stays until cleared.
    if (filter.watch) next.watch = filter.watch;
    onApply(next);
  };

  const portals = [...new Set([...suggestions.portal, ...(filter.portal ? [filter.portal] : [])])];
  const assignees = [
    ...new Set([...people.map((p) => p.username), ...(filter.assignee ? [filter.assignee] : [])]),
  ].filter((name) => name !== 'me' && name !== 'none');

  return (
    <form className="toolbar filters" aria-label={m.filters} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-portal`}>{f.portal}</label>
        <select
          id={`${id}-portal`}
          data-testid="findings-portal"
          value={draft.portal}
          onChange={(e) => set('portal')(e.target.value)}
        >
          <option value="">{f.anyPortal}</option>
          {portals.map((portal) => (
            <option key={portal} value={portal}>
              {portalName(portal)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>{f.state}</label>
        <select
          id={`${id}-state`}
          data-testid="findings-state"
          value={draft.state}
          onChange={(e) => set('state')(e.target.value)}
        >
          <option value="">{f.anyState}</option>
          {FindingStateSchema.options.map((state) => (
            <option key={state} value={state}>
              {m.states[state]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{f.kind}</label>
        <select
          id={`${id}-kind`}
          data-testid="findings-kind"
          value={draft.kind}
          onChange={(e) => set('kind')(e.target.value)}
        >
          <option value="">{f.anyKind}</option>
          {FindingKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {m.kinds[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agency`}>{f.agency}</label>
        <input
          id={`${id}-agency`}
          data-testid="findings-agency"
          list={`${id}-agencies`}
          value={draft.agency}
          onChange={(e) => set('agency')(e.target.value)}
        />
        <datalist id={`${id}-agencies`}>
          {suggestions.agency.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-field`}>{f.field}</label>
        <input
          id={`${id}-field`}
          data-testid="findings-field"
          list={`${id}-fields`}
          value={draft.field}
          onChange={(e) => set('field')(e.target.value)}
        />
        <datalist id={`${id}-fields`}>
          {suggestions.field.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-assignee`}>{f.assignee}</label>
        <select
          id={`${id}-assignee`}
          data-testid="findings-assignee"
          value={draft.assignee}
          onChange={(e) => set('assignee')(e.target.value)}
        >
          <option value="">{f.anyAssignee}</option>
          <option value="me">{f.me}</option>
          <option value="none">{f.none}</option>
          {assignees.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-older`}>{f.olderThan}</label>
        <input
          id={`${id}-older`}
          data-testid="findings-older-than"
          inputMode="numeric"
          size={5}
          value={draft.olderThan}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => set('olderThan')(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-q`}>{f.q}</label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="findings-q"
          value={draft.q}
          onChange={(e) => set('q')(e.target.value)}
        />
      </div>
      <button type="submit" className="primary" data-testid="findings-apply">
        {f.apply}
      </button>
      {Object.keys(filter).length > 0 && (
        <button type="button" className="secondary" data-testid="findings-clear" onClick={() => onApply({})}>
          {f.clear}
        </button>
      )}
      {filter.watch && (
        <p className="notice" data-testid="findings-watch-filter">
          {f.watch(filter.watch)}
        </p>
      )}
      {problem && (
        <p className="error" role="alert" id={`${id}-problem`} data-testid="findings-filter-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
