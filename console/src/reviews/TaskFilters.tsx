import { type CampaignView, type Person, ReviewTaskStateSchema } from '@niemyet/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { listPeople } from '../api/decision-review';
import { listCampaigns } from '../api/reviews';
import { useI18n } from '../i18n/language';
import type { ReviewTaskSearch } from './review-task-search';

/**
 * The task list's filters: state, assignee (me, unassigned, anyone by name), campaign, document
 * and due (overdue, this week). Each change goes to the address; the document number is sent
 * when the user confirms it (Enter or the button), not at every key.
 */
export function TaskFilters({
  search,
  onSearchChange,
  campaignFixed,
}: {
  search: ReviewTaskSearch;
  onSearchChange(search: ReviewTaskSearch): void;
  /** On a campaign's page the campaign is the page's, not a filter. */
  campaignFixed?: boolean;
}) {
  const { t } = useI18n();
  const f = t.reviews.filter;
  const client = useApi();
  const ids = { state: useId(), assignee: useId(), campaign: useId(), document: useId(), due: useId() };
  const [people, setPeople] = useState<Person[]>([]);
  const [campaigns, setCampaigns] = useState<CampaignView[]>([]);
  const [document, setDocument] = useState(search.document ?? '');
  useEffect(() => setDocument(search.document ?? ''), [search.document]);

  useEffect(() => {
    const controller = new AbortController();
    // The lists only offer choices: without them "me", "unassigned" and the rest still work.
    listPeople(client, controller.signal)
      .then((list) => !controller.signal.aborted && setPeople(list))
      .catch(() => {});
    if (!campaignFixed)
      listCampaigns(client, controller.signal)
        .then((list) => !controller.signal.aborted && setCampaigns(list))
        .catch(() => {});
    return () => controller.abort();
  }, [client, campaignFixed]);

  const set = (key: keyof ReviewTaskSearch, value: string) => {
    const next: ReviewTaskSearch = { ...search };
    if (value === '') delete next[key];
    else (next as Record<string, string>)[key] = value;
    onSearchChange(next);
  };
  const submitDocument = (event: FormEvent) => {
    event.preventDefault();
    set('document', document.trim());
  };
  const filtered = Object.keys(search).some((key) => key !== 'campaign' || !campaignFixed);
  const assignees = [
    ...new Set([...people.map((p) => p.username), ...(search.assignee ? [search.assignee] : [])]),
  ].filter((name) => name !== 'me' && name !== 'none');

  return (
    <form className="toolbar filters" aria-label={t.reviews.filters} onSubmit={submitDocument}>
      <div className="field">
        <label htmlFor={ids.state}>{f.state}</label>
        <select
          id={ids.state}
          data-testid="filter-state"
          value={search.state ?? ''}
          onChange={(e) => set('state', e.target.value)}
        >
          <option value="">{f.anyState}</option>
          {ReviewTaskStateSchema.options.map((state) => (
            <option key={state} value={state}>
              {t.reviews.states[state]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.assignee}>{f.assignee}</label>
        <select
          id={ids.assignee}
          data-testid="filter-assignee"
          value={search.assignee ?? ''}
          onChange={(e) => set('assignee', e.target.value)}
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
      {!campaignFixed && (
        <div className="field">
          <label htmlFor={ids.campaign}>{f.campaign}</label>
          <select
            id={ids.campaign}
            data-testid="filter-campaign"
            value={search.campaign ?? ''}
            onChange={(e) => set('campaign', e.target.value)}
          >
            <option value="">{f.anyCampaign}</option>
            {[
              ...campaigns.map((c) => [c.id, c.title] as const),
              ...(search.campaign && !campaigns.some((c) => c.id === search.campaign)
                ? [[search.campaign, search.campaign] as const]
                : []),
            ].map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.due}>{f.due}</label>
        <select
          id={ids.due}
          data-testid="filter-due"
          value={search.due ?? ''}
          onChange={(e) => set('due', e.target.value)}
        >
          <option value="">{f.anyDue}</option>
          <option value="overdue">{t.reviews.overdue}</option>
          <option value="week">{t.reviews.dueThisWeek}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.document}>{f.document}</label>
        <input
          id={ids.document}
          data-testid="filter-document"
          value={document}
          onChange={(e) => setDocument(e.target.value)}
          onBlur={() => document.trim() !== (search.document ?? '') && set('document', document.trim())}
        />
      </div>
      {filtered && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onSearchChange(campaignFixed && search.campaign ? { campaign: search.campaign } : {})
          }
        >
          {f.clear}
        </button>
      )}
    </form>
  );
}
