import { diffProcedureFields, type FieldDiff } from '../diff/field-diff';
import type { LegalRef, ProcedureFields, ProcedureVersion } from '../model/procedure';
import { findDocumentNumbers } from '../parsing/document-number';
import { parseLevel } from '../parsing/level';
import { damagedText } from '../text/damaged-text';
import { normalizeText } from '../text/normalize';
import type { CatalogueIndex } from './catalogue-index';
import { type NameCandidate, nameCandidates } from './name-candidates';

/**
 * The audit of what a portal shows against the catalogue in force (DESIGN §4, "Listing
 * audit"). Keyed: by canonical code, then by normalised name; each row costs a few map
 * look-ups and a diff of the fields the row shows, so 2,000 rows against 10,000 procedures
 * take milliseconds and report exactly the true changes.
 */

export type AuditStatus = 'match' | 'changed' | 'abolished' | 'unknown' | 'not-yet-effective' | 'missing';

/**
 * One record read from a portal: a listing row (few fields) or a detail page (many).
 * Fields the page does not show are absent (undefined) or null: neither is compared.
 * `legalBasis` may be the raw text of each cited document, or parsed references.
 */
export type AuditInput = Partial<Omit<ProcedureFields, 'legalBasis' | 'code' | 'name'>> & {
  code: string | null;
  rawCode: string | null;
  name: string;
  legalBasis?: (string | LegalRef)[];
  /** The row's text as shown, kept as evidence. */
  text?: string;
  /** The page the row was read on (defaults to the audit's `url`). */
  url?: string | null;
};

export interface AuditEvidence {
  url: string | null;
  /** ISO instant the page was read. */
  at: string;
  text: string;
}

export interface AuditFinding {
  status: AuditStatus;
  /** The catalogue procedure the row was matched to, if any. */
  procedureId: string | null;
  code: string | null;
  rawCode: string | null;
  /** The name as the portal shows it (for `missing`: the catalogue's name). */
  name: string;
  matchedBy: 'code' | 'name' | null;
  diffs: FieldDiff[];
  /** For rows the catalogue does not know: procedures in force with similar names. */
  candidates: NameCandidate[];
  /** For `abolished`: when and by which decision; for `not-yet-effective`: from when. */
  since: string | null;
  decisionId: string | null;
  /** Position of the row in the audited input (null for `missing`). */
  rowIndex: number | null;
  evidence: AuditEvidence | null;
}

export interface AuditSummary {
  match: number;
  changed: number;
  abolished: number;
  unknown: number;
  notYetEffective: number;
  missing: number;
}

/** Which catalogue procedures a pull covered completely (so absent ones are "missing"). */
export interface AuditScope {
  /** Level keys; empty or absent = every level. */
  levels?: string[];
  /** Field names (compared normalised); empty or absent = every field. */
  fields?: string[];
}

export interface AuditOptions {
  /** ISO instant of reading, for evidence. */
  at: string;
  url?: string | null;
  /** Set only when every page of the listing was read: enables `missing` findings. */
  completeScope?: AuditScope | null;
}

export interface AuditResult {
  asOf: string;
  summary: AuditSummary;
  findings: AuditFinding[];
}

/** Fields a portal record can show and the catalogue can vouch for. */
const COMPARED_FIELDS = [
  'name',
  'levels',
  'field',
  'agency',
  'procedureType',
  'processingTime',
  'fees',
  'methods',
  'steps',
  'dossier',
  'subjects',
  'result',
  'requirements',
  'legalBasis',
  'onlineService',
] as const satisfies readonly (keyof ProcedureFields)[];

function toLegalRefs(items: (string | LegalRef)[]): LegalRef[] {
  const refs: LegalRef[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      refs.push(item);
      continue;
    }
    const numbers = findDocumentNumbers(item);
    if (numbers.length === 0 && item.trim())
      refs.push({ number: item.trim(), title: null, issuedOn: null, issuer: null });
    for (const n of numbers) refs.push({ number: n.canonical, title: null, issuedOn: null, issuer: null });
  }
  return refs;
}

type ComparedField = (typeof COMPARED_FIELDS)[number];
type ShownFields = Partial<Pick<ProcedureFields, 'processingTime' | 'fees' | 'methods'>>;

/** The processing times (or fees) of all methods, when no summary is given: "7 ngày; 5 ngày". */
function perMethod(fields: ShownFields, key: 'processingTime' | 'fees'): string | null {
  if (!fields.methods?.length) return null;
  const values = [
    ...new Set((fields.methods ?? []).map((m) => m[key]).filter((v): v is string => Boolean(v))),
  ];
  return values.length ? values.join('; ') : null;
}

/**
 * A field's value for comparison. Processing time and fees appear twice in a record: as a
 * summary and inside each submission method. They are compared once, as the summary (or the
 * methods' values), and methods are compared without them — one planted change, one diff.
 */
function comparable(
  fields: ShownFields & Partial<Omit<ProcedureFields, 'legalBasis'>>,
  field: ComparedField,
): unknown {
  if (field === 'processingTime' || field === 'fees') return fields[field] ?? perMethod(fields, field);
  if (field === 'methods') return fields.methods?.map((m) => ({ ...m, processingTime: null, fees: null }));
  return fields[field as Exclude<ComparedField, 'legalBasis'>];
}

function isKnown(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'string' || value.trim() !== '';
}

/**
 * A name without its own code written into it: real names carry "(1.010733)" and portals
 * add "1.004227 - " or "(Mã: 1.004227)"; either side doing so is not a renamed procedure.
 */
function withoutOwnCode(name: string, code: string | null): string {
  // Few names carry a code: look before building the two patterns (they cost more than the rest of a row).
  if (!code || !name.includes(code)) return name;
  const escaped = code.replace(/\./g, '\\.');
  const label = '(?:m[aã]\\s*(?:s[oố]\\s*)?(?:tthc\\s*)?:?\\s*)?';
  const suffix = '(?:\\.[0-9A-Za-z.]+)?';
  return name
    .replace(new RegExp(`^\\s*[([]?\\s*${label}${escaped}${suffix}\\s*[)\\]]?\\s*[-–:.]?\\s*`, 'iu'), '')
    .replace(new RegExp(`\\s*[([]\\s*${label}${escaped}${suffix}\\s*[)\\]]\\s*$`, 'iu'), '');
}

function sameExactly(
  row: AuditInput,
  version: ProcedureVersion,
  field: Exclude<ComparedField, 'legalBasis'>,
): boolean {
  const shown = row[field];
  const known = version[field];
  if (typeof shown === 'string') return shown === known;
  if (Array.isArray(shown) && Array.isArray(known) && field === 'levels') {
    return shown.length === known.length && shown.every((v, i) => v === known[i]);
  }
  return false;
}

/** Field diffs between the catalogue version and what the portal shows, on shown fields only. */
function compare(version: ProcedureVersion, row: AuditInput, includeName: boolean): FieldDiff[] {
  const expected: Partial<ProcedureFields> = {};
  const actual: Partial<ProcedureFields> = {};
  let differing = 0;
  for (const field of COMPARED_FIELDS) {
    if (field === 'name' && !includeName) continue;
    // Most shown values are the catalogue's exact text: skip them before any normalisation.
    if (field !== 'legalBasis' && sameExactly(row, version, field)) continue;
    if (
      field === 'name' &&
      normalizeText(withoutOwnCode(version.name, version.code)) ===
        normalizeText(withoutOwnCode(row.name, version.code))
    )
      continue;
    const shown: unknown =
      field === 'legalBasis'
        ? row.legalBasis
          ? toLegalRefs(row.legalBasis)
          : undefined
        : comparable(row, field);
    // A field the page does not show, or the catalogue does not record, proves nothing. (The
    // page's side first: a listing shows few fields, and the catalogue's side can cost a copy.)
    if (!isKnown(shown)) continue;
    const known = field === 'legalBasis' ? version.legalBasis : comparable(version, field);
    if (!isKnown(known)) continue;
    (expected as Record<string, unknown>)[field] = known;
    (actual as Record<string, unknown>)[field] =
      field === 'levels' ? (shown as string[]).map((l) => parseLevel(l)) : shown;
    differing++;
  }
  // Most rows show only what the catalogue says: nothing left to diff.
  return differing === 0 ? [] : diffProcedureFields(expected, actual);
}

/** Among procedures sharing a name, the one that fits the row best (level, then fewest diffs). */
function pickByName(versions: ProcedureVersion[], row: AuditInput): ProcedureVersion {
  if (versions.length === 1) return versions[0]!;
  const levels = row.levels?.map((l) => parseLevel(l)) ?? [];
  const sameLevel = levels.length
    ? versions.filter((v) => v.levels.some((l) => levels.includes(l)))
    : versions;
  const pool = sameLevel.length ? sameLevel : versions;
  let best = pool[0]!;
  let fewest = Number.POSITIVE_INFINITY;
  for (const v of pool) {
    const n = compare(v, row, false).length;
    if (n < fewest) [best, fewest] = [v, n];
  }
  return best;
}

function damagedNameDiff(name: string): FieldDiff {
  return {
    field: 'name',
    kind: 'damaged',
    expected: null,
    actual: name,
    parts: null,
    added: [],
    removed: [],
  };
}

/**
 * The fields of a finding whose text arrived damaged (`FieldDiff` kind `damaged`): not
 * changes of the procedure, but text the portal (or the catalogue) must have re-entered.
 */
export function damagedFields(finding: Pick<AuditFinding, 'diffs'>): string[] {
  return finding.diffs.filter((d) => d.kind === 'damaged').map((d) => d.field);
}

function emptySummary(): AuditSummary {
  return { match: 0, changed: 0, abolished: 0, unknown: 0, notYetEffective: 0, missing: 0 };
}

const SUMMARY_KEY: Record<AuditStatus, keyof AuditSummary> = {
  match: 'match',
  changed: 'changed',
  abolished: 'abolished',
  unknown: 'unknown',
  'not-yet-effective': 'notYetEffective',
  missing: 'missing',
};

function inScope(version: ProcedureVersion, scope: AuditScope): boolean {
  if (scope.levels?.length && !version.levels.some((l) => scope.levels!.includes(l))) return false;
  if (scope.fields?.length) {
    const wanted = scope.fields.map(normalizeText);
    if (!version.field || !wanted.includes(normalizeText(version.field))) return false;
  }
  return true;
}

export function auditRows(
  rows: readonly AuditInput[],
  index: CatalogueIndex,
  options: AuditOptions,
): AuditResult {
  const findings: AuditFinding[] = [];
  const seen = new Set<string>();

  for (const [rowIndex, row] of rows.entries()) {
    auditOne(row, rowIndex);
  }

  function auditOne(row: AuditInput, rowIndex: number): void {
    const finding: AuditFinding = {
      status: 'unknown',
      procedureId: null,
      code: row.code,
      rawCode: row.rawCode,
      name: row.name,
      matchedBy: null,
      diffs: [],
      candidates: [],
      since: null,
      decisionId: null,
      rowIndex,
      evidence: { url: row.url ?? options.url ?? null, at: options.at, text: row.text ?? row.name },
    };
    findings.push(finding);

    const matched = (version: ProcedureVersion, by: 'code' | 'name') => {
      finding.procedureId = version.procedureId;
      finding.matchedBy = by;
      finding.decisionId = version.decisionId;
      finding.diffs = compare(version, row, by === 'code');
      finding.status = finding.diffs.length ? 'changed' : 'match';
      seen.add(version.procedureId);
    };

    /** A row the catalogue knows, but not in force today: coming later, or abolished. */
    const foundElsewhere = (
      status: 'not-yet-effective' | 'abolished',
      record: { procedureId: string; decisionId: string | null },
      since: string | null,
    ) => {
      finding.status = status;
      finding.procedureId = record.procedureId;
      finding.decisionId = record.decisionId;
      finding.since = since;
    };

    // By code when the page shows one, else by normalised name; either way: in force, then
    // coming into force later, then abolished. A row found nowhere is unknown, and similar
    // names in force help the reviewer decide (a wrong code, or a procedure from elsewhere).
    const nameKey = row.code ? null : normalizeText(row.name);
    const active = row.code ? index.activeByCode.get(row.code) : index.activeByName.get(nameKey!);
    if (active) {
      matched(Array.isArray(active) ? pickByName(active, row) : active, row.code ? 'code' : 'name');
      return;
    }
    const upcoming = row.code ? index.upcomingByCode.get(row.code) : index.upcomingByName.get(nameKey!)?.[0];
    if (upcoming) {
      foundElsewhere('not-yet-effective', upcoming, upcoming.effectiveFrom);
      return;
    }
    const gone = row.code ? index.abolishedByCode.get(row.code) : index.abolishedByName.get(nameKey!)?.[0];
    if (gone) {
      foundElsewhere('abolished', gone, gone.abolishedOn);
      return;
    }
    finding.candidates = nameCandidates(index, row.name);
    // A damaged name found nowhere may be a known procedure under its damage: say so, so a
    // reviewer reads it as "fix the portal's text", not as a procedure the catalogue lacks.
    if (damagedText(row.name)) finding.diffs = [damagedNameDiff(row.name)];
  }

  if (options.completeScope) {
    for (const version of index.active) {
      if (seen.has(version.procedureId) || !inScope(version, options.completeScope)) continue;
      findings.push({
        status: 'missing',
        procedureId: version.procedureId,
        code: version.code,
        rawCode: null,
        name: version.name,
        matchedBy: null,
        diffs: [],
        candidates: [],
        since: version.effectiveFrom,
        decisionId: version.decisionId,
        rowIndex: null,
        evidence: null,
      });
    }
  }

  const summary = emptySummary();
  for (const f of findings) summary[SUMMARY_KEY[f.status]]++;
  return { asOf: index.asOf, summary, findings };
}
