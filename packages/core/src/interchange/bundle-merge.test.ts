import { describe, expect, it } from 'vitest';
import type { ChangeLogEntry } from '../model/change-log';
import { makeDecision, makeVersion } from '../testing/builders';
import { planBundleMerge } from './bundle-merge';

const first = makeDecision({ id: 'qd-1', number: '1/QĐ-UBND', revisionHash: 'a' });
const second = makeDecision({ id: 'qd-2', number: '2/QĐ-UBND', revisionHash: 'b' });
const entry = (decisionId: string, seq: number) => ({ decisionId, seq }) as ChangeLogEntry;
const bundle = {
  decisions: [first, second],
  baseline: [makeVersion({ procedureId: '1.000001' }), makeVersion({ procedureId: '1.000002' })],
  changeLog: [entry('qd-1', 1), entry('qd-2', 2)],
};

describe('planning a bundle merge', () => {
  it('adds what the workspace lacks, skips what it holds alike, and keeps known procedures', () => {
    const plan = planBundleMerge(bundle, (id) => (id === 'qd-1' ? 'a' : undefined), new Set(['1.000001']));
    if (!plan.ok) throw new Error('refused');
    expect(plan.added.map((d) => d.id)).toEqual(['qd-2']);
    expect(plan.alreadyPresent).toBe(1);
    expect(plan.baseline.map((v) => v.procedureId)).toEqual(['1.000002']);
    expect(plan.logged.map((e) => e.seq)).toEqual([2]);
  });

  it('refuses the whole merge when a held decision has other content, naming it', () => {
    const plan = planBundleMerge(bundle, (id) => (id === 'qd-2' ? 'changed' : undefined), new Set());
    expect(plan).toEqual({ ok: false, conflicts: [{ decisionId: 'qd-2', number: '2/QĐ-UBND' }] });
  });
});
