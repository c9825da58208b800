import { z } from 'zod';

/**
 * A place where procedures are posted (niêm yết) for the public: a one-stop office (Bộ phận
 * Một cửa, Trung tâm Phục vụ hành chính công) or an agency's counter. Which procedures it
 * posts is its `scope`: the agencies it receives for and/or the levels it serves. `area` names
 * where it is (the province centre, a commune) for the sheet's heading: levels are the same
 * everywhere in a province, so a commune office's list is the commune-level procedures.
 */
export const OfficeScopeSchema = z
  .object({
    /** Agencies as written in the catalogue; matched without regard to diacritics, case or spacing. */
    agencies: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
    /** Level keys (`province`, `district`, `commune`, or a level as written). */
    levels: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
    /** Narrows to these fields when given (an agency's counter for some fields only). */
    fields: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
  })
  .strict()
  .refine((scope) => scope.agencies.length + scope.levels.length > 0, {
    message: 'an office answers for at least one agency or one level',
    path: ['agencies'],
  });
export type OfficeScope = z.infer<typeof OfficeScopeSchema>;

export const OfficeSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(300),
  /** Where the office is, as the sheet heading shows it ("Xã Tân Phú, huyện Đồng Phú"). */
  area: z.string().trim().max(300).nullable().default(null),
  address: z.string().trim().max(500).nullable().default(null),
  scope: OfficeScopeSchema,
});
export type Office = z.infer<typeof OfficeSchema>;
