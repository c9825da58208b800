import { Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { listCampaigns } from '../api/reviews';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { CampaignProgressBar } from './CampaignProgressBar';
import { CreateCampaignDialog } from './CreateCampaignDialog';
import { RemoteStatus } from './RemoteStatus';
import { ReviewTabs } from './ReviewTabs';
import { shown, useRemote } from './use-remote';

/** `#/reviews/campaigns`: the review campaigns, newest first, and opening one (reviewers, admins). */
export function CampaignListScreen() {
  const { t } = useI18n();
  const c = t.reviews.campaigns;
  const { can } = useSession();
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  const { remote, reload } = useRemote((client, signal) => listCampaigns(client, signal), 'campaigns');
  const campaigns = shown(remote);
  return (
    <div className="screen reviews">
      <div className="screen-head">
        <h2>{t.reviews.campaignsHeading}</h2>
        {can('legal.write') && (
          <button
            type="button"
            className="primary"
            data-testid="campaign-new"
            onClick={() => setCreating(true)}
          >
            {c.create}
          </button>
        )}
      </div>
      <ReviewTabs />
      <RemoteStatus remote={remote} onRetry={reload} />
      {campaigns !== null && campaigns.length === 0 && (
        <section className="panel empty">
          <p>{c.empty}</p>
        </section>
      )}
      {campaigns !== null && campaigns.length > 0 && (
        <ul className="campaign-list">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="panel" data-testid="campaign-row">
              <h3>
                <Link to="/reviews/campaigns/$id" params={{ id: campaign.id }}>
                  {campaign.title}
                </Link>
              </h3>
              <p className="muted small">
                {c.createdBy(campaign.createdBy, campaign.createdOn)} · {c.dueOn_(campaign.dueOn)}
              </p>
              <CampaignProgressBar campaign={campaign} />
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <CreateCampaignDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void router.navigate({ to: '/reviews/campaigns/$id', params: { id: created.campaign.id } });
          }}
        />
      )}
    </div>
  );
}
