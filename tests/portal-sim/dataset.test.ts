import {
  normalizeText,
  type ProcedureVersion,
  parseCatalogueSnapshot,
  verifySnapshotHash,
} from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { buildSimCatalogue } from './catalogue';
import { buildDataset, DEFAULT_PLANTS, fieldText, LISTING_IDS, type PortalEntry } from './dataset';
import { buildManifest } from './manifest';
import { separateToneMarks, variantText } from './text-variants';

function build(seed: number) {
  const dataset = buildDataset({ seed });
  const catalogue = buildSimCatalogue(dataset);
  return { dataset, catalogue, manifest: buildManifest(dataset, catalogue.hash) };
}

const { dataset, catalogue, manifest } = build(1);
const active = new Map<string, ProcedureVersion>(catalogue.procedures.map((v) => [v.procedureId, v]));
const upcoming = new Map(catalogue.upcoming.map((v) => [v.procedureId, v]));
const abolished = new Map(catalogue.abolished.map((a) => [a.procedureId, a]));
const entriesOf = (listing: 'national' | 'provincial') =>
  new Map<string, PortalEntry>(dataset.listings[listing].entries.map((e) => [e.code, e]));

describe('portal-sim dataset', () => {
  it('is a pure function of the seed', () => {
    const again = build(1);
    expect(again.manifest).toEqual(manifest);
    expect(again.catalogue.hash).toBe(catalogue.hash);
    const other = build(2);
    expect(other.catalogue.hash).not.toBe(catalogue.hash);
    expect(other.manifest.planted.map((p) => p.code)).not.toEqual(manifest.planted.map((p) => p.code));
  });

  it('plants the configured number of each kind on each listing', () => {
    for (const listing of LISTING_IDS) {
      const plants = DEFAULT_PLANTS[listing];
      expect(manifest.counts[listing]).toEqual({
        abolished: plants.abolished,
        'changed:name': plants.name,
        'changed:processingTime': plants.processingTime,
        'changed:fees': plants.fees,
        'changed:legalBasis': plants.legalBasis,
        unknown: plants.unknown,
        missing: plants.missing,
        'not-yet-effective': plants.notYetEffective,
        'code-suffix': plants.codeSuffix,
        'text-nfd': plants.textNfd,
        'text-entities': plants.textEntities,
        'text-nbsp': plants.textNbsp,
      });
    }
  });

  it('counts rows, pages and untouched rows consistently', () => {
    for (const listing of LISTING_IDS) {
      const m = manifest.listings[listing];
      expect(m.total).toBe(dataset.listings[listing].entries.length);
      expect(m.codes).toHaveLength(m.total);
      expect(new Set(m.codes).size).toBe(m.total);
      expect(m.pages).toBe(Math.ceil(m.total / m.pageSize));
      const plantedListed = manifest.planted.filter((p) => p.listing === listing && p.kind !== 'missing');
      expect(new Set(plantedListed.map((p) => p.code)).size).toBe(plantedListed.length);
      expect(m.untouched).toBe(m.total - plantedListed.length);
    }
    expect(manifest.untouched).toBe(
      manifest.listings.national.untouched + manifest.listings.provincial.untouched,
    );
    // The national listing is the big one (about 2,300 rows): the 2,000-row page needs it.
    expect(manifest.listings.national.total).toBeGreaterThan(2000);
    expect(manifest.listings.provincial.total).toBeGreaterThan(300);
  });

  it('gives every listed row the status the catalogue implies', () => {
    for (const listing of LISTING_IDS) {
      for (const row of manifest.listings[listing].rows) {
        const expected = abolished.has(row.code)
          ? 'abolished'
          : upcoming.has(row.code)
            ? 'not-yet-effective'
            : !active.has(row.code)
              ? 'unknown'
              : row.changedFields.length > 0
                ? 'changed'
                : 'match';
        expect(row.status, `${listing} ${row.code}`).toBe(expected);
      }
    }
  });

  it('plants abolished, unknown and not-yet-effective rows where the catalogue says so', () => {
    for (const p of manifest.planted) {
      const listed = entriesOf(p.listing).has(p.code);
      if (p.kind === 'abolished') {
        expect(abolished.get(p.code)!.abolishedOn <= catalogue.asOf).toBe(true);
        expect(active.has(p.code) || upcoming.has(p.code)).toBe(false);
        expect(listed).toBe(true);
      } else if (p.kind === 'unknown') {
        expect(active.has(p.code) || upcoming.has(p.code) || abolished.has(p.code)).toBe(false);
        expect(listed).toBe(true);
      } else if (p.kind === 'not-yet-effective') {
        expect(upcoming.get(p.code)!.effectiveFrom! > catalogue.asOf).toBe(true);
        expect(active.has(p.code)).toBe(false);
        expect(listed).toBe(true);
      } else if (p.kind === 'missing') {
        expect(active.has(p.code)).toBe(true);
        expect(listed).toBe(false);
      }
    }
  });

  it('leaves out exactly the planted missing procedures from each listing scope', () => {
    for (const listing of LISTING_IDS) {
      const scope = dataset.listings[listing].scopeFields;
      const listed = entriesOf(listing);
      const inScope = catalogue.procedures.filter((v) => scope === null || scope.includes(v.field!));
      const notListed = inScope.filter((v) => !listed.has(v.procedureId)).map((v) => v.procedureId);
      const missing = manifest.planted.filter((p) => p.listing === listing && p.kind === 'missing');
      expect(notListed.sort()).toEqual(missing.map((p) => p.code).sort());
    }
  });

  it('shows changed fields with the portal value and the catalogue value recorded', () => {
    const changed = manifest.planted.filter((p) => p.kind === 'changed');
    expect(changed.length).toBeGreaterThan(50);
    for (const p of changed) {
      const entry = entriesOf(p.listing).get(p.code)!;
      const truth = active.get(p.code)!;
      expect(p.expected).toBe(fieldText(truth, p.field!));
      expect(p.actual).toBe(fieldText(entry.fields, p.field!));
      expect(normalizeText(p.actual!)).not.toBe(normalizeText(p.expected!));
      // An amended catalogue version explains the drift.
      expect(truth.decisionId).not.toBeNull();
      expect(truth.effectiveFrom! <= catalogue.asOf).toBe(true);
    }
  });

  it('keeps untouched, suffixed and re-encoded rows equal to the catalogue', () => {
    for (const listing of LISTING_IDS) {
      for (const entry of dataset.listings[listing].entries) {
        if (entry.expected !== 'match') continue;
        const truth = active.get(entry.code)!;
        for (const field of ['name', 'processingTime', 'fees', 'legalBasis'] as const) {
          expect(fieldText(entry.fields, field)).toBe(fieldText(truth, field));
        }
        expect(entry.fields.levels).toEqual(truth.levels);
        expect(entry.fields.field).toBe(truth.field);
        expect(entry.fields.agency).toBe(truth.agency);
        expect(normalizeText(variantText(entry.fields.name, entry.nameVariant))).toBe(
          normalizeText(truth.name),
        );
      }
    }
    const suffixes = manifest.planted.filter((p) => p.kind === 'code-suffix');
    for (const p of suffixes)
      expect(p.rawCode).toMatch(new RegExp(`^${p.code.replace('.', '\\.')}\\.(000\\.00\\.00\\.)?H\\d{2}$`));
    const nfd = manifest.planted.filter((p) => p.kind === 'text-nfd');
    for (const p of nfd) {
      const name = active.get(p.code)!.name;
      expect(separateToneMarks(name)).not.toBe(name);
    }
  });

  it('publishes a catalogue snapshot that validates and round-trips', () => {
    const parsed = parseCatalogueSnapshot(JSON.parse(JSON.stringify(catalogue)));
    expect(parsed.hash).toBe(catalogue.hash);
    expect(verifySnapshotHash(parsed)).toBe(true);
    expect(parsed.asOf).toBe('2025-06-16');
    const plants = DEFAULT_PLANTS;
    expect(parsed.abolished).toHaveLength(plants.national.abolished + plants.provincial.abolished);
    expect(parsed.upcoming).toHaveLength(plants.national.notYetEffective + plants.provincial.notYetEffective);
    expect(parsed.procedures.length).toBe(
      2395 -
        parsed.abolished.length -
        parsed.upcoming.length -
        plants.national.unknown -
        plants.provincial.unknown,
    );
    expect(manifest.catalogueHash).toBe(catalogue.hash);
  });

  it('explains the catalogue with decisions whose items match the plants', () => {
    const byAction = (action: string) =>
      new Set(
        dataset.decisions.flatMap((d) => d.items.filter((i) => i.action === action).map((i) => i.code)),
      );
    expect([...byAction('abolished')].sort()).toEqual([...abolished.keys()].sort());
    expect([...byAction('new')].sort()).toEqual([...upcoming.keys()].sort());
    const changedCodes = new Set(manifest.planted.filter((p) => p.kind === 'changed').map((p) => p.code));
    expect([...byAction('amended')].sort()).toEqual([...changedCodes].sort());
  });

  it('refuses plant counts the real data cannot supply, naming the problem', () => {
    expect(() => buildDataset({ seed: 1, plants: { national: { unknown: 5000 } } })).toThrow(/unknown codes/);
  });
});
