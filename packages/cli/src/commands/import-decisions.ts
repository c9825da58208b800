import { basename } from 'node:path';
import { formatCsvIssue, formatVietnameseNumber, importDecisionCsvBytes } from '@niemyet/core';
import type { Command } from 'commander';
import { jsonPieces, readFileBytes, writeFileAtomic } from '../files';
import { CliError, type CliIo } from '../io';

interface ImportOptions {
  out: string;
  actor: string;
}

/** `niemyet import-decisions FILE.csv --out BUNDLE.json`: a decision-list CSV → workspace bundle. */
export function registerImportDecisionsCommand(program: Command, io: CliIo): void {
  program
    .command('import-decisions')
    .summary('nhập danh sách quyết định từ CSV / import a decision-list CSV')
    .description(
      [
        'Nhập danh sách quyết định công bố (CSV, một dòng mỗi thủ tục) thành gói dữ liệu JSON: các quyết định đã ban hành, bản ghi nền và sổ thay đổi. Có lỗi thì không ghi tệp nào.',
        'Import a decision-list CSV (one row per item) into a workspace bundle: issued decisions, baseline records and the change log. On any error nothing is written.',
      ].join('\n'),
    )
    .argument(
      '<file>',
      'tệp CSV danh sách quyết định: UTF-8, UTF-16 («Unicode Text» của Excel) hoặc Windows-1258 (decision-list CSV file: UTF-8, UTF-16 or Windows-1258)',
    )
    .requiredOption('-o, --out <bundle>', 'tệp gói dữ liệu JSON sẽ ghi (workspace bundle JSON to write)')
    .option('--actor <name>', 'người nhập, ghi vào lịch sử và sổ thay đổi (who imports)', 'import')
    .action(async (file: string, options: ImportOptions) => {
      // Bytes, not text: the import finds the encoding and refuses bytes it cannot read.
      const result = importDecisionCsvBytes(await readFileBytes(file), {
        fileName: basename(file),
        importedAt: new Date().toISOString(),
        actor: options.actor,
      });
      if (!result.ok) {
        for (const issue of result.errors) io.err(`Lỗi (error): ${formatCsvIssue(issue)}`);
        throw new CliError(
          `Không nhập «${file}»: ${formatVietnameseNumber(result.errors.length)} lỗi, không ghi tệp nào (import refused: ${result.errors.length} errors, nothing written)`,
        );
      }
      for (const issue of result.warnings) io.err(`Cảnh báo (warning): ${formatCsvIssue(issue)}`);
      const { bundle } = result;
      // In pieces: a 200,000-row list's bundle is too large to hold as one string.
      await writeFileAtomic(
        options.out,
        (function* () {
          yield* jsonPieces(bundle);
          yield '\n';
        })(),
      );
      const counts = { new: 0, amended: 0, abolished: 0 };
      for (const decision of bundle.decisions) for (const item of decision.items) counts[item.action]++;
      const items = { length: counts.new + counts.amended + counts.abolished };
      const count = (action: keyof typeof counts) => counts[action];
      io.out(
        [
          `Đã nhập «${file}» → «${options.out}»: ${formatVietnameseNumber(bundle.decisions.length)} quyết định, ${formatVietnameseNumber(items.length)} thủ tục (mới ${formatVietnameseNumber(count('new'))}, sửa đổi ${formatVietnameseNumber(count('amended'))}, bãi bỏ ${formatVietnameseNumber(count('abolished'))}), ${formatVietnameseNumber(bundle.baseline.length)} bản ghi nền, ${formatVietnameseNumber(bundle.changeLog.length)} mục sổ thay đổi, ${formatVietnameseNumber(result.warnings.length)} cảnh báo.`,
          `Imported: ${bundle.decisions.length} decisions, ${items.length} items (${count('new')} new, ${count('amended')} amended, ${count('abolished')} abolished), ${bundle.baseline.length} baseline records, ${bundle.changeLog.length} change-log entries, ${result.warnings.length} warnings.`,
        ].join('\n'),
      );
    });
}
