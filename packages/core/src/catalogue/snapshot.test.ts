import { describe, expect, it } from 'vitest';
import catalogueV1Json from '../../../../tests/fixtures/workspace-v1/catalogue-v1.json';
import { makeDecision, makeItem, makeVersion } from '../testing/builders';
import { catalogueAt } from './catalogue-at';
import { foldCatalogue } from './fold';
import { buildCatalogueSnapshot, parseCatalogueSnapshot, verifySnapshotHash } from './snapshot';

const history = foldCatalogue(
  [
    makeVersion({ code: '2.000500', name: 'Cấp lại giấy chứng nhận' }),
    makeVersion({ code: '1.001193', name: 'Đăng ký khai sinh' }),
    makeVersion({ code: '1.000656', name: 'Đăng ký khai tử' }),
  ],
  [
    makeDecision({
      id: 'qd-1',
      number: '12/QĐ-UBND',
      effectiveOn: '2024-02-01',
      items: [makeItem({ action: 'abolished', code: '1.000656', name: 'Đăng ký khai tử' })],
    }),
    makeDecision({
      id: 'qd-2',
      number: '40/QĐ-UBND',
      effectiveOn: '2024-12-01',
      items: [makeItem({ action: 'amended', code: '1.001193', changes: { fees: '10.000 đồng' } })],
    }),
  ],
);
const state = catalogueAt(history, '2024-06-30');
const snapshot = buildCatalogueSnapshot(state, '2024-06-30T08:00:00.000Z');

/** A JSON round trip, as the snapshot travels between console and extension. */
function viaJson(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value));
}

describe('buildCatalogueSnapshot', () => {
  it('sorts procedures by id and carries upcoming and abolished', () => {
    expect(snapshot.format).toBe('niemyet.catalogue');
    expect(snapshot.version).toBe(2);
    expect(snapshot.asOf).toBe('2024-06-30');
    expect(snapshot.procedures.map((p) => p.procedureId)).toEqual(['1.001193', '2.000500']);
    expect(snapshot.upcoming.map((p) => [p.procedureId, p.fees])).toEqual([['1.001193', '10.000 đồng']]);
    expect(snapshot.abolished.map((a) => [a.procedureId, a.decisionNumber])).toEqual([
      ['1.000656', '12/QĐ-UBND'],
    ]);
    expect(snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same catalogue, whatever the procedure order', () => {
    const reversed = { ...state, active: new Map([...state.active].reverse()) };
    expect(buildCatalogueSnapshot(reversed, '2024-06-30T08:00:00.000Z').hash).toBe(snapshot.hash);
    expect(buildCatalogueSnapshot(state, '2024-06-30T09:00:00.000Z').hash).not.toBe(snapshot.hash);
  });

  it('drops properties outside the schema so the hash survives parsing', () => {
    const extra = { ...state.active.get('1.001193')!, internalNote: 'not exported' };
    const withExtra = { ...state, active: new Map([['1.001193', extra]]) };
    const built = buildCatalogueSnapshot(withExtra, 'now');
    expect(built.procedures[0]).not.toHaveProperty('internalNote');
    expect(parseCatalogueSnapshot(viaJson(built)).hash).toBe(built.hash);
  });
});

describe('verifySnapshotHash', () => {
  it('accepts an untouched snapshot and detects any edit', () => {
    expect(verifySnapshotHash(snapshot)).toBe(true);
    const renamed = {
      ...snapshot,
      procedures: [{ ...snapshot.procedures[0]!, name: 'Đăng ký khai sinh (sửa)' }],
    };
    expect(
      verifySnapshotHash({ ...renamed, procedures: [...renamed.procedures, snapshot.procedures[1]!] }),
    ).toBe(false);
    expect(verifySnapshotHash({ ...snapshot, asOf: '2024-07-01' })).toBe(false);
    expect(verifySnapshotHash({ ...snapshot, abolished: [] })).toBe(false);
  });
});

describe('parseCatalogueSnapshot', () => {
  it('reads back a snapshot after a JSON round trip', () => {
    const parsed = parseCatalogueSnapshot(viaJson(snapshot));
    expect(parsed).toEqual(snapshot);
    expect(parseCatalogueSnapshot(JSON.stringify(snapshot)).hash).toBe(snapshot.hash);
  });

  it('names the path of the first bad value', () => {
    const json = viaJson(snapshot);
    (json.procedures as Record<string, unknown>[])[1]!.name = 42;
    expect(() => parseCatalogueSnapshot(json)).toThrow(
      /^Invalid catalogue snapshot: procedures\[1\]\.name: /,
    );

    const badDate = viaJson(snapshot);
    (badDate.abolished as Record<string, unknown>[])[0]!.abolishedOn = '30/06/2024';
    expect(() => parseCatalogueSnapshot(badDate)).toThrow(
      'Invalid catalogue snapshot: abolished[0].abolishedOn: expected a date as YYYY-MM-DD',
    );
  });

  it('rejects a tampered snapshot whose shape is valid', () => {
    const json = viaJson(snapshot);
    (json.procedures as Record<string, unknown>[])[0]!.fees = '0 đồng';
    expect(() => parseCatalogueSnapshot(json)).toThrow('hash does not match');
  });

  it('says what is wrong with something that is not a snapshot', () => {
    expect(() => parseCatalogueSnapshot({ ...viaJson(snapshot), format: 'niemyet.backup' })).toThrow(
      'format is "niemyet.backup", expected "niemyet.catalogue"',
    );
    expect(() => parseCatalogueSnapshot({ ...viaJson(snapshot), version: 3 })).toThrow(
      'version 3 is not supported',
    );
    expect(() => parseCatalogueSnapshot('{"format":')).toThrow('not JSON');
    expect(() => parseCatalogueSnapshot([])).toThrow('expected a JSON object');
  });
});

describe('the change-log head a snapshot was built from', () => {
  const head = { count: 34, headHash: 'ab'.repeat(32) };

  it('is recorded under the hash, and survives a JSON round trip', () => {
    const anchored = buildCatalogueSnapshot(state, '2024-06-30T08:00:00.000Z', head);
    expect(anchored.changeLog).toEqual(head);
    expect(anchored.hash).not.toBe(snapshot.hash);
    expect(parseCatalogueSnapshot(viaJson(anchored))).toEqual(anchored);
    const moved = viaJson(anchored);
    (moved.changeLog as { count: number }).count = 33;
    expect(() => parseCatalogueSnapshot(moved)).toThrow('hash does not match');
  });

  it('is absent from a catalogue built without a recorded history', () => {
    expect(snapshot).not.toHaveProperty('changeLog');
    expect(() =>
      parseCatalogueSnapshot({ ...viaJson(snapshot), changeLog: { count: 1, headHash: 'x' } }),
    ).toThrow(/^Invalid catalogue snapshot: changeLog\.headHash: /);
  });

  it('was not in version 1, whose snapshots still read as they are', () => {
    // Written by `niemyet snapshot` before version 2 (tests/fixtures/workspace-v1/README.md).
    const v1 = parseCatalogueSnapshot(catalogueV1Json);
    expect(v1.version).toBe(1);
    expect(v1.changeLog).toBeUndefined();
    expect(v1.procedures).toHaveLength(14);
  });
});
