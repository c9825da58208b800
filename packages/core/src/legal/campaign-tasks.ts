import type { ReviewCampaign, ReviewTask } from '../model/legal-document';
import type { ProcedureVersion } from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';
import { citationIndex } from './citation-index';

/**
 * The tasks of a campaign ("Rà soát VBQPPL năm 2019") over a chosen set of documents: one per
 * document, however its number was typed (the same document chosen twice is one task), due
 * on the campaign's date, listing the procedures in force that cite it (`active`, the
 * catalogue on the day the campaign starts). Ids are `<campaign id>:<canonical number>`.
 */
export function campaignReviewTasks(
  campaign: ReviewCampaign,
  numbers: readonly string[],
  active: ReadonlyMap<string, ProcedureVersion>,
): ReviewTask[] {
  const index = citationIndex(active);
  const tasks = new Map<string, ReviewTask>();
  for (const number of numbers) {
    const key = documentNumberKey(number);
    if (tasks.has(key)) continue;
    tasks.set(key, {
      id: `${campaign.id}:${key}`,
      campaignId: campaign.id,
      documentNumber: key,
      assignee: null,
      dueOn: campaign.dueOn,
      outcome: null,
      procedureIds: index.citing(key).map((p) => p.procedureId),
      decisionId: null,
      note: null,
      kind: 'campaign',
      state: 'open',
      reason: null,
      triggeredBy: null,
      relation: null,
    });
  }
  return [...tasks.values()];
}
