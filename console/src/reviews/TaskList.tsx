import { listReviewTasks } from '../api/reviews';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from './RemoteStatus';
import { type ReviewTaskSearch, reviewTaskQuery } from './review-task-search';
import { TaskFilters } from './TaskFilters';
import { TaskTable } from './TaskTable';
import { shown, useRemote } from './use-remote';

/** Review tasks filtered as the address says, with what to do when there are none. */
export function TaskList({
  search,
  onSearchChange,
  campaignFixed,
  onChanged,
}: {
  search: ReviewTaskSearch;
  onSearchChange(search: ReviewTaskSearch): void;
  campaignFixed?: boolean;
  /** Told after a task changed (a campaign's progress to ask again). */
  onChanged?(): void;
}) {
  const { t } = useI18n();
  const r = t.reviews;
  const { remote, reload } = useRemote(
    (client, signal) => listReviewTasks(client, reviewTaskQuery(search), signal),
    JSON.stringify(search),
  );
  const page = shown(remote);
  const filtered = Object.keys(search).some((key) => key !== 'campaign' || !campaignFixed);
  return (
    <>
      <TaskFilters search={search} onSearchChange={onSearchChange} campaignFixed={campaignFixed} />
      <RemoteStatus remote={remote} onRetry={reload} />
      {page !== null && page.total === 0 && (
        <section className="panel empty" data-testid="tasks-empty">
          <p>{filtered ? r.noMatch : r.empty}</p>
        </section>
      )}
      {page !== null && page.total > 0 && (
        <TaskTable
          tasks={page.tasks}
          total={page.total}
          busy={remote.kind === 'loading'}
          onChanged={() => {
            reload();
            onChanged?.();
          }}
        />
      )}
    </>
  );
}
