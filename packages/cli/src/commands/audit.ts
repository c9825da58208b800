import {
  type AuditFinding,
  type AuditInput,
  auditRows,
  buildAuditReport,
  snapshotCatalogueIndex,
} from '@niemyet/core';
import { detailAuditInput, listingRowAuditInput } from '@niemyet/portal';
import { type Command, Option } from 'commander';
import { type AuditFormat, auditSummaryLine, renderAuditReport } from '../audit-output';
import { parseDateOption } from '../date-option';
import { readTextFile, writeFileAtomic } from '../files';
import { fileUrlOf, readHtml } from '../html-page';
import { CliError, type CliIo, EXIT_USAGE } from '../io';
import { defaultAuditDate, readCatalogueSnapshot } from '../snapshot-file';

interface AuditOptions {
  catalogue: string;
  url: string[];
  at?: string;
  format: AuditFormat;
  out?: string;
}

/** Audit inputs of one saved page: listing rows, or the one procedure of a detail page. */
function inputsOf(file: string, html: string, url: string): AuditInput[] {
  const result = readHtml(html, url);
  if (result.adapterId === null) throw new CliError(`«${file}»: ${result.reason}`);
  const { reading } = result;
  if (reading.kind === 'listing') return reading.rows.map((row) => listingRowAuditInput(row, url));
  if (reading.kind === 'detail') return [detailAuditInput(reading, url)];
  throw new CliError(
    `«${file}» là trang quyết định công bố, không phải danh sách hay chi tiết thủ tục (a decision page cannot be audited)`,
  );
}

/** `niemyet audit --catalogue SNAPSHOT.json PAGE.html…`: saved pages against the catalogue. */
export function registerAuditCommand(program: Command, io: CliIo): void {
  program
    .command('audit')
    .summary('đối chiếu trang đã lưu với danh mục / audit saved pages against the catalogue')
    .description(
      [
        'Đối chiếu các thủ tục trên trang đã lưu với danh mục đang có hiệu lực: khớp, khác (từng trường), đã bãi bỏ vẫn niêm yết, không có trong danh mục, chưa có hiệu lực.',
        'Audit the procedures on saved pages against the catalogue in force: match, changed (per field), abolished but listed, not in catalogue, not yet effective.',
      ].join('\n'),
    )
    .argument('<pages...>', 'tệp HTML đã lưu (saved HTML files)')
    .requiredOption('--catalogue <file>', 'danh mục niemyet.catalogue (catalogue snapshot JSON)')
    .option(
      '--url <url>',
      'địa chỉ gốc của trang; lặp lại theo thứ tự các tệp (original URL; repeat in file order)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--at <date>', 'ngày đối chiếu, mặc định hôm nay (audit date, default today)', parseDateOption)
    .addOption(
      new Option('--format <format>', 'định dạng (output format)').choices(['json', 'csv']).default('json'),
    )
    .option('--out <file>', 'ghi ra tệp thay vì màn hình (write to a file)')
    .action(async (files: string[], options: AuditOptions) => {
      if (options.url.length > files.length) {
        throw new CliError('Nhiều --url hơn số tệp (more --url than pages)', EXIT_USAGE);
      }
      const snapshot = await readCatalogueSnapshot(options.catalogue);
      const at = options.at ?? defaultAuditDate(snapshot);
      let index: ReturnType<typeof snapshotCatalogueIndex>;
      try {
        index = snapshotCatalogueIndex(snapshot, at);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
      const readAt = new Date().toISOString();
      const findings: AuditFinding[] = [];
      const summary = { match: 0, changed: 0, abolished: 0, unknown: 0, notYetEffective: 0, missing: 0 };
      for (const [i, file] of files.entries()) {
        const url = options.url[i] ?? fileUrlOf(file);
        const result = auditRows(inputsOf(file, await readTextFile(file), url), index, { at: readAt, url });
        findings.push(...result.findings);
        for (const key of Object.keys(summary) as (keyof typeof summary)[])
          summary[key] += result.summary[key];
      }
      const report = buildAuditReport({ asOf: index.asOf, summary, findings }, readAt);
      const rendered = renderAuditReport(report, options.format);
      if (options.out) {
        await writeFileAtomic(options.out, rendered);
        io.err(auditSummaryLine(report));
      } else io.out(rendered);
    });
}
