/**
 * Small builders for core tests: a valid object with plain defaults, overridden by whatever
 * the test cares about, so each test states only the values it asserts on.
 */
import type { Decision, DecisionItem } from '../model/decision';
import { type ProcedureVersion, ProcedureVersionSchema } from '../model/procedure';

/**
 * A procedure version; `procedureId` defaults to the code, a baseline (no dates, no decision).
 * Parsed by the schema, like versions read from storage (one object shape for all of them).
 */
export function makeVersion(overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  const code = overrides.code === undefined ? '1.000001' : overrides.code;
  return ProcedureVersionSchema.parse({
    name: 'Đăng ký khai sinh',
    levels: ['commune'],
    field: 'Hộ tịch',
    procedureId: code ?? 'local:1',
    effectiveFrom: null,
    decisionId: null,
    ...overrides,
    code,
  });
}

/** A decision item; `procedureId` defaults to the code and `id` to "<action>:<procedureId>". */
export function makeItem(overrides: Partial<DecisionItem> & Pick<DecisionItem, 'action'>): DecisionItem {
  const code = overrides.code === undefined ? '1.000001' : overrides.code;
  const procedureId = overrides.procedureId ?? code ?? 'local:1';
  return {
    id: `${overrides.action}:${procedureId}`,
    procedureId,
    code,
    rawCode: null,
    name: 'Đăng ký khai sinh',
    changes: {},
    reason: null,
    causeDocument: null,
    nationalDbOn: null,
    ...overrides,
  };
}

/** An issued decision signed and effective on 2024-01-01 unless told otherwise. */
export function makeDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'qd-1',
    number: '1/QĐ-UBND',
    title: '',
    issuer: 'UBND tỉnh Hòa Bình',
    signer: null,
    signedOn: '2024-01-01',
    effectiveOn: '2024-01-01',
    scope: { agency: null, fields: [], levels: [] },
    items: [],
    legalBasis: [],
    attachments: [],
    state: 'issued',
    author: 'drafter',
    revision: 0,
    revisionHash: '',
    reviewers: [],
    approvals: [],
    transitions: [],
    ...overrides,
  };
}
