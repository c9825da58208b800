import type { Command } from 'commander';
import { readTextFile } from '../files';
import { fileUrlOf, readHtml } from '../html-page';
import { CliError, type CliIo } from '../io';

interface ExtractOptions {
  url?: string;
}

/** `niemyet extract PAGE.html [--url URL]`: what a portal page says, as JSON. */
export function registerExtractCommand(program: Command, io: CliIo): void {
  program
    .command('extract')
    .summary('đọc một trang cổng dịch vụ công / read a portal page')
    .description(
      [
        'Đọc trang đã lưu (danh sách thủ tục, chi tiết thủ tục hoặc quyết định công bố) và in kết quả dạng JSON.',
        'Read a saved portal page (procedure listing, procedure detail or publication decision) and print it as JSON.',
      ].join('\n'),
    )
    .argument('<page>', 'tệp HTML đã lưu (saved HTML file)')
    .option('--url <url>', 'địa chỉ gốc của trang, để nhận đúng cổng (the page’s original URL)')
    .action(async (file: string, options: ExtractOptions) => {
      const html = await readTextFile(file);
      const result = readHtml(html, options.url ?? fileUrlOf(file));
      if (result.adapterId === null) throw new CliError(`«${file}»: ${result.reason}`);
      const { reading } = result;
      const adapter = result.adapterId;
      if (reading.kind === 'listing') {
        const { rows, total, nextPageUrl, scope } = reading;
        io.out(JSON.stringify({ kind: 'listing', adapter, total, nextPageUrl, scope, rows }, null, 2));
      } else if (reading.kind === 'detail') {
        io.out(
          JSON.stringify(
            { kind: 'detail', adapter, procedure: reading.procedure, fieldsShown: reading.fieldsShown },
            null,
            2,
          ),
        );
      } else {
        io.out(JSON.stringify({ kind: 'decision', adapter, decision: reading.decision }, null, 2));
      }
    });
}
