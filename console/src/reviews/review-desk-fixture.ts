import { type ReviewTask, ReviewTaskSchema } from '@niemyet/core';
import { makeCitingVersion, makeLegalDocument } from '@niemyet/core/testing';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS } from '../testing/render-console';

/**
 * The review desk of the console's tests: a Wednesday (09/12/2026, week 07–13/12), three
 * procedures citing Decree 43/2014, a new Decree 10/2026 amending it, two event tasks (one
 * overdue since 01/12 assigned to the reviewer `hung`, one due Friday unassigned), a done task
 * and, when asked, the 2019 campaign of 389 documents (14 replace, 3 amend, the rest keep).
 */
export const TODAY = '2026-12-09';

export function eventTask(overrides: Partial<ReviewTask> & Pick<ReviewTask, 'id'>): ReviewTask {
  return ReviewTaskSchema.parse({
    documentNumber: '43/2014/NĐ-CP',
    kind: 'event',
    triggeredBy: '10/2026/NĐ-CP',
    relation: 'amends',
    ...overrides,
  });
}

export function reviewDesk({
  signedInAs = 'lan',
  campaign389 = false,
}: {
  signedInAs?: string;
  campaign389?: boolean;
} = {}): FakeServer {
  const server = new FakeServer({
    accounts: ACCOUNTS,
    signedInAs,
    now: () => new Date(`${TODAY}T02:00:00.000Z`),
  });
  server.baseline.push(
    makeCitingVersion('1.000001', ['43/2014/NĐ-CP'], { name: 'Giao đất, cho thuê đất' }),
    makeCitingVersion('1.000002', ['Nghị định số 43/2014/NĐ-CP'], { name: 'Chuyển mục đích sử dụng đất' }),
    makeCitingVersion('1.000003', ['01/2018/TT-VPCP'], { name: 'Thủ tục khác' }),
  );
  const desk = server.reviewDesk;
  desk.addDocuments([
    makeLegalDocument({ number: '43/2014/NĐ-CP', title: 'Quy định chi tiết thi hành Luật Đất đai' }),
    makeLegalDocument({
      number: '10/2026/NĐ-CP',
      title: 'Sửa đổi Nghị định 43/2014/NĐ-CP',
      effectiveOn: '2026-12-20',
      relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
    }),
  ]);
  desk.addTasks([
    eventTask({ id: 't-late', procedureIds: ['1.000001'], dueOn: '2026-12-01', assignee: 'hung' }),
    eventTask({ id: 't-friday', procedureIds: ['1.000002'], dueOn: '2026-12-11' }),
    eventTask({
      id: 't-done',
      documentNumber: '01/2018/TT-VPCP',
      procedureIds: ['1.000003'],
      dueOn: '2026-11-20',
      assignee: 'hung',
      state: 'done',
      outcome: 'keep',
      reason: 'Không ảnh hưởng',
      decisionId: 'd-old',
    }),
  ]);
  if (campaign389) {
    const outcomeOf = (i: number) => (i < 14 ? 'replace' : i < 17 ? 'amend' : 'keep');
    desk.addCampaign(
      {
        id: 'c-2019',
        title: 'Rà soát VBQPPL năm 2019',
        createdOn: '2019-03-01',
        dueOn: '2019-12-31',
        createdBy: 'hung',
      },
      Array.from({ length: 389 }, (_, i) =>
        ReviewTaskSchema.parse({
          id: `c-2019:${i + 1}`,
          campaignId: 'c-2019',
          documentNumber: `${i + 1}/2019/QĐ-UBND`,
          outcome: outcomeOf(i),
          reason: 'Kết quả rà soát',
          state: 'done',
          assignee: 'hung',
        }),
      ),
    );
  }
  return server;
}
