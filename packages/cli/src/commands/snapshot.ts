import { buildCatalogueSnapshot, catalogueAt, foldCatalogue, formatVietnameseDate } from '@niemyet/core';
import type { Command } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { parseDateOption } from '../date-option';
import { writeFileAtomic } from '../files';
import type { CliIo } from '../io';
import { viNumber } from '../numbers';

interface SnapshotOptions {
  at: string;
  out: string;
}

/** `niemyet snapshot BUNDLE.json --at DATE --out SNAPSHOT.json`: the catalogue in force on a date. */
export function registerSnapshotCommand(program: Command, io: CliIo): void {
  program
    .command('snapshot')
    .summary('xuất danh mục thủ tục tại một ngày / export the catalogue on a date')
    .description(
      [
        'Xuất danh mục thủ tục đang có hiệu lực tại một ngày (niemyet.catalogue, có mã băm) để tiện ích trình duyệt đối chiếu với cổng.',
        'Export the catalogue in force on a date (niemyet.catalogue with a content hash) for the browser extension to audit portals against.',
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
      const history = foldCatalogue(bundle.baseline, bundle.decisions);
      for (const anomaly of history.anomalies) io.err(`Cảnh báo (warning): ${anomaly.message}`);
      for (const skipped of history.skipped)
        io.err(
          `Cảnh báo (warning): quyết định ${skipped.decisionNumber} không có ngày hiệu lực, bỏ qua (no effective date, skipped)`,
        );
      const snapshot = buildCatalogueSnapshot(catalogueAt(history, options.at), new Date().toISOString());
      await writeFileAtomic(options.out, `${JSON.stringify(snapshot, null, 2)}\n`);
      io.out(
        [
          `Danh mục ngày ${formatVietnameseDate(snapshot.asOf)} → «${options.out}»: ${viNumber(snapshot.procedures.length)} thủ tục đang có hiệu lực, ${viNumber(snapshot.upcoming.length)} sắp có hiệu lực, ${viNumber(snapshot.abolished.length)} đã bãi bỏ.`,
          `Catalogue on ${snapshot.asOf}: ${snapshot.procedures.length} in force, ${snapshot.upcoming.length} upcoming, ${snapshot.abolished.length} abolished.`,
          `hash: ${snapshot.hash}`,
        ].join('\n'),
      );
    });
}
