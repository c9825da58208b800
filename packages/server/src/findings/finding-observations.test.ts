import type { AuditFinding, FieldDiff, ProcedureVersion } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { observationsFromAudit, runFailedObservation } from './finding-observations';
import { isConfirmedFixed, manualTransitionProblem, stateWhenSeenAgain } from './fix-rules';

const PORTAL = 'https://dichvucong.gov.vn';

function finding(over: Partial<AuditFinding>): AuditFinding {
  return {
    status: 'match',
    procedureId: null,
    code: '1.000001',
    rawCode: null,
    name: 'Cấp giấy phép',
    matchedBy: null,
    diffs: [],
    candidates: [],
    since: null,
    decisionId: null,
    rowIndex: 0,
    evidence: { url: `${PORTAL}/p/list`, at: '2026-01-01T00:00:00.000Z', text: 'row' },
    ...over,
  };
}

const diff = (kind: FieldDiff['kind'], field: FieldDiff['field'] = 'name'): FieldDiff => ({
  field,
  kind,
  expected: 'a',
  actual: 'b',
  parts: null,
  added: [],
  removed: [],
});

const version = {
  procedureId: 'p1',
  field: 'Đất đai',
  agency: 'Sở TNMT',
  levels: ['province'],
} as ProcedureVersion;
const context = {
  portal: PORTAL,
  url: `${PORTAL}/p/list`,
  versions: new Map([['p1', version]]),
  scope: {},
  rows: [{ code: '1.000001', rawCode: null, name: 'Cấp giấy phép' }],
};

describe('observationsFromAudit', () => {
  it('maps each audit status to its kind, keyed by portal, procedure and kind, and skips matches', () => {
    const found = observationsFromAudit(
      [
        finding({ status: 'match' }),
        finding({ status: 'changed', procedureId: 'p1', diffs: [diff('text')] }),
        finding({ status: 'abolished', code: '2.1' }),
        finding({ status: 'unknown', code: null, name: 'Thủ Tục  Lạ' }),
        finding({ status: 'missing', code: '3.1', procedureId: 'p1', rowIndex: null, evidence: null }),
        finding({ status: 'not-yet-effective', code: '4.1' }),
      ],
      context,
    );
    expect(found.map((o) => [o.kind, o.key])).toEqual([
      ['changed', `${PORTAL}|1.000001|changed`],
      ['abolished-but-listed', `${PORTAL}|2.1|abolished-but-listed`],
      ['not-in-catalogue', `${PORTAL}|name:thủ tục lạ|not-in-catalogue`],
      ['missing', `${PORTAL}|3.1|missing`],
      ['not-yet-effective', `${PORTAL}|4.1|not-yet-effective`],
    ]);
    expect(found[0]).toMatchObject({ field: 'Đất đai', agency: 'Sở TNMT', level: 'province' });
    expect(found[3]!.url).toBe(`${PORTAL}/p/list`);
  });

  it('splits damaged text from real changes, and a damaged unknown name is damaged text only', () => {
    const found = observationsFromAudit(
      [
        finding({ status: 'changed', diffs: [diff('damaged'), diff('text', 'fees')] }),
        finding({ status: 'changed', code: '5.1', diffs: [diff('damaged')] }),
        finding({ status: 'unknown', code: '6.1', diffs: [diff('damaged')] }),
      ],
      context,
    );
    expect(found.map((o) => [o.code, o.kind, o.diffs.map((d) => d.kind)])).toEqual([
      ['1.000001', 'damaged-text', ['damaged']],
      ['1.000001', 'changed', ['text']],
      ['5.1', 'damaged-text', ['damaged']],
      ['6.1', 'damaged-text', ['damaged']],
    ]);
  });

  it('leaves out missing procedures outside the watch scope', () => {
    const found = observationsFromAudit([finding({ status: 'missing', procedureId: 'p1', rowIndex: null })], {
      ...context,
      scope: { agency: 'Sở Y tế' },
    });
    expect(found).toEqual([]);
  });

  it('keys a failed run by its watch', () => {
    const o = runFailedObservation(
      { id: 'w1', url: `${PORTAL}/p/list`, portal: PORTAL, scope: {}, name: 'Cổng quốc gia' },
      { code: 'pull.http-status', message: 'HTTP 503' },
      '2026-01-01T00:00:00.000Z',
    );
    expect(o).toMatchObject({
      key: `${PORTAL}|watch:w1|run-failed`,
      kind: 'run-failed',
      name: 'Cổng quốc gia',
    });
  });
});

describe('fix rules', () => {
  const run = {
    listed: new Set(['1.1', 'name:x']),
    seen: new Set([`${PORTAL}|1.1|changed`]),
    runFailedIdentity: 'watch:w1',
  };
  const f = (
    kind: Parameters<typeof isConfirmedFixed>[0]['kind'],
    identity: string,
    state = 'open' as const,
  ) => ({
    kind,
    identity,
    state,
    key: `${PORTAL}|${identity}|${kind}`,
  });

  it('confirms a fix only when the row is back and right, or gone when it should be', () => {
    expect(isConfirmedFixed(f('changed', '1.1'), run)).toBe(false); // seen again
    expect(isConfirmedFixed(f('damaged-text', '1.1'), run)).toBe(true);
    expect(isConfirmedFixed(f('changed', '2.2'), run)).toBe(false); // not listed: not read
    expect(isConfirmedFixed(f('missing', 'name:x'), run)).toBe(true);
    expect(isConfirmedFixed(f('missing', '2.2'), run)).toBe(false);
    expect(isConfirmedFixed(f('abolished-but-listed', '2.2'), run)).toBe(true);
    expect(isConfirmedFixed(f('not-in-catalogue', '1.1'), run)).toBe(false);
    expect(isConfirmedFixed(f('run-failed', 'watch:w1'), run)).toBe(true);
    expect(isConfirmedFixed(f('run-failed', 'watch:w2'), run)).toBe(false);
    expect(isConfirmedFixed({ ...f('abolished-but-listed', '2.2'), state: 'dismissed' as never }, run)).toBe(
      false,
    );
  });

  it('re-opens a fixed finding seen again and leaves the others', () => {
    expect(stateWhenSeenAgain('fixed')).toEqual({ state: 'open', reopened: true });
    expect(stateWhenSeenAgain('reported')).toEqual({ state: 'reported', reopened: false });
    expect(stateWhenSeenAgain('dismissed')).toEqual({ state: 'dismissed', reopened: false });
  });

  it('asks a reason to dismiss and reports only an open finding', () => {
    expect(manualTransitionProblem('open', 'dismissed', undefined)).toBe('reason-required');
    expect(manualTransitionProblem('open', 'dismissed', 'trùng')).toBeNull();
    expect(manualTransitionProblem('fixed', 'reported', undefined)).toBe('invalid-transition');
    expect(manualTransitionProblem('fixed', 'open', undefined)).toBeNull();
  });
});
