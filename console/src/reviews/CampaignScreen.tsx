import { Link } from '@tanstack/react-router';
import { getCampaign } from '../api/reviews';
import { useI18n } from '../i18n/language';
import { CampaignProgressBar } from './CampaignProgressBar';
import { RemoteStatus } from './RemoteStatus';
import { ReviewTabs } from './ReviewTabs';
import type { ReviewTaskSearch } from './review-task-search';
import { TaskList } from './TaskList';
import { shown, useRemote } from './use-remote';

/**
 * `#/reviews/campaigns/$id`: one campaign, its progress and sentence, and its tasks (the task
 * list with the campaign fixed; the other filters in the address).
 */
export function CampaignScreen({
  id,
  search,
  onSearchChange,
}: {
  id: string;
  search: ReviewTaskSearch;
  onSearchChange(search: ReviewTaskSearch): void;
}) {
  const { t } = useI18n();
  const c = t.reviews.campaigns;
  const { remote, reload } = useRemote((client, signal) => getCampaign(client, id, signal), id);
  const detail = shown(remote);
  return (
    <div className="screen reviews">
      <div className="screen-head">
        <h2>{detail?.campaign.title ?? t.reviews.campaignsHeading}</h2>
        <Link to="/reviews/campaigns">{c.back}</Link>
      </div>
      <ReviewTabs />
      <RemoteStatus remote={remote} onRetry={reload} />
      {detail && (
        <>
          <section className="panel">
            <p className="muted small">
              {c.createdBy(detail.campaign.createdBy, detail.campaign.createdOn)} ·{' '}
              {c.dueOn_(detail.campaign.dueOn)}
            </p>
            <CampaignProgressBar campaign={detail.campaign} />
          </section>
          <h3>{c.tasks}</h3>
          <TaskList
            search={{ ...search, campaign: id }}
            onSearchChange={({ campaign: _campaign, ...rest }) => onSearchChange(rest)}
            campaignFixed
            onChanged={reload}
          />
        </>
      )}
    </div>
  );
}
