import {
  type ChangeLogFilter,
  ChangeLogFilterSchema,
  changeLogRowMatcher,
  changeLogRows,
  DecisionActionSchema,
  foldCatalogue,
} from '@niemyet/core';
import { changeLogCsv, changeLogJson, writeChangeLogXlsx } from '@niemyet/exports';
import { type Command, Option } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { parseDateOption } from '../date-option';
import { findDecisionsByNumber } from '../decision-number';
import { CliError, type CliIo, EXIT_USAGE } from '../io';
import { writeChunks, writeOutputAtomic } from '../output-file';

interface ExportLogOptions {
  from?: string;
  to?: string;
  format: 'csv' | 'xlsx' | 'json';
  out: string;
  action?: string;
  level?: string;
  field?: string;
  agency?: string;
  decision?: string;
  procedure?: string;
}

/**
 * `niemyet export-log BUNDLE.json --from DATE --to DATE --format csv|xlsx|json --out FILE`:
 * the filtered change log as a file, in the same formats as the server's export.
 */
export function registerExportLogCommand(program: Command, io: CliIo): void {
  program
    .command('export-log')
    .summary('xuất sổ theo dõi thay đổi ra CSV, XLSX, JSON / export the change log')
    .description(
      [
        'Xuất các mục của sổ theo dõi thay đổi (lọc theo kỳ, hình thức, cấp, lĩnh vực, cơ quan, quyết định, thủ tục) ra tệp CSV (mở được bằng Excel), XLSX hoặc JSON.',
        'Export the change-log entries (filtered by period, action, level, field, agency, decision, procedure) as CSV (Excel-friendly), XLSX or JSON.',
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .option('--from <date>', 'từ ngày, dd/mm/yyyy hoặc yyyy-mm-dd (first day)', parseDateOption)
    .option('--to <date>', 'đến ngày, dd/mm/yyyy hoặc yyyy-mm-dd (last day)', parseDateOption)
    .addOption(
      new Option('--format <format>', 'định dạng tệp (file format)')
        .choices(['csv', 'xlsx', 'json'])
        .default('csv'),
    )
    .requiredOption('-o, --out <file>', 'tệp kết quả (output file)')
    .addOption(
      new Option('--action <action>', 'hình thức: new, amended, abolished (action)').choices(
        DecisionActionSchema.options,
      ),
    )
    .option('--level <level>', 'cấp thực hiện, vd. province (level key)')
    .option('--field <field>', 'lĩnh vực, đúng như danh mục ghi (field, exactly)')
    .option('--agency <agency>', 'cơ quan thực hiện, đúng như danh mục ghi (agency, exactly)')
    .option('--decision <number>', 'số quyết định, vd. 137/QĐ-UBND (decision number)')
    .option('--procedure <text>', 'mã TTHC hoặc một phần tên (procedure code or part of its name)')
    .action(async (file: string, options: ExportLogOptions) => {
      if (options.from && options.to && options.from > options.to)
        throw new CliError(
          `--from (${options.from}) sau --to (${options.to}): kỳ không hợp lệ (the period starts after it ends)`,
          EXIT_USAGE,
        );
      const bundle = await readWorkspaceBundle(file);
      const { decision, ...rest } = options;
      const parsed = ChangeLogFilterSchema.safeParse({
        from: rest.from,
        to: rest.to,
        action: rest.action,
        level: rest.level,
        field: rest.field,
        agency: rest.agency,
        procedure: rest.procedure,
      });
      if (!parsed.success)
        throw new CliError(
          `Bộ lọc không hợp lệ (invalid filter): ${parsed.error.issues[0]?.message}`,
          EXIT_USAGE,
        );
      const filter: ChangeLogFilter = parsed.data;
      // A number names one decision a year: every decision that bears it is kept.
      const decisionIds =
        decision === undefined
          ? null
          : new Set(findDecisionsByNumber(bundle.decisions, decision).map((d) => d.id));
      if (decisionIds?.size === 0)
        throw new CliError(`Không có quyết định số «${decision}» (no decision with this number)`, EXIT_USAGE);

      const history = foldCatalogue(bundle.baseline, bundle.decisions);
      const matches = changeLogRowMatcher(filter);
      const rows = changeLogRows(bundle.changeLog, history, bundle.decisions).filter(
        (row) => matches(row) && (decisionIds === null || decisionIds.has(row.decisionId)),
      );
      await writeOutputAtomic(options.out, async (output) => {
        if (options.format === 'xlsx') await writeChangeLogXlsx(rows, output);
        else if (options.format === 'json')
          await writeChunks(
            changeLogJson(rows, decision ? { ...filter, decision } : filter, rows.length),
            output,
          );
        else await writeChunks(changeLogCsv(rows), output);
      });
      io.out(`${rows.length} mục đã ghi vào «${options.out}» (${rows.length} entries written)`);
    });
}
