import {
  type AuditEvidence,
  type AuditFinding,
  type AuditInput,
  type CatalogueIndex,
  type FieldDiff,
  type FindingKind,
  normalizeText,
  type ProcedureVersion,
  parseLevel,
  type WatchScope,
} from '@niemyet/core';

/**
 * From an audit to what the inbox records: one observation per (procedure, kind), keyed by
 * portal, procedure and kind, so a problem seen by two runs — or by a run and an officer — is
 * one finding with two sightings. Pure: the store (finding-store.ts) writes them.
 */

export interface Observation {
  key: string;
  portal: string;
  code: string | null;
  name: string;
  kind: FindingKind;
  field: string | null;
  agency: string | null;
  level: string | null;
  url: string | null;
  evidence: AuditEvidence | null;
  diffs: FieldDiff[];
}

/** The listing's origin: findings of one portal share it whichever page they were read on. */
export function portalOf(url: string): string {
  return new URL(url).origin;
}

/** What names a procedure on a portal: its code, or its normalised name when the row shows none. */
export function identityOf(code: string | null, name: string): string {
  return code ?? `name:${normalizeText(name)}`;
}

export function findingKey(portal: string, identity: string, kind: FindingKind): string {
  return `${portal}|${identity}|${kind}`;
}

/** A failed run is one finding per watch (not per procedure): fixed by the watch's next complete run. */
export function runFailedIdentity(watchId: string): string {
  return `watch:${watchId}`;
}

function normalizedOrNull(value: string | null | undefined): string | null {
  return value ? normalizeText(value) : null;
}

/**
 * Whether a row (or a catalogue procedure) is inside the watch's scope. A side the row does
 * not show (no agency column) is not held against it: the listing's own filter chose it.
 */
export function inWatchScope(
  subject: { field?: string | null; agency?: string | null; levels?: readonly string[] | null },
  scope: WatchScope,
): boolean {
  if (scope.field && subject.field && normalizeText(subject.field) !== normalizeText(scope.field))
    return false;
  if (scope.agency && subject.agency && normalizeText(subject.agency) !== normalizeText(scope.agency))
    return false;
  if (scope.level && subject.levels && subject.levels.length > 0) {
    const wanted = parseLevel(scope.level);
    if (!subject.levels.includes(wanted)) return false;
  }
  return true;
}

/** The rows an audit of this watch covers: those in its scope. */
export function rowsInScope(rows: readonly AuditInput[], scope: WatchScope): AuditInput[] {
  if (!scope.field && !scope.agency && !scope.level) return [...rows];
  return rows.filter((row) => inWatchScope(row, scope));
}

function kindOf(finding: AuditFinding): FindingKind | null {
  switch (finding.status) {
    case 'match':
      return null;
    case 'changed':
      return 'changed';
    case 'abolished':
      return 'abolished-but-listed';
    case 'unknown':
      return 'not-in-catalogue';
    case 'missing':
      return 'missing';
    case 'not-yet-effective':
      return 'not-yet-effective';
  }
}

/** Versions in force by procedure id, to give findings the catalogue's field, agency and level. */
export function versionsById(index: CatalogueIndex): Map<string, ProcedureVersion> {
  return new Map(index.active.map((v) => [v.procedureId, v]));
}

export interface ObservationContext {
  portal: string;
  /** The listing URL, for findings without a row of their own (`missing`). */
  url: string;
  versions: Map<string, ProcedureVersion>;
  scope: WatchScope;
  /** The audited rows, by the findings' `rowIndex`: the row's own field/agency when no version matched. */
  rows: readonly AuditInput[];
}

/**
 * Observations of one audit. Damaged text (a diff of kind `damaged`) is its own kind — the
 * portal must re-enter the text, not amend the procedure — so a changed row with damaged and
 * real differences gives two findings, and a row found nowhere because its name is damaged
 * gives `damaged-text`, not `not-in-catalogue`. `missing` procedures outside the scope are left
 * out (the audit's complete scope knows levels and fields, not agencies).
 */
export function observationsFromAudit(
  findings: readonly AuditFinding[],
  context: ObservationContext,
): Observation[] {
  const out: Observation[] = [];
  for (const finding of findings) {
    const kind = kindOf(finding);
    if (kind === null) continue;
    const version = finding.procedureId ? context.versions.get(finding.procedureId) : undefined;
    const row = finding.rowIndex !== null ? context.rows[finding.rowIndex] : undefined;
    if (kind === 'missing' && version && !inWatchScope(version, context.scope)) continue;
    const base = {
      portal: context.portal,
      code: finding.code,
      name: finding.name,
      field: version?.field ?? row?.field ?? null,
      agency: version?.agency ?? row?.agency ?? null,
      level: version?.levels[0] ?? row?.levels?.[0] ?? null,
      url: finding.evidence?.url ?? (kind === 'missing' ? context.url : null),
      evidence: finding.evidence,
    };
    const identity = identityOf(finding.code, finding.name);
    const damaged = finding.diffs.filter((d) => d.kind === 'damaged');
    const other = finding.diffs.filter((d) => d.kind !== 'damaged');
    if (damaged.length > 0 && (kind === 'changed' || kind === 'not-in-catalogue')) {
      out.push({
        ...base,
        key: findingKey(context.portal, identity, 'damaged-text'),
        kind: 'damaged-text',
        diffs: damaged,
      });
      if (kind === 'not-in-catalogue' || other.length === 0) continue;
    }
    out.push({ ...base, key: findingKey(context.portal, identity, kind), kind, diffs: other });
  }
  return out;
}

export function runFailedObservation(
  watch: { id: string; url: string; portal: string; scope: WatchScope; name: string },
  problem: { code: string; message: string },
  at: string,
): Observation {
  return {
    key: findingKey(watch.portal, runFailedIdentity(watch.id), 'run-failed'),
    portal: watch.portal,
    code: null,
    name: watch.name,
    kind: 'run-failed',
    field: watch.scope.field ?? null,
    agency: watch.scope.agency ?? null,
    level: watch.scope.level ?? null,
    url: watch.url,
    evidence: { url: watch.url, at, text: `${problem.code}: ${problem.message}` },
    diffs: [],
  };
}

/** The normalised scope columns a stored finding is compared on. */
export function sameScopeValue(stored: string | null, wanted: string | undefined): boolean {
  if (!wanted || stored === null) return true;
  return normalizedOrNull(stored) === normalizeText(wanted);
}
