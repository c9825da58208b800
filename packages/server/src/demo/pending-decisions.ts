import { addDays, type Decision, type IsoDate, type LegalRef, type ProcedureFields } from '@niemyet/core';
import { type AmendmentKind, amendment } from './amendments';
import type { CatalogueTracker } from './catalogue-tracker';
import { decisionContent, type PlannedItem } from './decision-content';
import { daysBefore, vietnamMoment } from './demo-clock';
import type { DemoPools } from './issued-year';
import { DEMO_ISSUER, DEMO_PEOPLE } from './people';
import type { DemoRandom } from './random';
import { approve, createDraft, requestChanges, submit, withdraw } from './workflow';

/**
 * The decisions still on their way, one or two in every state but issued, so each screen of
 * the review has something to show: drafts, one in review waiting on any reviewer and one on a
 * named reviewer, one sent back with a comment, one approved and waiting for its signature,
 * one withdrawn with its reason. They take effect after the issued year, in the catalogue the
 * year leaves.
 */

interface PendingPlan {
  today: IsoDate;
  random: DemoRandom;
  contents: ReadonlyMap<string, ProcedureFields>;
  tracker: CatalogueTracker;
  pools: DemoPools;
}

const KINDS: readonly AmendmentKind[] = ['processingTime', 'fees', 'legalBasis', 'dossier', 'online'];

export function pendingDecisions(plan: PendingPlan): Decision[] {
  const { today, random, contents, tracker, pools } = plan;
  const { drafter, colleague, reviewer, legalReviewer } = DEMO_PEOPLE;
  const at = (daysAgo: number, hour: number) =>
    vietnamMoment(daysBefore(today, daysAgo), hour, random.int(0, 59));
  let sequence = 0;

  const build = (options: {
    amend: number;
    introduce: number;
    abolish?: number;
    author: string;
    createdDaysAgo: number;
  }) => {
    sequence++;
    const id = `demo-dt-${String(sequence).padStart(2, '0')}`;
    const effectiveOn = addDays(today, 40 + sequence * 6);
    const cause: LegalRef = {
      number: `${random.int(100, 140)}/${today.slice(0, 4)}/QĐ-UBND`,
      title: 'Quyết định phê duyệt phương án đơn giản hóa thủ tục hành chính',
      issuedOn: daysBefore(today, random.int(10, 30)),
      issuer: DEMO_ISSUER,
    };
    const active = tracker.activeOn(effectiveOn);
    const items: PlannedItem[] = [];
    for (const code of pools.heldBack.splice(0, options.introduce)) {
      const fields = contents.get(code)!;
      items.push({
        action: 'new',
        procedure: fields,
        changes: { ...fields },
        reason: null,
        nationalDbOn: null,
      });
    }
    for (const code of pools.untouched.splice(0, options.amend)) {
      const current = tracker.inForce(active, code, effectiveOn);
      const { changes, reason } = amendment(random.pick(KINDS), current, cause, random);
      items.push({ action: 'amended', procedure: current, changes, reason, nationalDbOn: null });
    }
    for (const code of pools.untouched.splice(0, options.abolish ?? 0))
      items.push({
        action: 'abolished',
        procedure: tracker.inForce(active, code, effectiveOn),
        changes: {},
        reason: `Bãi bỏ theo ${cause.number}`,
        nationalDbOn: null,
      });
    const content = decisionContent(id, items, effectiveOn, cause);
    return {
      decision: createDraft(id, content, options.author, at(options.createdDaysAgo, 9)),
      active,
    };
  };

  const decisions: Decision[] = [];

  decisions.push(build({ amend: 3, introduce: 0, author: drafter, createdDaysAgo: 3 }).decision);
  decisions.push(build({ amend: 0, introduce: 2, author: colleague, createdDaysAgo: 1 }).decision);

  {
    const { decision, active } = build({ amend: 2, introduce: 1, author: drafter, createdDaysAgo: 8 });
    decisions.push(submit(decision, active, at(6, 15)));
  }
  {
    const { decision, active } = build({
      amend: 2,
      introduce: 0,
      abolish: 1,
      author: colleague,
      createdDaysAgo: 4,
    });
    decisions.push(submit(decision, active, at(2, 10), [reviewer]));
  }
  {
    const { decision, active } = build({
      amend: 1,
      introduce: 0,
      abolish: 1,
      author: drafter,
      createdDaysAgo: 15,
    });
    const submitted = submit(decision, active, at(12, 14));
    decisions.push(
      requestChanges(
        submitted,
        legalReviewer,
        at(9, 11),
        'Đề nghị bổ sung văn bản quy định việc bãi bỏ và rà soát lại thời hạn giải quyết của thủ tục được sửa đổi trước khi trình lại.',
      ),
    );
  }
  {
    const { decision, active } = build({ amend: 3, introduce: 1, author: colleague, createdDaysAgo: 14 });
    const submitted = submit(decision, active, at(11, 16));
    decisions.push(approve(submitted, reviewer, at(7, 10), 'Đồng ý, trình lãnh đạo ký ban hành.'));
  }
  {
    const { decision, active } = build({ amend: 2, introduce: 0, author: drafter, createdDaysAgo: 45 });
    const submitted = submit(decision, active, at(41, 14));
    decisions.push(
      withdraw(
        submitted,
        drafter,
        at(38, 9),
        'Rút dự thảo: nội dung đã được gộp vào quyết định công bố chung của Sở, tránh công bố hai lần.',
      ),
    );
  }
  return decisions;
}
