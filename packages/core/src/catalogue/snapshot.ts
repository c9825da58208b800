import type { z } from 'zod';
import { hashOf } from '../hashing/canonical-json';
import type { ChangeLogAnchor } from '../model/change-log';
import type { ProcedureVersion } from '../model/procedure';
import { ProcedureVersionSchema } from '../model/procedure';
import {
  CATALOGUE_FORMAT,
  CATALOGUE_READABLE_VERSIONS,
  CATALOGUE_VERSION,
  type CatalogueSnapshot,
  CatalogueSnapshotSchema,
} from '../model/snapshot';
import { compareCodeUnits } from './order';
import type { CatalogueState } from './types';

const VERSION_KEYS = Object.keys(ProcedureVersionSchema.shape) as (keyof ProcedureVersion)[];

/**
 * The catalogue in force on `state.asOf` as the console publishes it. Everything is in a fixed
 * order (procedures and abolished by procedureId, upcoming by date then procedureId) and
 * versions keep only schema fields, so the same catalogue always gets the same hash and the
 * hash survives a JSON round trip through `parseCatalogueSnapshot`.
 *
 * `changeLog` is the head of the change log the catalogue was built from (`changeLogAnchor` of
 * the log, read together with the decisions folded into `state`); it is recorded in the
 * snapshot, under its hash. Leave it out only for a catalogue that has no recorded history
 * (test data, the portal simulator).
 */
export function buildCatalogueSnapshot(
  state: CatalogueState,
  generatedAt: string,
  changeLog?: ChangeLogAnchor,
): CatalogueSnapshot {
  const procedures = [...state.active.values()]
    .sort((a, b) => compareCodeUnits(a.procedureId, b.procedureId))
    .map(schemaFieldsOnly);
  const upcoming = state.upcoming.map(schemaFieldsOnly);
  const abolished = [...state.abolished].sort((a, b) => compareCodeUnits(a.procedureId, b.procedureId));
  const body = {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    generatedAt,
    asOf: state.asOf,
    procedures,
    upcoming,
    abolished,
    ...(changeLog ? { changeLog: { count: changeLog.count, headHash: changeLog.headHash } } : {}),
  } as const;
  return { ...body, hash: hashOf(body) };
}

function schemaFieldsOnly(version: ProcedureVersion): ProcedureVersion {
  const copy = {} as Record<keyof ProcedureVersion, unknown>;
  for (const key of VERSION_KEYS) copy[key] = version[key];
  return copy as ProcedureVersion;
}

/** Whether the snapshot's hash matches its content (any edit after publishing breaks it). */
export function verifySnapshotHash(snapshot: CatalogueSnapshot): boolean {
  const { hash, ...body } = snapshot;
  return hashOf(body) === hash;
}

/**
 * Validates a snapshot received from a file, a URL or the console bridge. Throws an Error
 * naming the first problem: a path like `procedures[12].name: …`, an unknown format or
 * version, or a hash that does not match the content.
 */
export function parseCatalogueSnapshot(json: unknown): CatalogueSnapshot {
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json);
    } catch (error) {
      throw new Error(`Invalid catalogue snapshot: not JSON (${(error as Error).message})`);
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('Invalid catalogue snapshot: expected a JSON object');
  }
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== CATALOGUE_FORMAT) {
    throw new Error(
      `Invalid catalogue snapshot: format is ${JSON.stringify(format)}, expected "${CATALOGUE_FORMAT}"`,
    );
  }
  if (!(CATALOGUE_READABLE_VERSIONS as readonly unknown[]).includes(version)) {
    throw new Error(
      `Invalid catalogue snapshot: version ${JSON.stringify(version)} is not supported (this build reads versions ${CATALOGUE_READABLE_VERSIONS.join(', ')})`,
    );
  }
  const parsed = CatalogueSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid catalogue snapshot: ${formatIssuePath(issue.path)}: ${issue.message}`);
  }
  if (!verifySnapshotHash(parsed.data)) {
    throw new Error(
      'Invalid catalogue snapshot: hash does not match the content (the file was altered or damaged)',
    );
  }
  return parsed.data;
}

/** `["procedures", 12, "name"]` → `procedures[12].name`. */
function formatIssuePath(path: z.core.$ZodIssue['path']): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? '(root)' : text;
}
