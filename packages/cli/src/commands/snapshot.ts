import {
  buildCatalogueSnapshot,
  catalogueAt,
  foldCatalogue,
  formatChangeLogHead,
  formatVietnameseDate,
  formatVietnameseNumber,
} from '@niemyet/core';
import type { Command } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { checkWorkspaceHistory, legacyEntriesWarning } from '../change-log-check';
import { parseDateOption } from '../date-option';
import { writeFileAtomic } from '../files';
import { CliError, type CliIo } from '../io';

interface SnapshotOptions {
  at: string;
  out: string;
}

/**
 * `niemyet snapshot BUNDLE.json --at DATE --out SNAPSHOT.json`: the catalogue in force on a
 * date, recording the head of the change log it was built from. A workspace whose history does
 * not verify is refused: a catalogue must not be published from tampered decisions.
 */
export function registerSnapshotCommand(program: Command, io: CliIo): void {
  program
    .command('snapshot')
    .summary('xuất danh mục thủ tục tại một ngày / export the catalogue on a date')
    .description(
      [
        'Xuất danh mục thủ tục đang có hiệu lực tại một ngày (niemyet.catalogue, có mã băm và đầu sổ thay đổi đã dùng để lập) để tiện ích trình duyệt đối chiếu với cổng. Không xuất nếu sổ thay đổi hoặc quyết định không qua được kiểm tra (niemyet verify).',
        'Export the catalogue in force on a date (niemyet.catalogue with a content hash and the head of the change log it was built from) for the browser extension to audit portals against. Refused when the change log or the decisions do not verify (niemyet verify).',
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .requiredOption(
      '--at <date>',
      'ngày của danh mục, dd/mm/yyyy hoặc yyyy-mm-dd (the date)',
      parseDateOption,
    )
    .requiredOption('-o, --out <snapshot>', 'tệp danh mục JSON sẽ ghi (snapshot JSON to write)')
    .action(async (file: string, options: SnapshotOptions) => {
      const bundle = await readWorkspaceBundle(file);
      const check = checkWorkspaceHistory(bundle);
      const warning = legacyEntriesWarning(check.decisions);
      if (warning) io.err(warning);
      if (check.failures.length > 0)
        throw new CliError(
          [
            ...check.failures,
            'Không xuất danh mục từ lịch sử không qua được kiểm tra (no snapshot from a history that does not verify).',
          ].join('\n'),
        );
      const history = foldCatalogue(bundle.baseline, bundle.decisions);
      for (const anomaly of history.anomalies) io.err(`Cảnh báo (warning): ${anomaly.message}`);
      for (const skipped of history.skipped)
        io.err(
          `Cảnh báo (warning): quyết định ${skipped.decisionNumber} không có ngày hiệu lực, bỏ qua (no effective date, skipped)`,
        );
      const snapshot = buildCatalogueSnapshot(
        catalogueAt(history, options.at),
        new Date().toISOString(),
        check.head,
      );
      await writeFileAtomic(options.out, `${JSON.stringify(snapshot, null, 2)}\n`);
      io.out(
        [
          `Danh mục ngày ${formatVietnameseDate(snapshot.asOf)} → «${options.out}»: ${formatVietnameseNumber(snapshot.procedures.length)} thủ tục đang có hiệu lực, ${formatVietnameseNumber(snapshot.upcoming.length)} sắp có hiệu lực, ${formatVietnameseNumber(snapshot.abolished.length)} đã bãi bỏ.`,
          `Catalogue on ${snapshot.asOf}: ${snapshot.procedures.length} in force, ${snapshot.upcoming.length} upcoming, ${snapshot.abolished.length} abolished.`,
          `hash: ${snapshot.hash}`,
          `Đầu sổ thay đổi (change-log head): ${formatChangeLogHead(check.head)}`,
        ].join('\n'),
      );
    });
}
