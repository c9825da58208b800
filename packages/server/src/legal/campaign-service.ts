import { randomBytes } from 'node:crypto';
import {
  type CampaignBody,
  type CampaignDetailResponse,
  type CampaignView,
  campaignProgress,
  campaignReviewTasks,
  formatCampaignProgressEn,
  formatCampaignProgressVi,
  type ReviewCampaign,
  type ReviewTask,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import { notFound } from '../http/errors';
import { findCampaign, insertCampaigns, readCampaigns } from '../repositories/review-campaigns';
import { insertTasks, readTasks } from '../repositories/review-tasks';
import { activeOn, today } from './legal-reading';
import { byDueDate, taskViews } from './task-views';

/** Review campaigns: opened over chosen documents, one task per document; progress in the reports' words. */

export function campaignView(campaign: ReviewCampaign, tasks: readonly ReviewTask[]): CampaignView {
  const progress = campaignProgress(tasks.filter((t) => t.campaignId === campaign.id));
  return {
    ...campaign,
    createdBy: campaign.createdBy,
    progress: {
      ...progress,
      sentenceVi: formatCampaignProgressVi(progress),
      sentenceEn: formatCampaignProgressEn(progress),
    },
  };
}

/** Every campaign, newest first, with its progress. */
export async function campaignViews(services: Services): Promise<CampaignView[]> {
  const campaigns = await readCampaigns(services.db);
  if (campaigns.length === 0) return [];
  const tasks = (await readTasks(services.db)).filter((t) => t.campaignId !== null);
  return campaigns.map((c) => campaignView(c, tasks));
}

export async function campaignDetail(services: Services, id: string): Promise<CampaignDetailResponse> {
  const campaign = await findCampaign(services.db, id);
  if (!campaign) throw notFound('đợt rà soát', id);
  const tasks = (await readTasks(services.db, { campaignId: id })).sort(byDueDate);
  return { campaign: campaignView(campaign, tasks), tasks: await taskViews(services, tasks) };
}

/**
 * Opens a campaign over the documents named (any spelling; registered or only cited): core's
 * `campaignReviewTasks` over the catalogue in force today, one task per document.
 */
export async function createCampaign(
  services: Services,
  user: SignedInUser,
  body: CampaignBody,
): Promise<CampaignDetailResponse> {
  const day = today(services);
  const campaign: ReviewCampaign = {
    id: `rs-${randomBytes(6).toString('hex')}`,
    title: body.title,
    createdOn: day,
    dueOn: body.dueOn,
    createdBy: user.username,
  };
  const tasks = campaignReviewTasks(campaign, body.documents, await activeOn(services, day));
  const at = services.now().toISOString();
  await services.db.transaction().execute(async (tx) => {
    await insertCampaigns(tx, [campaign], at);
    await insertTasks(tx, tasks, at);
  });
  return campaignDetail(services, campaign.id);
}
