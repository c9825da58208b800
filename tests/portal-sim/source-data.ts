import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '@niemyet/core';
import { z } from 'zod';

/**
 * The real national-portal data the simulated portals are built on: the 3,000 published
 * procedures (code + name, 2,395 distinct codes), the 489 fields and the 57 agencies saved
 * from dichvucong.gov.vn (see tests/fixtures/national-portal/README.md), read at run time
 * from the repository's own copy.
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the real national-portal data lives in the repository. */
export function nationalFixturesDir(): string {
  return resolve(REPO_ROOT, 'tests/fixtures/national-portal');
}

const ListingRowSchema = z.object({
  TTHC_MA: z.string().regex(/^\d\.\d{6}$/),
  TYPE: z.string(),
  NAME: z.string().min(1),
  ISNGANHDOC: z.string(),
  WEIGHT: z.string().regex(/^\d+$/),
});
const FieldSchema = z.object({ ID: z.string(), FIELD_NAME: z.string().min(1) });
const AgencySchema = z.object({ ID: z.string(), NAME: z.string().min(1), CODE: z.string() });

export interface SourceProcedure {
  code: string;
  name: string;
  /** The portal's TYPE column ("1" citizens, "5" businesses). */
  type: string;
  isNganhDoc: string;
  /** Usage weight: the portal lists procedures by it, most used first. */
  weight: number;
}

export interface SourceAgency {
  id: string;
  name: string;
  /** Electronic identifier code (`H19`, `000.00.00.G01`). */
  code: string;
}

export interface SourceData {
  /** Distinct by code, sorted by code. */
  procedures: SourceProcedure[];
  /** Field names without the ministry in brackets, distinct, in the file's order. */
  fields: string[];
  agencies: SourceAgency[];
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = resolve(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`portal-sim: cannot read ${path} (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`portal-sim: ${path} at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Reads and cleans the real data once per directory (it is the same for every seed). */
const cache = new Map<string, SourceData>();

export function loadSourceData(dir: string = nationalFixturesDir()): SourceData {
  const cached = cache.get(dir);
  if (cached) return cached;
  const rows = [
    ...readJson(dir, 'procedures-citizen.json', z.array(ListingRowSchema)),
    ...readJson(dir, 'procedures-business.json', z.array(ListingRowSchema)),
  ];
  const byCode = new Map<string, SourceProcedure>();
  for (const row of rows) {
    const weight = Number(row.WEIGHT);
    const seen = byCode.get(row.TTHC_MA);
    // The two lists overlap (citizen and business views of one procedure): keep one, the
    // higher usage weight.
    if (seen && seen.weight >= weight) continue;
    byCode.set(row.TTHC_MA, {
      code: row.TTHC_MA,
      name: row.NAME,
      type: row.TYPE,
      isNganhDoc: row.ISNGANHDOC,
      weight,
    });
  }
  const procedures = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const fieldRows = readJson(dir, 'fields.json', z.array(FieldSchema));
  const fieldKeys = new Set<string>();
  const fields: string[] = [];
  for (const row of fieldRows) {
    // "Hộ tịch(Bộ Tư pháp)": the portal shows the field without the ministry.
    const name = row.FIELD_NAME.replace(/\([^()]*\)\s*$/, '').trim();
    const key = normalizeText(name);
    if (name === '' || fieldKeys.has(key)) continue;
    fieldKeys.add(key);
    fields.push(name);
  }

  const agencies = readJson(dir, 'agencies.json', z.array(AgencySchema)).map((a) => ({
    id: a.ID,
    name: a.NAME,
    code: a.CODE,
  }));

  const data = { procedures, fields, agencies };
  cache.set(dir, data);
  return data;
}
