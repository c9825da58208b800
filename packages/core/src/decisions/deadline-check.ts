import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-days';
import type { IsoDate } from '../dates/iso-date';
import { formatVietnameseDate } from '../format/dates';
import type { Decision, DecisionItem } from '../model/decision';
import type { LegalDocument } from '../model/legal-document';
import type { DeadlineRule } from '../model/settings';
import { documentNumberKey } from '../parsing/document-number';
import { DEFAULT_DEADLINE_RULES } from '../rules/deadline-rules';
import { applicableDeadlineRules, checkDeadline } from '../rules/deadlines';
import { searchKey } from '../text/normalize';
import { itemLabel } from './item-label';
import type { ValidationIssue } from './validation-issue';

/**
 * Statutory deadlines of a publication decision (Decree 63/2010/NĐ-CP as amended, DESIGN §6),
 * as warnings: a decision signed later than N working days before the legal document that
 * causes an item takes effect, and a national-database entry (or removal) later than N working
 * days after signing. The rules and the calendar are data: pass the workspace's own.
 */
export interface DeadlineCheckContext {
  /** Documents that items cite as their cause; matched by normalised number. */
  legalDocuments: readonly LegalDocument[];
  rules?: readonly DeadlineRule[];
  calendar?: WorkingCalendar;
  /** 'province', 'ministry' …; inferred from the decision's issuer when absent. */
  issuerKind?: string;
  /** When given, an act not done yet whose due date has passed is reported as overdue. */
  today?: IsoDate;
}

let defaultCalendar: WorkingCalendar | undefined;

/** The default calendar caches its year tables: build it once, not once per validation. */
export function sharedDefaultCalendar(): WorkingCalendar {
  defaultCalendar ??= createWorkingCalendar();
  return defaultCalendar;
}

export function checkDecisionDeadlines(decision: Decision, context: DeadlineCheckContext): ValidationIssue[] {
  const rules = context.rules ?? DEFAULT_DEADLINE_RULES;
  const calendar = context.calendar ?? sharedDefaultCalendar();
  const issuerKind = context.issuerKind ?? issuerKindOf(decision.issuer);
  const documents = new Map(context.legalDocuments.map((doc) => [documentNumberKey(doc.number), doc]));
  const issues: ValidationIssue[] = [];
  const warn = (code: string, item: DecisionItem, message: string) =>
    issues.push({ severity: 'warning', code, itemId: item.id, message });
  const signedOn = decision.signedOn;
  const overdue = (due: IsoDate) => context.today !== undefined && context.today > due;

  for (const item of decision.items) {
    const label = itemLabel(item);

    const document = item.causeDocument
      ? documents.get(documentNumberKey(item.causeDocument.number))
      : undefined;
    if (document?.effectiveOn)
      for (const rule of applicableDeadlineRules(rules, 'decision-signed', issuerKind)) {
        const check = checkDeadline(rule, document.effectiveOn, signedOn, calendar);
        const why = `${rule.workingDays} ngày làm việc trước ngày văn bản ${document.number} có hiệu lực (${formatVietnameseDate(document.effectiveOn)})`;
        if (check.met === false && signedOn)
          warn(
            'deadline-decision-signed-late',
            item,
            `Thủ tục ${label}: quyết định công bố phải ký chậm nhất ngày ${formatVietnameseDate(check.due)} (${why}) nhưng ký ngày ${formatVietnameseDate(signedOn)}.`,
          );
        else if (check.met === null && overdue(check.due))
          warn(
            'deadline-decision-signed-overdue',
            item,
            `Thủ tục ${label}: quyết định công bố phải ký chậm nhất ngày ${formatVietnameseDate(check.due)} (${why}) nhưng chưa được ký.`,
          );
      }

    if (signedOn)
      for (const rule of applicableDeadlineRules(rules, 'national-db-entry', issuerKind)) {
        const check = checkDeadline(rule, signedOn, item.nationalDbOn, calendar);
        const act =
          item.action === 'abolished'
            ? 'loại bỏ khỏi Cơ sở dữ liệu quốc gia'
            : 'cập nhật lên Cơ sở dữ liệu quốc gia';
        const why = `${rule.workingDays} ngày làm việc kể từ ngày ký quyết định ${formatVietnameseDate(signedOn)}`;
        if (check.met === false && item.nationalDbOn)
          warn(
            'deadline-national-db-late',
            item,
            `Thủ tục ${label}: phải ${act} chậm nhất ngày ${formatVietnameseDate(check.due)} (${why}) nhưng thực hiện ngày ${formatVietnameseDate(item.nationalDbOn)}.`,
          );
        else if (check.met === null && decision.state === 'issued' && overdue(check.due))
          warn(
            'deadline-national-db-overdue',
            item,
            `Thủ tục ${label}: phải ${act} chậm nhất ngày ${formatVietnameseDate(check.due)} (${why}) nhưng chưa thực hiện.`,
          );
      }
  }
  return issues;
}

/**
 * The issuer kind a rule table speaks of, read from the issuer as written: a provincial
 * People's Committee ("UBND tỉnh Hòa Bình", "Ủy ban nhân dân thành phố Hà Nội") or a ministry
 * ("Bộ Tư pháp"). Unknown issuers get undefined, so only rules for every issuer apply.
 */
export function issuerKindOf(issuer: string | null): string | undefined {
  if (!issuer) return undefined;
  const key = searchKey(issuer);
  if (/^(?:chu tich )?(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho)\b/.test(key)) return 'province';
  if (/^(?:bo truong )?bo\b/.test(key) || /^(?:thu truong )?co quan ngang bo\b/.test(key)) return 'ministry';
  return undefined;
}
