import { z } from 'zod';
import { RepostingRecordSchema } from '../api/posting';
import { IsoDateSchema } from '../dates/iso-date';
import { OfficeSchema } from './office';
import { ProcedureFieldsSchema } from './procedure';

/**
 * Offices, what each has posted and who re-posted what, as a workspace bundle carries them
 * (backup, restore, import). Optional keys of the bundle: bundles written before issue 14
 * (and a browser console's, which keeps no offices) read as they are.
 */

export const OfficeRecordSchema = OfficeSchema.extend({
  createdBy: z.string().nullable().default(null),
  /** ISO instants. */
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfficeRecord = z.infer<typeof OfficeRecordSchema>;

/** One procedure on an office's posted list: the content as posted, so later amendments show as diffs. */
export const OfficePostingRecordSchema = z.object({
  officeId: z.string().min(1),
  procedureId: z.string().min(1),
  fields: ProcedureFieldsSchema,
  postedOn: IsoDateSchema,
  postedBy: z.string(),
  /** ISO instant. */
  postedAt: z.string(),
});
export type OfficePostingRecord = z.infer<typeof OfficePostingRecordSchema>;

/** One checklist item marked done at an office. */
export const PostingRecordEntrySchema = RepostingRecordSchema.extend({
  id: z.string().min(1),
  officeId: z.string().min(1),
});
export type PostingRecordEntry = z.infer<typeof PostingRecordEntrySchema>;
