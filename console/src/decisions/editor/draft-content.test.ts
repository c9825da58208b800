import { validateDecision } from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { diffContents } from './content-diff';
import { draftOf, patchBody, rebaseDraft } from './draft-content';
import { groupItems } from './item-groups';

const base = draftOf(
  makeDecision({
    title: 'Gốc',
    items: [
      makeItem({ id: 'a', action: 'amended', code: '1.000001', changes: { fees: 'Miễn phí' } }),
      makeItem({ id: 'b', action: 'abolished', code: '1.000002' }),
      makeItem({ id: 'c', action: 'new', code: null, procedureId: 'local:c', name: 'Mới' }),
    ],
  }),
);

describe('patchBody', () => {
  it('sends only the keys that differ, with the revision edited on', () => {
    expect(patchBody(base, { ...base, signer: 'Ông A' }, 4)).toEqual({ revision: 4, signer: 'Ông A' });
    const body = patchBody(base, { ...base, items: base.items.slice(1) }, 4);
    expect(body.items?.map((i) => i.id)).toEqual(['b', 'c']);
    expect(body.title).toBeUndefined();
  });
});

describe('rebaseDraft', () => {
  it('replays my header and item edits on their content and keeps theirs elsewhere', () => {
    const mine = {
      ...base,
      signer: 'Ông A',
      items: [
        { ...base.items[0]!, changes: { fees: '10.000 đồng' } },
        base.items[2]!,
        makeItem({ id: 'd', action: 'abolished', code: '1.000004' }),
      ],
    };
    const theirs = {
      ...base,
      title: 'Của họ',
      items: [...base.items, makeItem({ id: 'e', action: 'abolished', code: '1.000005' })],
    };
    const rebased = rebaseDraft(base, mine, theirs);
    expect(rebased.title).toBe('Của họ');
    expect(rebased.signer).toBe('Ông A');
    expect(rebased.items.map((i) => i.id)).toEqual(['a', 'c', 'e', 'd']);
    expect(rebased.items[0]!.changes).toEqual({ fees: '10.000 đồng' });
  });

  it('brings back an item I changed that they removed: nothing I wrote is lost', () => {
    const mine = { ...base, items: base.items.map((i) => (i.id === 'c' ? { ...i, reason: 'Luật mới' } : i)) };
    const theirs = { ...base, items: base.items.filter((i) => i.id !== 'c') };
    expect(rebaseDraft(base, mine, theirs).items.find((i) => i.id === 'c')?.reason).toBe('Luật mới');
  });
});

describe('diffContents', () => {
  it('tells header fields and items added, removed and changed apart', () => {
    const after = {
      ...base,
      title: 'Khác',
      items: [
        { ...base.items[0]!, reason: 'x' },
        base.items[2]!,
        makeItem({ id: 'z', action: 'new', code: null }),
      ],
    };
    const diff = diffContents(base, after);
    expect(diff.header).toEqual(['title']);
    expect(diff.added.map((i) => i.id)).toEqual(['z']);
    expect(diff.removed.map((i) => i.id)).toEqual(['b']);
    expect(diff.changed.map((c) => c.after.id)).toEqual(['a']);
  });
});

describe('a decision of 300 items against a catalogue of 20,000', () => {
  const catalogue = new Map(
    Array.from({ length: 20_000 }, (_, n) => {
      const code = `1.${String(n).padStart(6, '0')}`;
      const version = makeVersion({
        code,
        name: `Thủ tục ${n}`,
        levels: [n % 2 ? 'province' : 'commune'],
        field: `Lĩnh vực ${n % 17}`,
      });
      return [version.procedureId, version] as const;
    }),
  );
  const items = Array.from({ length: 300 }, (_, n) => {
    const code = `1.${String(n * 7).padStart(6, '0')}`;
    return n % 3 === 0
      ? makeItem({
          id: `i${n}`,
          action: 'new',
          code: null,
          procedureId: `local:${n}`,
          name: `Mới ${n}`,
          changes: { name: `Mới ${n}` },
        })
      : makeItem({
          id: `i${n}`,
          action: n % 3 === 1 ? 'amended' : 'abolished',
          code,
          changes: n % 3 === 1 ? { fees: `${n}` } : {},
        });
  });
  const decision = makeDecision({ state: 'draft', effectiveOn: '2026-12-15', items });

  it('groups by action, level and field with counts that add up', () => {
    const groups = groupItems(items, (item) => catalogue.get(item.procedureId), 'vi');
    expect(groups.map((g) => [g.action, g.count])).toEqual([
      ['new', 100],
      ['amended', 100],
      ['abolished', 100],
    ]);
    const amended = groups[1]!;
    expect(amended.levels.reduce((n, l) => n + l.count, 0)).toBe(100);
    expect(amended.levels.map((l) => l.levels).sort()).toEqual(['Cấp Tỉnh', 'Cấp Xã']);
  });

  it('checks and groups after an edit well within a frame (50 ms)', () => {
    const inForce = (item: { procedureId: string }) => catalogue.get(item.procedureId);
    // Warm up once, as the editor's first render does.
    validateDecision(decision, { activeAt: () => catalogue });
    const started = performance.now();
    const issues = validateDecision(decision, { activeAt: () => catalogue });
    groupItems(decision.items, inForce, 'vi');
    const took = performance.now() - started;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(took).toBeLessThan(50);
  });
});
