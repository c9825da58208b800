import { OnlineServiceSchema } from '@niemyet/core';
import type { ListingRow } from '@niemyet/portal';
import { z } from 'zod';
import { MAX_ROWS_PER_PAGE } from './schemas';

/**
 * The rows of a page on their way to the background, packed. Chrome's messaging costs about
 * 35 ms per megabyte between a page and the service worker, and a 2,000-row listing read as
 * objects is 1 MB: half of it the row texts (kept as evidence), which repeat the row's own
 * values, and much of the rest field and agency names repeated down the listing. Packed:
 * - the rows are columns, and the values that repeat (levels, field, agency) are sent once,
 *   referenced by index;
 * - each row's text is a template over the row's own values: "12 | \u0001 | \u0002 | …".
 * The result is under half the size and is validated column by column. Unpacking gives
 * back what the audit reads of each row (a field the row does not show comes back null, which
 * the audit treats as absent), with texts and names cut to the protocol's bounds: a hostile or
 * broken page must not fail the whole read.
 */

const text = (max: number) => z.string().max(max);
const ref = z
  .number()
  .int()
  .nonnegative()
  .max(MAX_ROWS_PER_PAGE * 30);

/** What some listings show beyond name, level, field and agency (rare: sent per row only then). */
const RowDetailsSchema = z.object({
  onlineService: OnlineServiceSchema.nullable().optional(),
  processingTime: text(4_000).nullable().optional(),
  fees: text(8_000).nullable().optional(),
  legalBasis: z.array(text(2_000)).max(200).optional(),
});
type RowDetails = z.infer<typeof RowDetailsSchema>;

export const WireRowsSchema = z
  .object({
    /** Distinct repeated values (levels, fields, agencies), referenced by index below. */
    values: z.array(text(2_000)).max(MAX_ROWS_PER_PAGE * 30),
    code: z.array(text(64).nullable()).max(MAX_ROWS_PER_PAGE),
    rawCode: z.array(text(128).nullable()).max(MAX_ROWS_PER_PAGE),
    name: z.array(text(4_000)).max(MAX_ROWS_PER_PAGE),
    /** null: the row shows no level column (as opposed to an empty one). */
    levels: z.array(z.array(ref).max(20).nullable()).max(MAX_ROWS_PER_PAGE),
    field: z.array(ref.nullable()).max(MAX_ROWS_PER_PAGE),
    agency: z.array(ref.nullable()).max(MAX_ROWS_PER_PAGE),
    /** Each row's text: a template (starts with \u0000) or the text itself (starts with \u0005). */
    text: z.array(text(40_001)).max(MAX_ROWS_PER_PAGE),
    /** Per row, when any row of the page shows more than the columns above. */
    details: z.array(RowDetailsSchema.nullable()).max(MAX_ROWS_PER_PAGE).optional(),
  })
  .superRefine((wire, context) => {
    const count = wire.name.length;
    for (const column of ['code', 'rawCode', 'levels', 'field', 'agency', 'text', 'details'] as const) {
      const length = wire[column]?.length ?? count;
      if (length !== count) {
        context.addIssue({
          code: 'custom',
          path: [column],
          message: `expected ${count} values, one per row`,
        });
      }
    }
    // Loops, not a flattened copy: this runs on every page's 2,000 rows while the page waits.
    const sent = wire.values.length;
    let dangling = false;
    for (let i = 0; i < count && !dangling; i++) {
      const field = wire.field[i];
      const agency = wire.agency[i];
      if ((field != null && field >= sent) || (agency != null && agency >= sent)) dangling = true;
      for (const r of wire.levels[i] ?? []) if (r >= sent) dangling = true;
    }
    if (dangling) {
      context.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'a row refers to a value that was not sent',
      });
    }
  });
export type WireRows = z.infer<typeof WireRowsSchema>;

// Template tokens: each stands for one of the row's own values.
const TEMPLATE = '\u0000';
const VERBATIM = '\u0005';
const TOKEN_CODE = '\u0001';
const TOKEN_NAME = '\u0002';
const TOKEN_FIELD = '\u0003';
const TOKEN_AGENCY = '\u0004';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the tokens are control characters on purpose (no page text needs them)
const CONTROL = /[\u0000-\u0005]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const TOKENS = /[\u0001-\u0004]/g;
const TEXT_LIMIT = 40_000;
const NAME_LIMIT = 4_000;
const VALUE_LIMIT = 2_000;

interface TemplateParts {
  rawCode: string | null;
  name: string;
  field: string | null;
  agency: string | null;
}

function templateOf(rowText: string, parts: TemplateParts): string {
  const text = rowText.slice(0, TEXT_LIMIT);
  // A page's text that holds our control characters travels as it is (never mistaken for a template).
  if (CONTROL.test(text)) return VERBATIM + text;
  // Longest first, so a name that contains the field's words is replaced whole. (Fixed order
  // rather than a sort: this runs for every row while the page waits.)
  const agencyFirst = (parts.agency?.length ?? 0) >= (parts.field?.length ?? 0);
  let template = replaceOnce(text, parts.name, TOKEN_NAME);
  template = replaceOnce(
    template,
    agencyFirst ? parts.agency : parts.field,
    agencyFirst ? TOKEN_AGENCY : TOKEN_FIELD,
  );
  template = replaceOnce(
    template,
    agencyFirst ? parts.field : parts.agency,
    agencyFirst ? TOKEN_FIELD : TOKEN_AGENCY,
  );
  template = replaceOnce(template, parts.rawCode, TOKEN_CODE);
  return TEMPLATE + template;
}

function replaceOnce(text: string, value: string | null, token: string): string {
  if (!value) return text;
  const at = text.indexOf(value);
  return at < 0 ? text : text.slice(0, at) + token + text.slice(at + value.length);
}

function textOf(wire: string, row: TemplateParts): string {
  if (wire.startsWith(VERBATIM)) return wire.slice(1);
  if (!wire.startsWith(TEMPLATE)) return wire;
  const value: Record<string, string> = {
    [TOKEN_CODE]: row.rawCode ?? '',
    [TOKEN_NAME]: row.name,
    [TOKEN_FIELD]: row.field ?? '',
    [TOKEN_AGENCY]: row.agency ?? '',
  };
  return wire
    .slice(1)
    .replace(TOKENS, (token) => value[token] ?? '')
    .slice(0, TEXT_LIMIT);
}

function detailsOf(row: ListingRow): RowDetails | null {
  // Most listings show none of these: no object per row then.
  if (
    row.onlineService === undefined &&
    row.processingTime === undefined &&
    row.fees === undefined &&
    row.legalBasis === undefined
  )
    return null;
  const details: RowDetails = {};
  if (row.onlineService !== undefined) details.onlineService = row.onlineService;
  if (row.processingTime !== undefined) details.processingTime = row.processingTime;
  if (row.fees !== undefined) details.fees = row.fees;
  if (row.legalBasis !== undefined) details.legalBasis = row.legalBasis;
  return details;
}

/** Packs the audited values of rows (links, ids and element positions stay in the page). */
export function packRows(rows: readonly ListingRow[]): WireRows {
  const values: string[] = [];
  const refs = new Map<string, number>();
  const refOf = (value: string | null | undefined): number | null => {
    if (value === null || value === undefined) return null;
    const bounded = value.slice(0, VALUE_LIMIT);
    let r = refs.get(bounded);
    if (r === undefined) {
      r = values.push(bounded) - 1;
      refs.set(bounded, r);
    }
    return r;
  };
  const wire: WireRows = {
    values,
    code: [],
    rawCode: [],
    name: [],
    levels: [],
    field: [],
    agency: [],
    text: [],
  };
  const details: (RowDetails | null)[] = [];
  let anyDetails = false;
  for (const row of rows) {
    wire.code.push(row.code);
    wire.rawCode.push(row.rawCode);
    const name = row.name.slice(0, NAME_LIMIT);
    wire.name.push(name);
    wire.levels.push(row.levels === undefined ? null : row.levels.map((level) => refOf(level)!));
    const field = refOf(row.field);
    const agency = refOf(row.agency);
    wire.field.push(field);
    wire.agency.push(agency);
    wire.text.push(
      templateOf(row.text, {
        rawCode: row.rawCode,
        name,
        field: field === null ? null : values[field]!,
        agency: agency === null ? null : values[agency]!,
      }),
    );
    const shown = detailsOf(row);
    anyDetails ||= shown !== null;
    details.push(shown);
  }
  if (anyDetails) wire.details = details;
  return wire;
}

/** The rows back from their packed form (validated by `WireRowsSchema` first). */
export function unpackRows(wire: WireRows): ListingRow[] {
  const rows: ListingRow[] = [];
  const sharedValue = (r: number | null): string | null => (r === null ? null : (wire.values[r] ?? null));
  for (let i = 0; i < wire.name.length; i++) {
    const fields = {
      rawCode: wire.rawCode[i] ?? null,
      name: wire.name[i]!,
      field: sharedValue(wire.field[i] ?? null),
      agency: sharedValue(wire.agency[i] ?? null),
    };
    const levels = wire.levels[i];
    const row: ListingRow = {
      code: wire.code[i] ?? null,
      ...fields,
      text: textOf(wire.text[i]!, fields),
    };
    if (levels) row.levels = levels.map((r) => sharedValue(r) ?? '');
    const details = wire.details?.[i];
    if (details) Object.assign(row, details);
    rows.push(row);
  }
  return rows;
}
