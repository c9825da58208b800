import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeLogEntry } from '../model/change-log';
import { makeDecision, makeItem } from '../testing/builders';
import {
  appendChangeLog,
  appendDecisionToChangeLog,
  CHANGE_LOG_GENESIS,
  type ChangeLogDraft,
  chainChangeLogDrafts,
  changeLogAnchor,
  changeLogEntriesForDecision,
  changeLogEntryHash,
  formatChangeLogHead,
  parseChangeLogHead,
  verifyChangeLog,
} from './chain';
import { decisionContentHash, decisionItemHash } from './content-hash';

const AT = '2024-03-05T02:00:00.000Z';

const issued = makeDecision({
  id: 'qd-2751',
  number: '2751/QĐ-UBND',
  effectiveOn: '2024-03-01',
  items: [
    makeItem({
      id: 'i-new',
      action: 'new',
      code: '1.012753',
      name: 'Cấp giấy phép',
      changes: { levels: ['province'] },
      nationalDbOn: '2024-03-04',
    }),
    makeItem({ id: 'i-am', action: 'amended', code: '1.001193', changes: { fees: '8.000 đồng' } }),
    makeItem({
      id: 'i-ab',
      action: 'abolished',
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      nationalDbOn: '2024-03-06',
    }),
  ],
});

describe('changeLogEntriesForDecision', () => {
  it('makes one published draft per item, then the national-database moves', () => {
    const drafts = changeLogEntriesForDecision(issued, 'lan', AT, {
      levelsOf: (id) => (id === '1.001193' ? ['commune'] : []),
    });
    expect(drafts.map((d) => [d.kind, d.itemId, d.occurredOn, d.levels])).toEqual([
      ['published', 'i-new', '2024-03-01', ['province']],
      ['published', 'i-am', '2024-03-01', ['commune']],
      ['published', 'i-ab', '2024-03-01', []],
      ['national-db-entered', 'i-new', '2024-03-04', ['province']],
      ['national-db-removed', 'i-ab', '2024-03-06', []],
    ]);
    expect(drafts[0]).toEqual({
      kind: 'published',
      recordedAt: AT,
      occurredOn: '2024-03-01',
      decisionId: 'qd-2751',
      decisionNumber: '2751/QĐ-UBND',
      itemId: 'i-new',
      action: 'new',
      procedureId: '1.012753',
      code: '1.012753',
      name: 'Cấp giấy phép',
      levels: ['province'],
      actor: 'lan',
      itemHash: decisionItemHash(issued.items[0]!),
      decisionHash: decisionContentHash(issued),
    });
  });

  it('refuses a decision that is not issued', () => {
    expect(() => changeLogEntriesForDecision({ ...issued, state: 'approved' }, 'lan', AT)).toThrow(
      /2751\/QĐ-UBND is "approved"/,
    );
  });
});

describe('appendChangeLog', () => {
  it('numbers from 1, chains from the genesis hash and hashes each entry without its hash', () => {
    const log = appendChangeLog([], changeLogEntriesForDecision(issued, 'lan', AT));
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log[0]!.prevHash).toBe(CHANGE_LOG_GENESIS);
    expect(CHANGE_LOG_GENESIS).toBe('0'.repeat(64));
    for (let i = 1; i < log.length; i++) expect(log[i]!.prevHash).toBe(log[i - 1]!.hash);
    for (const entry of log) expect(entry.hash).toBe(changeLogEntryHash(entry));
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 5 });
  });

  it('continues an existing log without touching it', () => {
    const first = appendChangeLog([], changeLogEntriesForDecision(issued, 'lan', AT).slice(0, 2));
    const frozen = structuredClone(first);
    const more = appendChangeLog(first, changeLogEntriesForDecision(issued, 'lan', AT).slice(2));
    expect(first).toEqual(frozen);
    expect(more.slice(0, 2)).toEqual(first);
    expect(more[2]).toMatchObject({ seq: 3, prevHash: first[1]!.hash });
    expect(verifyChangeLog(more)).toEqual({ ok: true, count: 5 });
  });

  it('rejects a malformed draft, naming the field', () => {
    const [draft] = changeLogEntriesForDecision(issued, 'lan', AT);
    expect(() => appendChangeLog([], [{ ...draft!, occurredOn: '01/03/2024' }])).toThrow(
      /draft 0 .*occurredOn/,
    );
  });
});

describe('chainChangeLogDrafts', () => {
  it('chains after a head known only by seq and hash, as appendChangeLog does after the entry', () => {
    const drafts = changeLogEntriesForDecision(issued, 'lan', AT);
    const whole = appendChangeLog([], drafts);
    expect(chainChangeLogDrafts(null, drafts)).toEqual(whole);
    expect(chainChangeLogDrafts({ seq: 0, hash: CHANGE_LOG_GENESIS }, drafts)).toEqual(whole);
    const head = whole[1]!;
    expect(chainChangeLogDrafts({ seq: head.seq, hash: head.hash }, drafts.slice(2))).toEqual(whole.slice(2));
  });
});

describe('appendDecisionToChangeLog', () => {
  const levelsOf = (id: string) => (id === '1.001193' ? ['commune'] : []);

  it("appends the entries appendChangeLog makes of the decision's drafts: same members, order and hashes", () => {
    const expected = appendChangeLog([], changeLogEntriesForDecision(issued, 'lan', AT, { levelsOf }));
    const log: ChangeLogEntry[] = [];
    appendDecisionToChangeLog(log, issued, 'lan', AT, { levelsOf });
    expect(JSON.stringify(log)).toBe(JSON.stringify(expected));

    const second = makeDecision({ ...issued, id: 'qd-2752', number: '2752/QĐ-UBND' });
    const longer = appendChangeLog(expected, changeLogEntriesForDecision(second, 'lan', AT));
    appendDecisionToChangeLog(log, second, 'lan', AT);
    expect(JSON.stringify(log)).toBe(JSON.stringify(longer));
    expect(verifyChangeLog(log)).toEqual({ ok: true, count: 10 });
  });

  it('gives each entry its own levels array', () => {
    const log: ChangeLogEntry[] = [];
    appendDecisionToChangeLog(log, issued, 'lan', AT);
    expect(log[0]!.levels).toEqual(['province']);
    expect(log[0]!.levels).not.toBe(issued.items[0]!.changes.levels);
    expect(log[0]!.levels).not.toBe(log[3]!.levels);
  });

  it('refuses a decision that is not issued, and a blank actor', () => {
    expect(() => appendDecisionToChangeLog([], { ...issued, state: 'approved' }, 'lan', AT)).toThrow(
      /is "approved"/,
    );
    expect(() => appendDecisionToChangeLog([], issued, ' ', AT)).toThrow(/actor is required/);
  });
});

describe('verifyChangeLog: named breaks', () => {
  const log = appendChangeLog([], changeLogEntriesForDecision(issued, 'lan', AT));

  it('names an edited field', () => {
    const edited = log.map((e, i) => (i === 2 ? { ...e, name: 'Đăng ký kết hôn (sửa)' } : e));
    expect(verifyChangeLog(edited)).toMatchObject({
      ok: false,
      index: 2,
      seq: 3,
      reason: expect.stringMatching(/edited/),
    });
  });

  it('names a deletion, an insertion and a reordering', () => {
    expect(verifyChangeLog([...log.slice(0, 1), ...log.slice(2)])).toMatchObject({
      ok: false,
      index: 1,
      seq: 3,
    });
    expect(verifyChangeLog([log[0]!, log[0]!, ...log.slice(1)])).toMatchObject({
      ok: false,
      index: 1,
      seq: 1,
    });
    expect(verifyChangeLog([log[0]!, log[2]!, log[1]!, ...log.slice(3)])).toMatchObject({
      ok: false,
      index: 1,
    });
    expect(verifyChangeLog(log.slice(1))).toMatchObject({ ok: false, index: 0, seq: 2 });
  });

  it('names a position that holds no entry at all', () => {
    const holed = [log[0]!, null, ...log.slice(2)] as unknown as ChangeLogEntry[];
    expect(verifyChangeLog(holed)).toMatchObject({
      ok: false,
      index: 1,
      reason: 'position 1 holds no change-log entry',
    });
  });

  it('names a wrong prevHash even when the entry was re-hashed to cover it', () => {
    const forged = { ...log[3]!, prevHash: 'f'.repeat(64) };
    const rehashed = { ...forged, hash: changeLogEntryHash(forged) };
    const result = verifyChangeLog(log.map((e, i) => (i === 3 ? rehashed : e)));
    expect(result).toMatchObject({ ok: false, index: 3, reason: expect.stringMatching(/prevHash/) });
  });

  it('catches truncation and rewriting only with an anchor', () => {
    const anchor = changeLogAnchor(log);
    expect(verifyChangeLog(log, anchor)).toEqual({ ok: true, count: 5 });
    expect(verifyChangeLog(log.slice(0, 3))).toEqual({ ok: true, count: 3 });
    expect(verifyChangeLog(log.slice(0, 3), anchor)).toMatchObject({ ok: false, index: 3 });
    const rewritten = appendChangeLog([], changeLogEntriesForDecision(issued, 'mallory', AT));
    expect(verifyChangeLog(rewritten)).toEqual({ ok: true, count: 5 });
    expect(verifyChangeLog(rewritten, anchor)).toMatchObject({ ok: false, index: 4 });
    // A longer log still extends the anchored head.
    const longer = appendChangeLog(log, changeLogEntriesForDecision(issued, 'lan', AT).slice(0, 1));
    expect(verifyChangeLog(longer, anchor)).toEqual({ ok: true, count: 6 });
  });
});

describe('verifyChangeLog: heads given by code and by hash only', () => {
  const log = appendChangeLog([], changeLogEntriesForDecision(issued, 'lan', AT));
  const head = changeLogAnchor(log);
  const rewritten = appendChangeLog([], changeLogEntriesForDecision(issued, 'mallory', AT));

  it('says why with a stable code and parameters', () => {
    expect(verifyChangeLog(log.slice(0, 3), head)).toMatchObject({
      ok: false,
      code: 'head-beyond-log',
      params: { count: 5, logCount: 3, headHash: head.headHash },
    });
    expect(verifyChangeLog(rewritten, head)).toMatchObject({ ok: false, code: 'head-mismatch', index: 4 });
    const edited = log.map((e, i) => (i === 1 ? { ...e, actor: 'x' } : e));
    expect(verifyChangeLog(edited)).toMatchObject({ code: 'hash-mismatch', params: { index: 1, seq: 2 } });
    expect(verifyChangeLog(log.slice(1))).toMatchObject({ code: 'seq-break' });
  });

  it('accepts a head given by its hash alone when the log holds that entry', () => {
    expect(verifyChangeLog(log, { count: null, headHash: log[2]!.hash })).toEqual({ ok: true, count: 5 });
    expect(verifyChangeLog(log, { count: null, headHash: CHANGE_LOG_GENESIS })).toEqual({
      ok: true,
      count: 5,
    });
    expect(verifyChangeLog(log.slice(0, 3), { count: null, headHash: head.headHash })).toMatchObject({
      ok: false,
      code: 'head-not-found',
      params: { logCount: 3, headHash: head.headHash },
    });
    expect(verifyChangeLog(rewritten, { count: null, headHash: head.headHash })).toMatchObject({
      code: 'head-not-found',
    });
  });

  it('reads and writes heads as people copy them', () => {
    expect(formatChangeLogHead(head)).toBe(`5:${head.headHash}`);
    expect(parseChangeLogHead(formatChangeLogHead(head))).toEqual(head);
    expect(parseChangeLogHead(` ${head.headHash.toUpperCase()} `)).toEqual({
      count: null,
      headHash: head.headHash,
    });
    expect(parseChangeLogHead('5:abc')).toBeNull();
    expect(parseChangeLogHead(`-1:${head.headHash}`)).toBeNull();
    expect(parseChangeLogHead('')).toBeNull();
    expect(changeLogAnchor([])).toEqual({ count: 0, headHash: CHANGE_LOG_GENESIS });
  });
});

// ---- property tests ----

const isoDateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const draftArb: fc.Arbitrary<ChangeLogDraft> = fc.record({
  kind: fc.constantFrom('published', 'national-db-entered', 'national-db-removed'),
  recordedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  occurredOn: fc.option(isoDateArb, { nil: null }),
  decisionId: fc.string({ minLength: 1 }),
  decisionNumber: fc.string({ minLength: 1 }),
  itemId: fc.string({ minLength: 1 }),
  action: fc.constantFrom('new', 'amended', 'abolished'),
  procedureId: fc.string({ minLength: 1 }),
  code: fc.option(fc.string(), { nil: null }),
  name: fc.string(),
  levels: fc.array(fc.constantFrom('province', 'district', 'commune', 'Cấp Sở')),
  actor: fc.string(),
  itemHash: fc.string(),
  decisionHash: fc.string(),
});

const chainArb = fc
  .array(draftArb, { minLength: 1, maxLength: 12 })
  .map((drafts) => appendChangeLog([], drafts));

const FIELDS = [
  'seq',
  'kind',
  'recordedAt',
  'occurredOn',
  'decisionId',
  'decisionNumber',
  'itemId',
  'action',
  'procedureId',
  'code',
  'name',
  'levels',
  'actor',
  'itemHash',
  'decisionHash',
  'prevHash',
  'hash',
] as const satisfies readonly (keyof ChangeLogEntry)[];

/** A value for `field` that differs from the current one (not necessarily schema-valid: tampering isn't). */
function tamper(entry: ChangeLogEntry, field: (typeof FIELDS)[number], salt: string): unknown {
  const value = entry[field];
  if (typeof value === 'number') return value + 1 + salt.length;
  if (typeof value === 'string') return `${value}${salt || 'x'}`;
  if (value === null) return salt || 'x';
  if (Array.isArray(value)) return [...value, salt];
  throw new Error(`no tampering for ${field}`);
}

describe('verifyChangeLog: properties', () => {
  it('accepts every chain appendChangeLog builds', () => {
    fc.assert(
      fc.property(chainArb, (log) => {
        expect(verifyChangeLog(log)).toEqual({ ok: true, count: log.length });
      }),
    );
  });

  it('detects any single edit of any field of any entry, at that entry', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.constantFrom(...FIELDS), fc.string(), (log, pick, field, salt) => {
        const index = pick % log.length;
        const tampered = log.map((e, i) => (i === index ? { ...e, [field]: tamper(e, field, salt) } : e));
        const result = verifyChangeLog(tampered);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.index).toBe(index);
      }),
      { numRuns: 500 },
    );
  });

  it('detects the removal of any entry but the last, at its position', () => {
    fc.assert(
      fc.property(
        chainArb.filter((log) => log.length >= 2),
        fc.nat(),
        (log, pick) => {
          const index = pick % (log.length - 1);
          const result = verifyChangeLog([...log.slice(0, index), ...log.slice(index + 1)]);
          expect(result).toMatchObject({ ok: false, index });
        },
      ),
    );
  });

  it('detects swapping two entries, at the first of them', () => {
    fc.assert(
      fc.property(
        chainArb.filter((log) => log.length >= 2),
        fc.nat(),
        fc.nat(),
        (log, a, b) => {
          const i = a % log.length;
          const j = b % log.length;
          fc.pre(i !== j);
          const swapped = [...log];
          [swapped[i], swapped[j]] = [log[j]!, log[i]!];
          expect(verifyChangeLog(swapped)).toMatchObject({ ok: false, index: Math.min(i, j) });
        },
      ),
    );
  });
});
