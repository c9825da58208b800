import {
  type AbolishedProcedure,
  addDays,
  type DossierComponent,
  type IsoDate,
  type LegalRef,
  normalizeText,
  type OnlineService,
  type ProcedureFields,
  type ProcedureVersion,
  type SubmissionMethod,
} from '@niemyet/core';
import { createRng, type Rng } from './prng';
import { loadSourceData, type SourceAgency, type SourceData, type SourceProcedure } from './source-data';
import { type NameVariant, variantApplies } from './text-variants';
import {
  CHANNEL_IN_PERSON,
  CHANNEL_ONLINE,
  CHANNEL_POST,
  DOSSIER_ITEMS,
  FEES,
  LEGAL_DOCUMENTS,
  NAME_QUALIFIERS,
  PROCEDURE_TYPES,
  PROCESSING_TIMES,
  RESULTS,
  STEPS,
  SUBJECTS,
} from './vocabulary';

/**
 * The simulator's world, a pure function of a seed: the reviewed catalogue (the truth), two
 * portals listing procedures with discrepancies planted on purpose, the decisions that
 * explain the catalogue, and for every listed row the status a correct audit must report.
 */

export type ListingId = 'national' | 'provincial';
export const LISTING_IDS: readonly ListingId[] = ['national', 'provincial'];

/** Fields a plant may change. */
export type ChangeableField = 'name' | 'processingTime' | 'fees' | 'legalBasis';

/** Which changeable fields each listing page shows in its rows (the rest only on detail pages). */
export const LISTING_COLUMNS: Record<ListingId, readonly ChangeableField[]> = {
  national: ['name'],
  provincial: ['name', 'processingTime', 'fees', 'legalBasis'],
};

export type PlantKind =
  | 'abolished'
  | 'changed'
  | 'unknown'
  | 'missing'
  | 'not-yet-effective'
  /** Not discrepancies: a correct audit reports these rows as matches. */
  | 'code-suffix'
  | 'text-nfd'
  | 'text-entities'
  | 'text-nbsp';

export interface PlantedDiscrepancy {
  kind: PlantKind;
  /** Canonical code. */
  code: string;
  /** The code as the listing shows it, when it differs from `code`. */
  rawCode?: string;
  listing: ListingId;
  field?: ChangeableField;
  /** The catalogue's value (changed fields: legal bases as numbers joined by "; "). */
  expected?: string;
  /** The portal's value. */
  actual?: string;
}

export type ExpectedStatus = 'match' | 'changed' | 'abolished' | 'unknown' | 'not-yet-effective';

/** What the portal knows about a procedure besides its amendable fields. */
export interface PortalMeta {
  /** The portal's numeric record id (`ma_thu_tuc` of the full detail page). */
  portalId: string;
  weight: number;
  type: string;
  isNganhDoc: string;
  agencyId: string;
  /** The publication decision the portal's record cites ("Số quyết định"). */
  decisionNumber: string;
}

/** One row of a simulated listing: what the portal shows and what an audit must conclude. */
export interface PortalEntry {
  code: string;
  rawCode: string;
  /** The record as this portal shows it (planted changes applied). */
  fields: ProcedureFields;
  meta: PortalMeta;
  nameVariant: NameVariant;
  expected: ExpectedStatus;
  changedFields: ChangeableField[];
}

export interface SimListing {
  id: ListingId;
  /** In listing order. */
  entries: PortalEntry[];
  /** The fields the listing covers completely; null = everything (the national listing). */
  scopeFields: string[] | null;
}

export type SimDecisionAction = 'new' | 'amended' | 'abolished';

export interface SimDecision {
  /** The portal's numeric id (`ma_quyet_dinh`). */
  id: string;
  number: string;
  title: string;
  signedOn: IsoDate;
  effectiveOn: IsoDate;
  agency: SourceAgency;
  items: {
    action: SimDecisionAction;
    code: string;
    portalId: string;
    name: string;
    agency: string;
    field: string;
  }[];
}

export interface SimCatalogue {
  asOf: IsoDate;
  generatedAt: string;
  active: ProcedureVersion[];
  /** By effective date, then procedureId. */
  upcoming: ProcedureVersion[];
  abolished: AbolishedProcedure[];
}

export interface SimDataset {
  seed: number;
  asOf: IsoDate;
  generatedAt: string;
  /** The province whose portal is the provincial listing and whose committee signs decisions. */
  province: SourceAgency;
  catalogue: SimCatalogue;
  listings: Record<ListingId, SimListing>;
  decisions: SimDecision[];
  planted: PlantedDiscrepancy[];
  /** Every procedure's true record by code (catalogue or not), for pages no listing links. */
  records: ReadonlyMap<string, TruthRecord>;
}

export interface PlantCounts {
  missing: number;
  abolished: number;
  unknown: number;
  notYetEffective: number;
  name: number;
  processingTime: number;
  fees: number;
  legalBasis: number;
  codeSuffix: number;
  textNfd: number;
  textEntities: number;
  textNbsp: number;
}

export const DEFAULT_PLANTS: Record<ListingId, PlantCounts> = {
  national: {
    missing: 25,
    abolished: 30,
    unknown: 25,
    notYetEffective: 20,
    name: 30,
    processingTime: 25,
    fees: 25,
    legalBasis: 25,
    codeSuffix: 30,
    textNfd: 20,
    textEntities: 20,
    textNbsp: 20,
  },
  provincial: {
    missing: 10,
    abolished: 10,
    unknown: 10,
    notYetEffective: 8,
    name: 12,
    processingTime: 12,
    fees: 12,
    legalBasis: 12,
    codeSuffix: 15,
    textNfd: 8,
    textEntities: 8,
    textNbsp: 8,
  },
};

export const DEFAULT_AS_OF: IsoDate = '2025-06-16';

export interface DatasetOptions {
  seed: number;
  /** The audit date the catalogue is taken at (default 2025-06-16). */
  asOf?: IsoDate;
  plants?: Partial<Record<ListingId, Partial<PlantCounts>>>;
  /** About how many catalogue procedures the provincial portal's fields cover (default 450). */
  provincialScopeSize?: number;
  source?: SourceData;
}

/** A procedure's full record before any portal gets it wrong. */
export interface TruthRecord {
  fields: ProcedureFields;
  meta: PortalMeta;
}

type PlantedChange = { field: ChangeableField; actual: ProcedureFields };

export function buildDataset(options: DatasetOptions): SimDataset {
  const { seed } = options;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const generatedAt = `${asOf}T01:00:00.000Z`;
  const source = options.source ?? loadSourceData();
  const rng = createRng(seed);
  const counts: Record<ListingId, PlantCounts> = {
    national: { ...DEFAULT_PLANTS.national, ...options.plants?.national },
    provincial: { ...DEFAULT_PLANTS.provincial, ...options.plants?.provincial },
  };

  const provinces = source.agencies.filter((a) => /H\d{2}$/.test(a.code));
  const province = rng.pick(provinces);
  const provinceCode = /H\d{2}$/.exec(province.code)![0];

  // A working set of fields with a skewed size distribution, like a real catalogue where
  // "Hộ tịch" has dozens of procedures and most fields a handful.
  const workingFields = rng.sample(source.fields, Math.min(80, source.fields.length));
  const fieldWeights = workingFields.map((value, i) => ({ value, weight: 1 / (i + 1) ** 0.7 }));

  const records = new Map<string, TruthRecord>();
  source.procedures.forEach((procedure, index) => {
    records.set(procedure.code, makeRecord(procedure, index, rng, fieldWeights, source.agencies));
  });

  // Partition the real procedures: some stay out of the catalogue (unknown on a portal),
  // some were abolished, some are published but not yet in force; the rest are active.
  const queue = rng.shuffle(source.procedures.map((p) => p.code));
  const take = (n: number, what: string): string[] => {
    if (queue.length < n) throw new Error(`portal-sim: not enough procedures left for ${what} (${n})`);
    return queue.splice(0, n);
  };
  const unknown = {
    national: take(counts.national.unknown, 'unknown codes'),
    provincial: take(counts.provincial.unknown, 'unknown codes'),
  };
  const abolished = {
    national: take(counts.national.abolished, 'abolished procedures'),
    provincial: take(counts.provincial.abolished, 'abolished procedures'),
  };
  const upcoming = {
    national: take(counts.national.notYetEffective, 'not-yet-effective procedures'),
    provincial: take(counts.provincial.notYetEffective, 'not-yet-effective procedures'),
  };
  const active = queue.sort();

  // The provincial portal lists whole fields: the scope a complete pull covers.
  const scopeTarget = options.provincialScopeSize ?? 450;
  const activeByField = new Map<string, string[]>();
  for (const code of active) {
    const field = records.get(code)!.fields.field!;
    activeByField.set(field, [...(activeByField.get(field) ?? []), code]);
  }
  const scopeFields: string[] = [];
  let scopeCount = 0;
  for (const field of rng.shuffle([...activeByField.keys()].sort())) {
    if (scopeCount >= scopeTarget) break;
    scopeFields.push(field);
    scopeCount += activeByField.get(field)!.length;
  }
  scopeFields.sort((a, b) => a.localeCompare(b, 'vi'));
  const inScope = new Set(scopeFields);
  // Provincial-only plants belong to the provincial portal's fields.
  for (const code of [...unknown.provincial, ...abolished.provincial, ...upcoming.provincial]) {
    records.get(code)!.fields.field = rng.pick(scopeFields);
  }

  const decisionIds = { base: 116_000 + rng.int(1, 900) };
  const decisionNumber = () => `${rng.int(100, 3999)}/QĐ-UBND`;
  const nextDecisionId = (() => {
    let n = decisionIds.base;
    return () => String(n++);
  })();
  const decisionStub = (title: string, signedOn: IsoDate, effectiveOn: IsoDate): SimDecision => ({
    id: nextDecisionId(),
    number: decisionNumber(),
    title: `${title} thuộc phạm vi chức năng quản lý của ${province.name}`,
    signedOn,
    effectiveOn,
    agency: province,
    items: [],
  });
  const decisions = {
    abolishedNational: decisionStub(
      'Về việc công bố Danh mục thủ tục hành chính bị bãi bỏ',
      addDays(asOf, -60),
      addDays(asOf, -45),
    ),
    abolishedProvincial: decisionStub(
      'Về việc công bố Danh mục thủ tục hành chính bị bãi bỏ trong một số lĩnh vực',
      addDays(asOf, -100),
      addDays(asOf, -90),
    ),
    amended: decisionStub(
      'Về việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung',
      addDays(asOf, -40),
      addDays(asOf, -30),
    ),
    newNational: decisionStub(
      'Về việc công bố Danh mục thủ tục hành chính mới ban hành',
      addDays(asOf, -3),
      addDays(asOf, 20),
    ),
    newProvincial: decisionStub(
      'Về việc công bố Danh mục thủ tục hành chính mới ban hành trong một số lĩnh vực',
      addDays(asOf, -2),
      addDays(asOf, 35),
    ),
  };

  const planted: PlantedDiscrepancy[] = [];
  const changedCodes = new Set<string>();
  const listings = {} as Record<ListingId, SimListing>;

  for (const listing of LISTING_IDS) {
    const c = counts[listing];
    const listed =
      listing === 'national'
        ? active
        : active.filter((code) => inScope.has(records.get(code)!.fields.field!));
    const candidates = rng.shuffle(listed);
    const takeWhere = (
      n: number,
      what: string,
      predicate: (code: string) => boolean = () => true,
    ): string[] => {
      const picked: string[] = [];
      for (let i = 0; i < candidates.length && picked.length < n; ) {
        if (predicate(candidates[i]!)) picked.push(...candidates.splice(i, 1));
        else i++;
      }
      if (picked.length < n)
        throw new Error(`portal-sim: not enough ${listing} procedures for ${what} (${n})`);
      return picked;
    };
    const nameOf = (code: string) => records.get(code)!.fields.name;
    const missing = new Set(takeWhere(c.missing, 'missing'));
    const changes = new Map<string, PlantedChange>();
    for (const field of ['name', 'processingTime', 'fees', 'legalBasis'] as const) {
      for (const code of takeWhere(c[field], `changed ${field}`)) {
        changes.set(code, { field, actual: plantChange(records.get(code)!.fields, field, rng) });
      }
    }
    const suffixed = new Set(takeWhere(c.codeSuffix, 'code suffixes'));
    const variants = new Map<string, NameVariant>();
    for (const [variant, n] of [
      ['nfd', c.textNfd],
      ['entities', c.textEntities],
      ['nbsp', c.textNbsp],
    ] as const) {
      for (const code of takeWhere(n, `${variant} text`, (code) => variantApplies(nameOf(code), variant))) {
        variants.set(code, variant);
      }
    }

    const entries: PortalEntry[] = [];
    const entry = (code: string, expected: ExpectedStatus, fields: ProcedureFields): PortalEntry => {
      const record = records.get(code)!;
      let rawCode = code;
      if (suffixed.has(code)) {
        rawCode =
          listing === 'provincial' && entries.length % 2 === 0
            ? `${code}.${provinceCode}`
            : `${code}.000.00.00.${provinceCode}`;
      }
      const change = changes.get(code);
      return {
        code,
        rawCode,
        fields,
        meta: record.meta,
        nameVariant: variants.get(code) ?? 'plain',
        expected,
        changedFields: change ? [change.field] : [],
      };
    };
    for (const code of listed) {
      if (missing.has(code)) continue;
      const change = changes.get(code);
      entries.push(entry(code, change ? 'changed' : 'match', change?.actual ?? records.get(code)!.fields));
    }
    for (const code of unknown[listing]) entries.push(entry(code, 'unknown', records.get(code)!.fields));
    for (const code of abolished[listing]) entries.push(entry(code, 'abolished', records.get(code)!.fields));
    for (const code of upcoming[listing])
      entries.push(entry(code, 'not-yet-effective', records.get(code)!.fields));

    // The national portal orders by usage; the provincial grid groups by field.
    const fieldOrder = new Map(scopeFields.map((f, i) => [f, i]));
    entries.sort((a, b) => {
      if (listing === 'provincial') {
        const byField = fieldOrder.get(a.fields.field!)! - fieldOrder.get(b.fields.field!)!;
        if (byField !== 0) return byField;
      }
      return b.meta.weight - a.meta.weight || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    });
    listings[listing] = { id: listing, entries, scopeFields: listing === 'national' ? null : scopeFields };

    // The manifest's account of what was planted, in a stable order.
    const rawCodeOf = new Map(entries.map((e) => [e.code, e.rawCode]));
    for (const code of abolished[listing]) planted.push({ kind: 'abolished', code, listing });
    for (const [code, change] of [...changes].sort(byKey)) {
      changedCodes.add(code);
      planted.push({
        kind: 'changed',
        code,
        listing,
        field: change.field,
        expected: fieldText(records.get(code)!.fields, change.field),
        actual: fieldText(change.actual, change.field),
      });
    }
    for (const code of unknown[listing]) planted.push({ kind: 'unknown', code, listing });
    for (const code of [...missing].sort()) planted.push({ kind: 'missing', code, listing });
    for (const code of upcoming[listing]) planted.push({ kind: 'not-yet-effective', code, listing });
    for (const code of [...suffixed].sort()) {
      planted.push({ kind: 'code-suffix', code, rawCode: rawCodeOf.get(code)!, listing });
    }
    for (const [code, variant] of [...variants].sort(byKey)) {
      planted.push({ kind: `text-${variant}` as PlantKind, code, listing, field: 'name' });
    }
  }

  // The catalogue: the reviewed truth on `asOf`, explained by the decisions above.
  const version = (
    code: string,
    effectiveFrom: IsoDate | null,
    decisionId: string | null,
  ): ProcedureVersion => ({
    ...records.get(code)!.fields,
    procedureId: code,
    effectiveFrom,
    effectiveTo: null,
    decisionId,
  });
  const activeVersions = active.map((code) =>
    changedCodes.has(code)
      ? version(code, decisions.amended.effectiveOn, decisions.amended.id)
      : version(code, null, null),
  );
  const upcomingVersions = [
    ...upcoming.national.map((code) =>
      version(code, decisions.newNational.effectiveOn, decisions.newNational.id),
    ),
    ...upcoming.provincial.map((code) =>
      version(code, decisions.newProvincial.effectiveOn, decisions.newProvincial.id),
    ),
  ].sort((a, b) =>
    a.effectiveFrom! < b.effectiveFrom!
      ? -1
      : a.effectiveFrom! > b.effectiveFrom!
        ? 1
        : a.procedureId < b.procedureId
          ? -1
          : 1,
  );
  const abolition = (code: string, decision: SimDecision): AbolishedProcedure => ({
    procedureId: code,
    code,
    name: records.get(code)!.fields.name,
    levels: records.get(code)!.fields.levels,
    abolishedOn: decision.effectiveOn,
    decisionId: decision.id,
    decisionNumber: decision.number,
  });
  const abolishedEntries = [
    ...abolished.national.map((code) => abolition(code, decisions.abolishedNational)),
    ...abolished.provincial.map((code) => abolition(code, decisions.abolishedProvincial)),
  ].sort((a, b) => (a.procedureId < b.procedureId ? -1 : 1));

  const item = (action: SimDecisionAction, code: string) => {
    const { fields, meta } = records.get(code)!;
    return {
      action,
      code,
      portalId: meta.portalId,
      name: fields.name,
      agency: fields.agency ?? '',
      field: fields.field ?? '',
    };
  };
  decisions.abolishedNational.items = abolished.national.map((code) => item('abolished', code));
  decisions.abolishedProvincial.items = abolished.provincial.map((code) => item('abolished', code));
  decisions.amended.items = [...changedCodes].sort().map((code) => item('amended', code));
  decisions.newNational.items = upcoming.national.map((code) => item('new', code));
  decisions.newProvincial.items = upcoming.provincial.map((code) => item('new', code));

  return {
    seed,
    asOf,
    generatedAt,
    province,
    catalogue: {
      asOf,
      generatedAt,
      active: activeVersions,
      upcoming: upcomingVersions,
      abolished: abolishedEntries,
    },
    listings,
    decisions: Object.values(decisions).sort((a, b) => (a.signedOn > b.signedOn ? -1 : 1)),
    planted,
    records,
  };
}

function byKey<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

const LEVEL_CHOICES: { value: string[]; weight: number }[] = [
  { value: ['province'], weight: 45 },
  { value: ['district'], weight: 22 },
  { value: ['commune'], weight: 23 },
  { value: ['province', 'district'], weight: 5 },
  { value: ['district', 'commune'], weight: 5 },
];

function makeRecord(
  procedure: SourceProcedure,
  index: number,
  rng: Rng,
  fieldWeights: { value: string; weight: number }[],
  agencies: SourceAgency[],
): TruthRecord {
  const agency = rng.pick(agencies);
  const processingTime = rng.pick(PROCESSING_TIMES);
  const fees = rng.pick(FEES);
  const onlineService = rng.weighted<OnlineService>([
    { value: 'full', weight: 3 },
    { value: 'partial', weight: 4 },
    { value: 'none', weight: 2 },
  ]);
  const channels = [CHANNEL_IN_PERSON, ...(onlineService === 'none' ? [] : [CHANNEL_ONLINE])];
  if (rng.chance(0.3)) channels.push(CHANNEL_POST);
  const methods: SubmissionMethod[] = channels.map((channel) => ({
    channel,
    processingTime,
    fees,
    description: null,
  }));
  const dossier: DossierComponent[] = rng.sample(DOSSIER_ITEMS, rng.int(1, 3)).map((item) => ({
    name: item.name,
    originals: item.template || rng.chance(0.5) ? '1' : '0',
    copies: item.template ? '0' : '1',
    template: item.template,
    group: null,
  }));
  const legalBasis: LegalRef[] = rng.sample(LEGAL_DOCUMENTS, rng.int(1, 3)).map((d) => ({ ...d }));
  const fields: ProcedureFields = {
    code: procedure.code,
    name: procedure.name,
    levels: rng.weighted(LEVEL_CHOICES),
    field: rng.weighted(fieldWeights),
    agency: agency.name,
    procedureType: rng.pick(PROCEDURE_TYPES),
    processingTime,
    fees,
    methods,
    steps: STEPS,
    dossier,
    subjects: rng.sample(SUBJECTS, rng.int(1, 3)).join(', '),
    result: rng.pick(RESULTS),
    requirements: null,
    legalBasis,
    onlineService,
    portalRefs: [],
  };
  return {
    fields,
    meta: {
      // Increasing with the code order, so ids are unique and stable for a seed.
      portalId: String(1000 + index * 3 + rng.int(0, 2)),
      weight: procedure.weight,
      type: procedure.type,
      isNganhDoc: procedure.isNganhDoc,
      agencyId: agency.id,
      decisionNumber: `${rng.int(100, 3999)}/QĐ-UBND`,
    },
  };
}

/** The portal's stale version of one field: a value the catalogue no longer has. */
function plantChange(truth: ProcedureFields, field: ChangeableField, rng: Rng): ProcedureFields {
  const actual: ProcedureFields = structuredClone(truth);
  switch (field) {
    case 'name':
      actual.name = staleName(truth.name, rng);
      break;
    case 'processingTime': {
      const value = rng.pick(
        PROCESSING_TIMES.filter((t) => normalizeText(t) !== normalizeText(truth.processingTime ?? '')),
      );
      actual.processingTime = value;
      actual.methods = actual.methods.map((m) => ({ ...m, processingTime: value }));
      break;
    }
    case 'fees': {
      const value = rng.pick(FEES.filter((f) => normalizeText(f) !== normalizeText(truth.fees ?? '')));
      actual.fees = value;
      actual.methods = actual.methods.map((m) => ({ ...m, fees: value }));
      break;
    }
    case 'legalBasis': {
      // The portal still cites a document the decision replaced.
      const cited = new Set(truth.legalBasis.map((d) => d.number));
      const replacement = rng.pick(LEGAL_DOCUMENTS.filter((d) => !cited.has(d.number)));
      const at = rng.int(0, truth.legalBasis.length - 1);
      actual.legalBasis = truth.legalBasis.map((d, i) => (i === at ? { ...replacement } : d));
      break;
    }
  }
  return actual;
}

function staleName(name: string, rng: Rng): string {
  const words = name.split(' ').filter((w) => w !== '');
  if (words.length >= 6 && rng.chance(0.4)) {
    const shorter = words.slice(0, -1).join(' ');
    if (normalizeText(shorter) !== normalizeText(name)) return shorter;
  }
  return `${name}${rng.pick(NAME_QUALIFIERS)}`;
}

/** A field's value as one comparable string (legal bases: document numbers joined by "; "). */
export function fieldText(fields: ProcedureFields, field: ChangeableField): string {
  if (field === 'legalBasis') return fields.legalBasis.map((d) => d.number).join('; ');
  return fields[field] ?? '';
}
