import type { IsoDate } from '../dates/iso-date';
import type { Office } from '../model/office';
import type { ProcedureFields, ProcedureVersion } from '../model/procedure';
import { compareSheetOrder, proceduresOfOffice } from './office-procedures';
import { nationalPortalLink } from './portal-link';
import { type SubmissionChannels, submissionChannels, summaryOf } from './submission-channels';

/** One procedure as a posting sheet (and the public list) shows it. */
export interface PostingEntry {
  procedureId: string;
  code: string | null;
  name: string;
  field: string | null;
  agency: string | null;
  levels: string[];
  processingTime: string | null;
  fees: string | null;
  channels: SubmissionChannels;
  /** What the QR code opens (`nationalPortalLink`). */
  portalUrl: string | null;
}

export interface PostingGroup {
  /** The field ("lĩnh vực"); null for procedures whose record names none (listed last). */
  field: string | null;
  entries: PostingEntry[];
}

/** What an office posts on a date: its procedures in force, grouped by field. */
export interface PostingSheet {
  office: Office;
  /** The date the sheet is valid from (the catalogue in force that day). */
  validFrom: IsoDate;
  total: number;
  groups: PostingGroup[];
}

export function postingEntry(procedureId: string, fields: ProcedureFields): PostingEntry {
  return {
    procedureId,
    code: fields.code,
    name: fields.name,
    field: fields.field,
    agency: fields.agency,
    levels: fields.levels,
    processingTime: summaryOf(fields, 'processingTime', fields.processingTime),
    fees: summaryOf(fields, 'fees', fields.fees),
    channels: submissionChannels(fields),
    portalUrl: nationalPortalLink(fields),
  };
}

/** Entries in sheet order, one group per field in the order the entries come. */
export function groupByField(entries: readonly PostingEntry[]): PostingGroup[] {
  const sorted = [...entries].sort(compareSheetOrder);
  const groups: PostingGroup[] = [];
  for (const entry of sorted) {
    const last = groups.at(-1);
    if (last && last.field === entry.field) last.entries.push(entry);
    else groups.push({ field: entry.field, entries: [entry] });
  }
  return groups;
}

/** The posting sheet of `office` from the catalogue in force on `validFrom` (`active` = that catalogue). */
export function postingSheet(
  office: Office,
  active: Iterable<ProcedureVersion>,
  validFrom: IsoDate,
): PostingSheet {
  const entries = proceduresOfOffice(active, office.scope).map((version) =>
    postingEntry(version.procedureId, version),
  );
  return { office, validFrom, total: entries.length, groups: groupByField(entries) };
}
