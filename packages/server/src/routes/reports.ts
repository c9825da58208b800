import {
  formatPeriodReportEn,
  formatPeriodReportVi,
  PeriodReportExportQuerySchema,
  type PeriodReportQuery,
  PeriodReportQuerySchema,
  type PeriodReportResponse,
  periodReport,
  periodReportCatalogue,
} from '@niemyet/core';
import { periodReportXlsx } from '@niemyet/exports';
import { Hono } from 'hono';
import { requirePermission } from '../auth/sessions';
import type { AppEnv, Services } from '../context';
import { fileDownload, MEDIA_TYPES } from '../http/download';
import { queryOf } from '../http/validation';
import { readDecisions } from '../repositories/decisions';

/**
 * The supervisor's period report (issue 12): core's `periodReport` over the issued decisions
 * (the same code as `niemyet report`), levels and fields the decisions leave out read from the
 * catalogue before each decision, and the paragraph in both languages; or the same as XLSX.
 */
async function reportOf(services: Services, { from, to }: PeriodReportQuery): Promise<PeriodReportResponse> {
  const { db, catalogue } = services;
  const [decisions, history] = await Promise.all([readDecisions(db, ['issued']), catalogue.history(db)]);
  const report = periodReport(decisions, from, to, periodReportCatalogue(history));
  return {
    from,
    to,
    report,
    paragraphVi: formatPeriodReportVi(report, from, to),
    paragraphEn: formatPeriodReportEn(report, from, to),
  };
}

export const reportRoutes = new Hono<AppEnv>()
  .get('/period', async (c) => {
    requirePermission(c, 'reports.read');
    return c.json(await reportOf(c.var.services, queryOf(c, PeriodReportQuerySchema)));
  })
  .get('/period/export', async (c) => {
    requirePermission(c, 'reports.read');
    const query = queryOf(c, PeriodReportExportQuerySchema);
    const workbook = await periodReportXlsx(await reportOf(c.var.services, query));
    return fileDownload(
      { filename: `bao-cao-${query.from}-${query.to}.xlsx`, contentType: MEDIA_TYPES.xlsx },
      workbook,
    );
  });
