import {
  foldCatalogue,
  formatPeriodReportVi,
  type PeriodReport,
  periodReport,
  periodReportCatalogue,
} from '@niemyet/core';
import { type Command, Option } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { parseDateOption } from '../date-option';
import { CliError, type CliIo, EXIT_USAGE } from '../io';

interface ReportOptions {
  from: string;
  to: string;
  format: 'text' | 'json';
}

/**
 * The export format: exactly these keys, in this order, whatever else the report object holds
 * (byField and byMonth are for the console and the XLSX report).
 */
function reportJson(report: PeriodReport): Omit<PeriodReport, 'byField' | 'byMonth'> {
  return {
    decisions: report.decisions,
    items: report.items,
    byAction: {
      new: report.byAction.new,
      amended: report.byAction.amended,
      abolished: report.byAction.abolished,
    },
    byLevel: { ...report.byLevel },
    nationalDb: { entered: report.nationalDb.entered, removed: report.nationalDb.removed },
  };
}

/** `niemyet report BUNDLE.json --from DATE --to DATE [--format text|json]`: figures for a period. */
export function registerReportCommand(program: Command, io: CliIo): void {
  program
    .command('report')
    .summary('số liệu công bố trong một kỳ / publication figures for a period')
    .description(
      [
        'Báo cáo số quyết định đã ban hành (theo ngày ký) và số thủ tục công bố mới, sửa đổi, bãi bỏ, theo cấp, cập nhật lên CSDL quốc gia trong kỳ.',
        'Report the issued decisions signed in the period and their items: new, amended, abolished, by level, national database entries and removals.',
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .requiredOption('--from <date>', 'từ ngày, dd/mm/yyyy hoặc yyyy-mm-dd (first day)', parseDateOption)
    .requiredOption('--to <date>', 'đến ngày, dd/mm/yyyy hoặc yyyy-mm-dd (last day)', parseDateOption)
    .addOption(
      new Option('--format <format>', 'định dạng kết quả (output format)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (file: string, options: ReportOptions) => {
      if (options.from > options.to)
        throw new CliError(
          `--from (${options.from}) sau --to (${options.to}): kỳ báo cáo không hợp lệ (the period starts after it ends)`,
          EXIT_USAGE,
        );
      const bundle = await readWorkspaceBundle(file);
      const history = foldCatalogue(bundle.baseline, bundle.decisions);
      const report = periodReport(bundle.decisions, options.from, options.to, periodReportCatalogue(history));
      io.out(
        options.format === 'json'
          ? JSON.stringify(reportJson(report), null, 2)
          : formatPeriodReportVi(report, options.from, options.to),
      );
    });
}
