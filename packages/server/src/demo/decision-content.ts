import type {
  DecisionAction,
  DecisionContent,
  DecisionItem,
  IsoDate,
  LegalRef,
  ProcedureFields,
  ProcedurePatch,
} from '@niemyet/core';
import { DEMO_ISSUER, DEMO_SIGNER } from './people';

/** The content of a demo decision before it is signed: no number, no signing date yet. */

/** The decree every publication decision cites: the control of administrative procedures. */
export const CONTROL_DECREE: LegalRef = {
  number: '63/2010/NĐ-CP',
  title: 'Nghị định về kiểm soát thủ tục hành chính',
  issuedOn: '2010-06-08',
  issuer: 'Chính phủ',
};

export interface PlannedItem {
  action: DecisionAction;
  /** The procedure as it is (amended, abolished) or will be (new). */
  procedure: ProcedureFields;
  changes: ProcedurePatch;
  reason: string | null;
  nationalDbOn: IsoDate | null;
}

const ACTION_WORDS: Record<DecisionAction, string> = {
  new: 'mới ban hành',
  amended: 'được sửa đổi, bổ sung',
  abolished: 'bị bãi bỏ',
};

export function decisionTitle(items: readonly PlannedItem[]): string {
  const actions = (['new', 'amended', 'abolished'] as const).filter((a) => items.some((i) => i.action === a));
  const fields = [...new Set(items.map((i) => i.procedure.field).filter((f): f is string => f !== null))];
  const where = fields.length === 1 ? ` lĩnh vực ${fields[0]}` : '';
  return `Quyết định công bố danh mục thủ tục hành chính ${actions.map((a) => ACTION_WORDS[a]).join(', ')}${where}`;
}

export function decisionContent(
  decisionId: string,
  items: readonly PlannedItem[],
  effectiveOn: IsoDate,
  cause: LegalRef,
): DecisionContent {
  const agencies = [...new Set(items.map((i) => i.procedure.agency).filter((a): a is string => a !== null))];
  return {
    number: '',
    title: decisionTitle(items),
    issuer: DEMO_ISSUER,
    signer: DEMO_SIGNER,
    signedOn: null,
    effectiveOn,
    scope: {
      agency: agencies.length === 1 ? agencies[0]! : null,
      fields: [...new Set(items.map((i) => i.procedure.field).filter((f): f is string => f !== null))],
      levels: [...new Set(items.flatMap((i) => i.procedure.levels))],
    },
    items: items.map(
      (item, index): DecisionItem => ({
        id: `${decisionId}#${index + 1}`,
        action: item.action,
        procedureId: item.procedure.code!,
        code: item.procedure.code,
        rawCode: item.procedure.code,
        name: item.procedure.name,
        changes: item.changes,
        reason: item.reason,
        causeDocument: cause,
        nationalDbOn: item.nationalDbOn,
      }),
    ),
    legalBasis: [CONTROL_DECREE, cause],
    attachments: [],
  };
}
