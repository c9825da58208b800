import { describe, expect, it } from 'vitest';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, WorkspaceBundleSchema } from '../model/workspace-bundle';
import { makeCitingVersion, makeLegalDocument } from '../testing/legal-builders';
import { registerLegalDocuments } from './register-documents';

function bundle(adjustments: { date: string; working: boolean }[] = []) {
  return WorkspaceBundleSchema.parse({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: '2025-01-01T00:00:00.000Z',
    baseline: [
      makeCitingVersion('1.000001', ['43/2014/NĐ-CP']),
      makeCitingVersion('1.000002', ['59/2020/QH14']),
    ],
    settings: { calendarAdjustments: adjustments, deadlineRules: [] },
  });
}

const amending = makeLegalDocument({
  id: 'nd-10',
  number: '10/2025/NĐ-CP',
  effectiveOn: '2025-03-10',
  relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
});

describe('registerLegalDocuments', () => {
  it("adds the documents and the tasks they create, counted on the workspace's own calendar", () => {
    const plain = registerLegalDocuments(bundle(), [amending], 'province');
    // Monday 10/03/2025: five working days back is Monday 03/03.
    expect(plain.tasks.map((t) => [t.procedureIds[0], t.dueOn])).toEqual([['1.000001', '2025-03-03']]);
    expect(plain.bundle.legalDocuments.map((d) => d.number)).toEqual(['10/2025/NĐ-CP']);
    expect(plain.bundle.reviewTasks).toEqual(plain.tasks);

    // An office that gives Friday 07/03 off counts one day further back.
    const own = registerLegalDocuments(
      bundle([{ date: '2025-03-07', working: false }]),
      [amending],
      'province',
    );
    expect(own.tasks[0]!.dueOn).toBe('2025-02-28');
  });

  it('does not make a task the bundle already holds', () => {
    const once = registerLegalDocuments(bundle(), [amending], 'province').bundle;
    const again = registerLegalDocuments({ ...once, legalDocuments: [] }, [amending], 'province');
    expect(again.tasks).toEqual([]);
    expect(again.bundle.reviewTasks).toHaveLength(1);
  });
});
