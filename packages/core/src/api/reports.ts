import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso-date';

/**
 * The supervisor's period report (issue 12): the figures of `niemyet report` (core's
 * `periodReport`, same code) by action, level, field and month, and the paragraph ready to
 * paste into the yearly report.
 */

/** `GET /api/reports/period?from=&to=` and `GET /api/reports/period/export?from=&to=&format=xlsx`. */
export const PeriodReportQuerySchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
export type PeriodReportQuery = z.infer<typeof PeriodReportQuerySchema>;

const ActionCountsSchema = z.object({
  new: z.number().int(),
  amended: z.number().int(),
  abolished: z.number().int(),
});

export const PeriodReportResponseSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** The keys of `niemyet report --format json`, in that order, plus `byField` and `byMonth`. */
  report: z.object({
    decisions: z.number().int(),
    items: z.number().int(),
    byAction: ActionCountsSchema,
    byLevel: z.record(z.string(), z.number().int()),
    nationalDb: z.object({ entered: z.number().int(), removed: z.number().int() }),
    /** Items per field ('' = no field given), largest first. */
    byField: z.array(z.object({ field: z.string(), count: z.number().int() })),
    /** Items per month of signing (`YYYY-MM`), every month of the period, by action. */
    byMonth: z.array(ActionCountsSchema.extend({ month: z.string().regex(/^\d{4}-\d{2}$/) })),
  }),
  /**
   * "Từ ngày 01/01/2020 đến ngày 31/12/2020, ban hành 68 quyết định công bố 775 TTHC; trong
   * đó, công bố mới 340 TTHC; sửa đổi, bổ sung, thay thế 237 TTHC; bãi bỏ 198 TTHC; nhập,
   * đăng tải công khai trên CSDL quốc gia 577 TTHC, xóa bỏ 198 TTHC."
   */
  paragraphVi: z.string(),
  paragraphEn: z.string(),
});
export type PeriodReportResponse = z.infer<typeof PeriodReportResponseSchema>;

export const PeriodReportExportQuerySchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, format: z.literal('xlsx') })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'the period ends before it starts' });
