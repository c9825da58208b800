import type { ReviewDashboardResponse, ReviewTaskView } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { getReviewDashboard } from '../api/reviews';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { AssigneeChart } from './AssigneeChart';
import { CampaignProgressBar } from './CampaignProgressBar';
import { DueDate } from './DueDate';
import { documentPath, PathLink } from './PathLink';
import { RemoteStatus } from './RemoteStatus';
import { ReviewTabs } from './ReviewTabs';
import type { ReviewTaskSearch } from './review-task-search';
import { shown, useRemote } from './use-remote';

type CountKey = keyof ReviewDashboardResponse['counts'];

/** Each count and the task list that shows its tasks. */
const CARDS: { key: CountKey; search: ReviewTaskSearch; tone?: string }[] = [
  { key: 'overdue', search: { due: 'overdue' }, tone: 'danger' },
  { key: 'dueThisWeek', search: { due: 'week' }, tone: 'warning' },
  { key: 'open', search: { state: 'open' } },
  { key: 'inProgress', search: { state: 'in_progress' } },
  { key: 'done', search: { state: 'done' } },
];

/**
 * `#/reviews`: the review desk on one page — the counts (each a link to its tasks), tasks by
 * assignee as a chart with its table, the urgent tasks (overdue first) and the campaigns with
 * their progress in the words provincial reports use.
 */
export function ReviewDashboardScreen() {
  const { t } = useI18n();
  const r = t.reviews;
  const { remote, reload } = useRemote((client, signal) => getReviewDashboard(client, signal), 'dashboard');
  const dashboard = shown(remote);
  return (
    <div className="screen reviews">
      <div className="screen-head">
        <h2>{r.heading}</h2>
        {dashboard && <p className="muted">{r.weekOf(dashboard.week.from, dashboard.week.to)}</p>}
      </div>
      <ReviewTabs />
      <RemoteStatus remote={remote} onRetry={reload} />
      {dashboard && (
        <>
          <ul className="count-cards" aria-label={r.countsLabel}>
            {CARDS.map((card) => (
              <li key={card.key} className={`panel count-card ${card.tone ?? ''}`}>
                <Link to="/reviews/tasks" search={card.search} data-testid={`count-${card.key}`}>
                  <strong className="count-value">{formatCount(dashboard.counts[card.key])}</strong>{' '}
                  <span className="count-label">{r.counts[card.key]}</span>
                </Link>
              </li>
            ))}
          </ul>
          <AssigneeChart rows={dashboard.byAssignee} />
          <UrgentTasks tasks={dashboard.urgent} today={dashboard.at} />
          <section className="panel" aria-labelledby="review-campaigns-heading">
            <h3 id="review-campaigns-heading">{r.campaignsHeading}</h3>
            {dashboard.campaigns.length === 0 ? (
              <p className="muted">{r.noCampaigns}</p>
            ) : (
              <ul className="campaign-list">
                {dashboard.campaigns.map((campaign) => (
                  <li key={campaign.id} data-testid="dashboard-campaign">
                    <Link to="/reviews/campaigns/$id" params={{ id: campaign.id }}>
                      {campaign.title}
                    </Link>
                    <CampaignProgressBar campaign={campaign} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function UrgentTasks({ tasks, today }: { tasks: readonly ReviewTaskView[]; today: string }) {
  const { t } = useI18n();
  const r = t.reviews;
  return (
    <section className="panel" aria-labelledby="review-urgent-heading">
      <h3 id="review-urgent-heading">{r.urgentHeading}</h3>
      {tasks.length === 0 ? (
        <p className="muted">{r.urgentEmpty}</p>
      ) : (
        <ul className="urgent-list" data-testid="urgent-list">
          {tasks.map((task) => (
            <li key={task.id} className={task.overdue ? 'overdue' : 'due-soon'} data-testid="urgent-task">
              <PathLink path={documentPath(task.documentNumber)}>{task.documentNumber}</PathLink>{' '}
              {task.documentTitle && <span className="muted">{task.documentTitle}</span>} —{' '}
              <DueDate dueOn={task.dueOn} overdue={task.overdue} today={today} />
              {!task.overdue && <span className="badge warning"> {r.dueThisWeek}</span>}{' '}
              <span className="muted">({task.assignee ?? r.unassigned})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
