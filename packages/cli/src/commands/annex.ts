import { decisionOutcome, foldCatalogue, formatVietnameseDate, todayInVietnam } from '@niemyet/core';
import { decisionAnnexDocx } from '@niemyet/exports';
import { type Command, InvalidArgumentError } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { findDecisionsByNumber } from '../decision-number';
import { CliError, type CliIo, EXIT_USAGE } from '../io';
import { writeOutputAtomic } from '../output-file';

interface AnnexOptions {
  out: string;
  year?: number;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value))
    throw new InvalidArgumentError(`năm không hợp lệ «${value}» (invalid year: YYYY)`);
  return Number(value);
}

/** `niemyet annex BUNDLE.json DECISION_NUMBER --out FILE.docx [--year YYYY]`: the decision's annex. */
export function registerAnnexCommand(program: Command, io: CliIo): void {
  program
    .command('annex')
    .summary('phụ lục quyết định công bố ra tệp Word / a decision annex as DOCX')
    .description(
      [
        'Tạo phụ lục của quyết định công bố theo mẫu (Phần I danh mục TTHC mới, sửa đổi, bãi bỏ; Phần II nội dung từng TTHC) thành tệp Word (.docx).',
        "Write the decision's annex in the official layout (Part I: new, amended, abolished procedures; Part II: each procedure's content) as a Word document.",
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .argument('<number>', 'số quyết định như đã ghi, vd. 137/QĐ-UBND (decision number as written)')
    .requiredOption('-o, --out <file>', 'tệp .docx kết quả (output .docx file)')
    .option('--year <year>', 'năm ký, khi số quyết định trùng giữa các năm (year signed)', parseYear)
    .action(async (file: string, number: string, options: AnnexOptions) => {
      const bundle = await readWorkspaceBundle(file);
      const found = findDecisionsByNumber(bundle.decisions, number);
      const candidates =
        options.year === undefined
          ? found
          : found.filter((decision) => decision.signedOn?.startsWith(String(options.year)));
      if (candidates.length === 0)
        throw new CliError(
          `Không có quyết định số «${number}»${options.year ? ` năm ${options.year}` : ''} (no such decision)`,
          EXIT_USAGE,
        );
      if (candidates.length > 1) {
        const list = candidates
          .map((d) => `  ${d.number} ngày ${d.signedOn ? formatVietnameseDate(d.signedOn) : '(chưa ký)'}`)
          .join('\n');
        throw new CliError(
          `Có ${candidates.length} quyết định số «${number}»; chọn năm bằng --year (several decisions bear this number: choose one with --year):\n${list}`,
          EXIT_USAGE,
        );
      }
      const decision = candidates[0]!;
      const history = foldCatalogue(bundle.baseline, bundle.decisions);
      const docx = await decisionAnnexDocx(decision, decisionOutcome(history, decision, todayInVietnam()));
      await writeOutputAtomic(options.out, async (output) => {
        output.end(docx);
      });
      io.out(`Đã ghi phụ lục quyết định ${decision.number} vào «${options.out}» (annex written)`);
    });
}
