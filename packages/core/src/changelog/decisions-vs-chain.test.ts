import { describe, expect, it } from 'vitest';
import bundleV1Json from '../../../../tests/fixtures/workspace-v1/bundle-v1.json';
import { decisionContent } from '../decisions/revision';
import { hashOf } from '../hashing/canonical-json';
import { importDecisionCsv } from '../interchange/decision-list/index';
import type { ChangeLogEntry } from '../model/change-log';
import type { Decision } from '../model/decision';
import { WorkspaceBundleSchema } from '../model/workspace-bundle';
import { makeDecision, makeItem } from '../testing/builders';
import {
  appendChangeLog,
  changeLogEntriesForDecision,
  changeLogNationalDbEntry,
  verifyChangeLog,
} from './chain';
import { decisionContentHash, decisionItemHash } from './content-hash';
import { verifyDecisionsAgainstChain } from './decisions-vs-chain';
import { describeDecisionChainProblem } from './messages';

const CSV = [
  'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis,national_db_on',
  '12/QĐ-UBND,03/02/2020,05/02/2020,new,1.004227,Đăng ký khai sinh,Cấp Xã,Hộ tịch,UBND cấp xã,Luật 60/2014/QH13,06/02/2020',
  '12/QĐ-UBND,03/02/2020,05/02/2020,new,2.000815,Cấp giấy phép X,Cấp Tỉnh,Xây dựng,Sở Xây dựng,,',
  '40/QĐ-UBND,01/06/2020,10/06/2020,amended,1.004227,Đăng ký khai sinh,Cấp Xã,Hộ tịch,UBND cấp huyện,,12/06/2020',
  '40/QĐ-UBND,01/06/2020,10/06/2020,abolished,2.000815,Cấp giấy phép X,Cấp Tỉnh,Xây dựng,,Nghị định 45/2020/NĐ-CP,',
].join('\n');

function imported() {
  const result = importDecisionCsv(CSV, { fileName: 'ds.csv', importedAt: '2024-05-06T07:08:09.000Z' });
  if (!result.ok) throw new Error('the CSV should import');
  // As read back from a file: the hashes must survive a JSON round trip and the schema's defaults.
  return WorkspaceBundleSchema.parse(JSON.parse(JSON.stringify(result.bundle)));
}

/** The decisions with one of them changed by `edit` (a deep copy: the original stays as it was). */
function editDecision(decisions: Decision[], number: string, edit: (decision: Decision) => void): Decision[] {
  const copy = structuredClone(decisions);
  edit(copy.find((d) => d.number === number)!);
  return copy;
}

describe('content hashes', () => {
  it('hash a decision as its content with each item as its item hash', () => {
    const decision = makeDecision({
      items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees: '8.000 đồng' } })],
    });
    const { items: _items, ...rest } = decisionContent(decision);
    expect(decisionContentHash(decision)).toBe(
      hashOf({ ...rest, items: [decisionItemHash(decision.items[0]!)] }),
    );
    expect(decisionContentHash({ ...decision, title: 'x' })).not.toBe(decisionContentHash(decision));
    // Workflow fields are not content: issuing or approving never changes it.
    const approved: Decision = { ...decision, state: 'approved', approvals: [] };
    expect(decisionContentHash(approved)).toBe(decisionContentHash(decision));
  });

  it('leave nationalDbOn out (it is logged by its own entry) but cover everything else of an item', () => {
    const item = makeItem({ action: 'amended', code: '1.001193', changes: { fees: '8.000 đồng' } });
    expect(decisionItemHash({ ...item, nationalDbOn: '2024-03-04' })).toBe(decisionItemHash(item));
    expect(decisionItemHash({ ...item, changes: { fees: '9.000 đồng' } })).not.toBe(decisionItemHash(item));
    expect(decisionItemHash({ ...item, reason: 'x' })).not.toBe(decisionItemHash(item));
    // Properties outside the schema (a database row's extras) are not content.
    expect(decisionItemHash({ ...item, rowVersion: 3 } as typeof item)).toBe(decisionItemHash(item));
  });
});

describe('verifyDecisionsAgainstChain', () => {
  const bundle = imported();

  it('accepts an imported workspace: every item logged with matching hashes', () => {
    expect(verifyChangeLog(bundle.changeLog).ok).toBe(true);
    expect(bundle.changeLog.every((e) => e.itemHash && e.decisionHash)).toBe(true);
    expect(verifyDecisionsAgainstChain(bundle.decisions, bundle.changeLog)).toEqual({
      ok: true,
      problems: [],
      decisions: 2,
      items: 4,
      coveredEntries: bundle.changeLog.length,
      legacyEntries: 0,
      legacyDecisions: [],
    });
  });

  it('names the decision and the item of an edited item (the log itself still verifies)', () => {
    const decisions = editDecision(bundle.decisions, '40/QĐ-UBND', (d) => {
      d.items[0]!.changes.agency = 'Sở Tư pháp';
    });
    const result = verifyDecisionsAgainstChain(decisions, bundle.changeLog);
    expect(result.ok).toBe(false);
    const edited = decisions[1]!;
    expect(result.problems.map((p) => [p.code, p.decisionNumber, p.itemId, p.procedure])).toEqual([
      ['item-edited', '40/QĐ-UBND', edited.items[0]!.id, '1.004227'],
      ['decision-edited', '40/QĐ-UBND', null, null],
    ]);
    expect(describeDecisionChainProblem(result.problems[0]!, 'vi')).toBe(
      `Quyết định 40/QĐ-UBND, thủ tục 1.004227 (mục ${edited.items[0]!.id}), mục sổ số ${result.problems[0]!.seq}: nội dung thủ tục không khớp mã băm đã ghi sổ (đã bị sửa sau khi ban hành)`,
    );
    expect(describeDecisionChainProblem(result.problems[0]!, 'en')).toMatch(
      /^Decision 40\/QĐ-UBND, procedure 1\.004227 \(item .+\), log entry \d+: the item does not match/,
    );
  });

  it('catches an edit of the decision outside its items', () => {
    const decisions = editDecision(bundle.decisions, '12/QĐ-UBND', (d) => {
      d.signer = 'Người khác';
    });
    expect(
      verifyDecisionsAgainstChain(decisions, bundle.changeLog).problems.map((p) => [
        p.code,
        p.decisionNumber,
      ]),
    ).toEqual([['decision-edited', '12/QĐ-UBND']]);
  });

  it('names what an entry recorded and what the item says now', () => {
    const decisions = editDecision(bundle.decisions, '12/QĐ-UBND', (d) => {
      d.items[1]!.name = 'Cấp giấy phép Y';
    });
    const problems = verifyDecisionsAgainstChain(decisions, bundle.changeLog).problems;
    // In log order: the decision's first entry (item 0) finds the decision edited.
    expect(problems.map((p) => p.code)).toEqual(['decision-edited', 'entry-field-mismatch', 'item-edited']);
    expect(problems[1]).toMatchObject({
      code: 'entry-field-mismatch',
      decisionNumber: '12/QĐ-UBND',
      procedure: '2.000815',
      params: { field: 'name', recorded: 'Cấp giấy phép X', current: 'Cấp giấy phép Y' },
    });
    expect(describeDecisionChainProblem(problems[1]!, 'vi')).toContain(
      'sổ ghi tên thủ tục «Cấp giấy phép X», nay dữ liệu ghi «Cấp giấy phép Y»',
    );
  });

  it('catches items added to or removed from an issued decision', () => {
    const added = editDecision(bundle.decisions, '12/QĐ-UBND', (d) => {
      d.items.push(makeItem({ id: 'extra', action: 'new', code: '1.000001' }));
    });
    expect(verifyDecisionsAgainstChain(added, bundle.changeLog).problems.map((p) => p.code)).toEqual([
      'decision-edited',
      'item-not-logged',
    ]);
    const removed = editDecision(bundle.decisions, '12/QĐ-UBND', (d) => {
      d.items.splice(1, 1);
    });
    expect(verifyDecisionsAgainstChain(removed, bundle.changeLog).problems.map((p) => p.code)).toEqual([
      'decision-edited',
      'entry-unknown-item',
    ]);
  });

  it('catches a decision removed, un-issued, or issued without being logged', () => {
    const [first, second] = bundle.decisions;
    const gone = verifyDecisionsAgainstChain([second!], bundle.changeLog).problems;
    expect(new Set(gone.map((p) => [p.code, p.decisionNumber].join(' ')))).toEqual(
      new Set(['entry-unknown-decision 12/QĐ-UBND']),
    );
    const withdrawn = verifyDecisionsAgainstChain(
      [{ ...first!, state: 'withdrawn' }, second!],
      bundle.changeLog,
    );
    expect(withdrawn.problems[0]).toMatchObject({
      code: 'entry-decision-not-issued',
      params: { state: 'withdrawn' },
    });
    const unlogged = verifyDecisionsAgainstChain(
      bundle.decisions,
      bundle.changeLog.filter((e) => e.decisionId !== second!.id),
    );
    expect(unlogged.problems.map((p) => [p.code, p.decisionNumber])).toEqual([
      ['item-not-logged', '40/QĐ-UBND'],
      ['national-db-not-logged', '40/QĐ-UBND'],
      ['item-not-logged', '40/QĐ-UBND'],
    ]);
  });

  it('checks national-database dates against their own entries', () => {
    const moved = editDecision(bundle.decisions, '12/QĐ-UBND', (d) => {
      d.items[0]!.nationalDbOn = '2020-02-07';
    });
    expect(verifyDecisionsAgainstChain(moved, bundle.changeLog).problems).toMatchObject([
      {
        code: 'entry-field-mismatch',
        params: { field: 'occurredOn', recorded: '2020-02-06', current: '2020-02-07' },
      },
    ]);
  });

  it('lets a national-database date learnt after issue be logged by appending one entry', () => {
    const decision = makeDecision({
      id: 'qd-9',
      number: '9/QĐ-UBND',
      items: [makeItem({ id: 'a', action: 'abolished', code: '1.000894' })],
    });
    const log = appendChangeLog([], changeLogEntriesForDecision(decision, 'lan', '2024-01-01T00:00:00Z'));
    expect(verifyDecisionsAgainstChain([decision], log).ok).toBe(true);
    const entered = { ...decision, items: [{ ...decision.items[0]!, nationalDbOn: '2024-01-05' }] };
    expect(verifyDecisionsAgainstChain([entered], log).problems.map((p) => p.code)).toEqual([
      'national-db-not-logged',
    ]);
    const longer = appendChangeLog(log, [
      changeLogNationalDbEntry(entered, 'a', 'lan', '2024-01-05T00:00:00Z'),
    ]);
    expect(longer[1]).toMatchObject({ kind: 'national-db-removed', occurredOn: '2024-01-05' });
    expect(verifyDecisionsAgainstChain([entered], longer).ok).toBe(true);
    expect(() => changeLogNationalDbEntry(decision, 'a', 'lan', 'now')).toThrow(/no national-database date/);
  });

  it('catches an item logged twice', () => {
    const twice = appendChangeLog(bundle.changeLog, [bundle.changeLog[0]!].map(draftOf));
    expect(verifyDecisionsAgainstChain(bundle.decisions, twice).problems).toMatchObject([
      { code: 'entry-duplicate', seq: twice.length, params: { kind: 'published' } },
    ]);
  });
});

function draftOf(entry: ChangeLogEntry) {
  const { seq: _seq, prevHash: _prevHash, hash: _hash, ...draft } = entry;
  return draft;
}

describe('a version-1 workspace (entries without content hashes)', () => {
  // Written by `niemyet import-decisions` before content hashes existed: see the fixture's README.
  const v1 = WorkspaceBundleSchema.parse(bundleV1Json);

  it('still loads, its chain verifies, and its entries are counted as not covering content', () => {
    expect(v1.version).toBe(1);
    expect(verifyChangeLog(v1.changeLog)).toEqual({ ok: true, count: 34 });
    const result = verifyDecisionsAgainstChain(v1.decisions, v1.changeLog);
    expect(result).toMatchObject({ ok: true, decisions: 2, items: 17, coveredEntries: 0, legacyEntries: 34 });
    expect(result.legacyDecisions.map((d) => d.decisionNumber)).toEqual(['38/QĐ-UBND', '58/QĐ-UBND']);
  });

  it('is still checked for what its entries say, not for the rest of the content', () => {
    const renamed = editDecision(v1.decisions, '58/QĐ-UBND', (d) => {
      d.items[0]!.name = `${d.items[0]!.name} (sửa)`;
    });
    expect(verifyDecisionsAgainstChain(renamed, v1.changeLog).problems.map((p) => p.code)).toEqual([
      'entry-field-mismatch',
      'entry-field-mismatch',
    ]);
    // What an older entry does not record, it cannot vouch for: the reason the count is reported.
    const refeed = editDecision(v1.decisions, '58/QĐ-UBND', (d) => {
      d.items[0]!.reason = 'edited';
    });
    expect(verifyDecisionsAgainstChain(refeed, v1.changeLog).ok).toBe(true);
  });

  it('continues with covering entries once new decisions are logged after it', () => {
    const decision = makeDecision({
      id: 'qd-new',
      number: '99/QĐ-UBND',
      items: [makeItem({ action: 'new' })],
    });
    const log = appendChangeLog(
      v1.changeLog,
      changeLogEntriesForDecision(decision, 'lan', '2026-01-01T00:00:00Z'),
    );
    expect(verifyChangeLog(log).ok).toBe(true);
    expect(verifyDecisionsAgainstChain([...v1.decisions, decision], log)).toMatchObject({
      ok: true,
      coveredEntries: 1,
      legacyEntries: 34,
    });
  });
});
