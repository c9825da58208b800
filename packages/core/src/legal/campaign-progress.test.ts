import { describe, expect, it } from 'vitest';
import { type ReviewOutcome, type ReviewTask, ReviewTaskSchema } from '../model/legal-document';
import { activeMapOf, makeCitingVersion } from '../testing/legal-builders';
import { campaignProgress, formatCampaignProgressEn, formatCampaignProgressVi } from './campaign-progress';
import { campaignReviewTasks } from './campaign-tasks';

function task(n: number, outcome: ReviewOutcome | null): ReviewTask {
  return ReviewTaskSchema.parse({
    id: `t${n}`,
    campaignId: 'ra-soat-2019',
    documentNumber: `${n}/2019/QĐ-UBND`,
    outcome,
    state: outcome === null ? 'open' : 'done',
  });
}

describe('campaign progress', () => {
  it('a 389-document campaign gives the sentence of the provincial report', () => {
    const tasks = Array.from({ length: 389 }, (_, i) =>
      task(i + 1, i < 14 ? 'replace' : i < 17 ? 'amend' : i < 300 ? 'keep' : 'no_action'),
    );
    const progress = campaignProgress(tasks);
    expect(progress).toMatchObject({ documents: 389, reviewed: 389, recommended: 17 });
    expect(formatCampaignProgressVi(progress)).toBe(
      'đã rà soát 389 văn bản, kiến nghị xử lý 17 văn bản (thay thế 14 văn bản; sửa đổi, bổ sung 3 văn bản)',
    );
    expect(formatCampaignProgressEn(progress)).toBe(
      'reviewed 389 documents, 17 recommended for handling (14 to replace; 3 to amend)',
    );
  });

  it('counts only reviewed documents, once each, with Vietnamese grouping', () => {
    const tasks = [
      ...Array.from({ length: 1853 }, (_, i) => task(i, i === 0 ? 'abolish' : 'keep')),
      task(5000, null),
      { ...task(0, null), id: 'again' },
    ];
    const progress = campaignProgress(tasks);
    expect(progress).toMatchObject({ documents: 1854, reviewed: 1853, recommended: 1 });
    expect(formatCampaignProgressVi(progress)).toBe(
      'đã rà soát 1.853 văn bản, kiến nghị xử lý 1 văn bản (bãi bỏ 1 văn bản)',
    );
    expect(formatCampaignProgressVi(campaignProgress([task(1, 'keep')]))).toBe(
      'đã rà soát 1 văn bản, không kiến nghị xử lý văn bản nào',
    );
  });
});

describe('campaignReviewTasks', () => {
  it('one task per chosen document, however typed, with the procedures citing it', () => {
    const campaign = {
      id: 'rs-2019',
      title: 'Rà soát VBQPPL năm 2019',
      createdOn: '2019-02-01',
      createdBy: null,
      dueOn: '2019-11-30',
    };
    const active = activeMapOf([
      makeCitingVersion('1.000002', ['43/2014/NĐCP']),
      makeCitingVersion('1.000001', ['43/2014/NĐ-CP']),
    ]);
    const tasks = campaignReviewTasks(
      campaign,
      ['Nghị định số 43/2014/NĐ-CP', '43/2014/NĐCP', '5/2019/QĐ-UBND'],
      active,
    );
    expect(tasks.map((t) => [t.id, t.documentNumber, t.procedureIds, t.dueOn, t.kind])).toEqual([
      ['rs-2019:43/2014/NĐ-CP', '43/2014/NĐ-CP', ['1.000001', '1.000002'], '2019-11-30', 'campaign'],
      ['rs-2019:5/2019/QĐ-UBND', '5/2019/QĐ-UBND', [], '2019-11-30', 'campaign'],
    ]);
    expect(formatCampaignProgressVi(campaignProgress(tasks))).toBe(
      'đã rà soát 0 văn bản, không kiến nghị xử lý văn bản nào',
    );
  });
});
