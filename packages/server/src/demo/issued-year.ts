import {
  addDays,
  type ChangeLogDraft,
  type Decision,
  type IsoDate,
  type LegalRef,
  type ProcedureFields,
} from '@niemyet/core';
import { type AmendmentKind, amendment } from './amendments';
import type { CatalogueTracker } from './catalogue-tracker';
import { decisionContent, type PlannedItem } from './decision-content';
import { daysBefore, vietnamMoment } from './demo-clock';
import { DEMO_ISSUER, DEMO_PEOPLE } from './people';
import type { DemoRandom } from './random';
import { approve, createDraft, issue, requestChanges, submit } from './workflow';

/**
 * The year of issued decisions ending on the server's today: 37 spread over the past twelve
 * months and 3 signed in the last days that take effect in the coming weeks (the catalogue's
 * upcoming changes). The first moves the procedures still listed at the district level to the
 * commune; one procedure, the portal's most used, is amended six times (a page with many
 * versions); the others introduce held-back procedures, amend and abolish baseline ones.
 */

export const PAST_DECISIONS = 37;
export const UPCOMING_EFFECTIVE_IN_DAYS = [9, 20, 34] as const;
const STAR_AT = new Map<number, AmendmentKind>([
  [3, 'fees'],
  [9, 'processingTime'],
  [16, 'legalBasis'],
  [23, 'dossier'],
  [30, 'online'],
  [PAST_DECISIONS, 'processingTime'],
]);
const AMENDMENT_KINDS: readonly AmendmentKind[] = [
  'processingTime',
  'fees',
  'legalBasis',
  'dossier',
  'online',
];
type Theme = 'levels' | 'amend' | 'new' | 'mixed' | 'abolish';
const THEMES: readonly Theme[] = ['amend', 'new', 'mixed', 'abolish'];

export interface DemoPools {
  /** Baseline procedures no decision has touched yet. */
  untouched: string[];
  /** Procedures of the portal kept out of the baseline, for `new` items. */
  heldBack: string[];
  /** Procedures a decision of the year introduced. */
  introduced: string[];
}

export interface YearPlan {
  today: IsoDate;
  random: DemoRandom;
  contents: ReadonlyMap<string, ProcedureFields>;
  tracker: CatalogueTracker;
  pools: DemoPools;
  /** The procedure amended again and again. */
  star: string;
  /** Baseline procedures still at the district level. */
  district: readonly string[];
}

interface Slot {
  index: number;
  signedOn: IsoDate;
  effectiveOn: IsoDate;
  theme: Theme;
}

function slots(today: IsoDate, random: DemoRandom): Slot[] {
  const out: Slot[] = [];
  for (let index = 0; index < PAST_DECISIONS; index++) {
    // 9.5 days apart and at most 7 days from signing to effect: effective dates keep the signing order.
    const signedOn = addDays(today, -360 + Math.floor(index * 9.5));
    out.push({
      index,
      signedOn,
      effectiveOn: addDays(signedOn, random.pick([0, 3, 5, 7])),
      theme: index === 0 ? 'levels' : THEMES[index % THEMES.length]!,
    });
  }
  UPCOMING_EFFECTIVE_IN_DAYS.forEach((days, j) => {
    out.push({
      index: PAST_DECISIONS + j,
      signedOn: daysBefore(today, 6 - 2 * j),
      effectiveOn: addDays(today, days),
      theme: (['amend', 'new', 'abolish'] as const)[j]!,
    });
  });
  return out;
}

function causeOf(slot: Slot, random: DemoRandom): LegalRef {
  const issuedOn = daysBefore(slot.signedOn, random.int(20, 45));
  const year = issuedOn.slice(0, 4);
  if (slot.theme === 'amend' && random.chance(0.5))
    return {
      number: `${random.int(5, 40)}/${year}/NQ-HĐND`,
      title: 'Nghị quyết quy định mức thu, miễn, giảm, quản lý lệ phí trên địa bàn tỉnh',
      issuedOn,
      issuer: 'Hội đồng nhân dân tỉnh (dữ liệu mẫu)',
    };
  return {
    number: `${random.int(41, 99)}/${year}/QĐ-UBND`,
    title: 'Quyết định phê duyệt phương án đơn giản hóa thủ tục hành chính',
    issuedOn,
    issuer: DEMO_ISSUER,
  };
}

export function issuedYear(plan: YearPlan): { decisions: Decision[]; drafts: ChangeLogDraft[] } {
  const { today, random, contents, tracker, pools } = plan;
  const decisions: Decision[] = [];
  const drafts: ChangeLogDraft[] = [];
  let serial = 100;
  for (const slot of slots(today, random)) {
    const id = `demo-qd-${String(slot.index + 1).padStart(2, '0')}`;
    const cause = causeOf(slot, random);
    const active = tracker.activeOn(slot.effectiveOn);
    const items: PlannedItem[] = [];
    const nationalDbOn = () => {
      const on = addDays(slot.effectiveOn, random.int(1, 5));
      return on < today ? on : null;
    };
    const amend = (code: string, kind: AmendmentKind) => {
      const current = tracker.inForce(active, code, slot.effectiveOn);
      const { changes, reason } = amendment(kind, current, cause, random);
      items.push({ action: 'amended', procedure: current, changes, reason, nationalDbOn: nationalDbOn() });
    };
    const introduce = (count: number) => {
      for (const code of pools.heldBack.splice(0, count)) {
        const fields = contents.get(code)!;
        items.push({
          action: 'new',
          procedure: fields,
          changes: { ...fields },
          reason: null,
          nationalDbOn: nationalDbOn(),
        });
        pools.introduced.push(code);
      }
    };
    const amendSome = (count: number) => {
      for (const code of pools.untouched.splice(0, count)) amend(code, random.pick(AMENDMENT_KINDS));
    };
    const abolish = (count: number) => {
      for (const code of pools.untouched.splice(0, count))
        items.push({
          action: 'abolished',
          procedure: tracker.inForce(active, code, slot.effectiveOn),
          changes: {},
          reason: `Bãi bỏ theo ${cause.number}`,
          nationalDbOn: nationalDbOn(),
        });
    };

    switch (slot.theme) {
      case 'levels':
        for (const code of plan.district) amend(code, 'levels');
        break;
      case 'amend': {
        amendSome(random.int(2, 5));
        // Now and then a procedure introduced earlier in the year is amended in turn.
        const introduced = pools.introduced.findIndex((code) => active.has(code));
        if (introduced >= 0 && random.chance(0.5))
          amend(pools.introduced.splice(introduced, 1)[0]!, random.pick(AMENDMENT_KINDS));
        break;
      }
      case 'new':
        introduce(random.int(2, 4));
        break;
      case 'mixed':
        introduce(random.int(1, 2));
        amendSome(random.int(1, 2));
        abolish(1);
        break;
      case 'abolish':
        abolish(random.int(1, 3));
        amendSome(1);
        break;
    }
    const starKind = STAR_AT.get(slot.index);
    if (starKind) amend(plan.star, starKind);

    const author = slot.index % 2 === 0 ? DEMO_PEOPLE.drafter : DEMO_PEOPLE.colleague;
    const reviewer = slot.index % 3 === 0 ? DEMO_PEOPLE.legalReviewer : DEMO_PEOPLE.reviewer;
    const content = decisionContent(id, items, slot.effectiveOn, cause);
    let decision = createDraft(
      id,
      content,
      author,
      vietnamMoment(daysBefore(slot.signedOn, 14), 9, random.int(0, 59)),
    );
    decision = submit(decision, active, vietnamMoment(daysBefore(slot.signedOn, 10), 14, random.int(0, 59)));
    if (slot.index % 5 === 2) {
      // Some go round the review loop once before they are approved.
      decision = requestChanges(
        decision,
        reviewer,
        vietnamMoment(daysBefore(slot.signedOn, 8), 10, random.int(0, 59)),
        'Đề nghị rà soát lại lý do sửa đổi của từng thủ tục và đối chiếu căn cứ pháp lý trước khi trình lại.',
      );
      decision = submit(decision, active, vietnamMoment(daysBefore(slot.signedOn, 7), 15, random.int(0, 59)));
    }
    decision = approve(
      decision,
      reviewer,
      vietnamMoment(daysBefore(slot.signedOn, 5), 10, random.int(0, 59)),
    );
    serial += random.int(20, 80);
    const issued = issue(
      decision,
      { number: `${serial}/QĐ-UBND`, signedOn: slot.signedOn, effectiveOn: slot.effectiveOn },
      DEMO_PEOPLE.issuer,
      vietnamMoment(slot.signedOn, 16, random.int(0, 59)),
      active,
    );
    tracker.record(issued.decision);
    decisions.push(issued.decision);
    drafts.push(...issued.drafts);
  }
  return { decisions, drafts };
}
