import {
  catalogueAt,
  foldCatalogue,
  formatVietnameseDate,
  formatVietnameseNumber,
  levelLabel,
  type Office,
  OfficeSchema,
  type ProcedureVersion,
  parseLevel,
  postingSheet,
  searchKey,
  todayInVietnam,
} from '@niemyet/core';
import { postingSheetDocx } from '@niemyet/exports';
import type { Command } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { closestNames } from '../closest-names';
import { parseDateOption } from '../date-option';
import { CliError, type CliIo, EXIT_FAILURE, EXIT_USAGE } from '../io';
import { writeOutputAtomic } from '../output-file';

interface PostingOptions {
  agency?: string;
  level?: string;
  officeName?: string;
  area?: string;
  address?: string;
  at?: string;
  out: string;
}

/**
 * `niemyet posting BUNDLE.json --agency NAME [--level LEVEL] [--at DATE] --out FILE.docx`:
 * the posting sheet of an office (an agency's counter, or a level's one-stop office) as the
 * server writes it, from the catalogue in force on the date.
 */
export function registerPostingCommand(program: Command, io: CliIo): void {
  program
    .command('posting')
    .summary('danh mục TTHC niêm yết tại một nơi ra tệp Word / a posting sheet as DOCX')
    .description(
      [
        'Tạo danh mục thủ tục hành chính niêm yết tại Bộ phận Một cửa của một cơ quan (hoặc một cấp) vào ngày đã chọn, theo lĩnh vực, kèm mã QR mở trang thủ tục trên Cổng Dịch vụ công quốc gia, thành tệp Word (.docx). Tên cơ quan so khớp không phân biệt dấu, hoa thường.',
        "Write the posting sheet of an agency's (or a level's) one-stop office on the date, grouped by field, with QR codes opening each procedure's page on the national portal, as a Word document. The agency is matched without regard to diacritics or case.",
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .option('--agency <name>', 'cơ quan thực hiện như danh mục ghi, vd. "Sở Tư pháp" (agency as written)')
    .option('--level <level>', 'cấp thực hiện, vd. commune hoặc "Cấp Xã" (level)')
    .option('--office-name <text>', 'tên nơi niêm yết trên tiêu đề (office name for the heading)')
    .option('--area <text>', 'địa bàn, vd. "Xã Tân Phú" (area for the heading)')
    .option('--address <text>', 'địa chỉ nơi niêm yết (address for the heading)')
    .option(
      '--at <date>',
      'áp dụng từ ngày, dd/mm/yyyy hoặc yyyy-mm-dd; mặc định hôm nay (valid from; default today)',
      parseDateOption,
    )
    .requiredOption('-o, --out <file>', 'tệp .docx kết quả (output .docx file)')
    .action(async (file: string, options: PostingOptions) => {
      if (!options.agency?.trim() && !options.level?.trim())
        throw new CliError(
          'Cần --agency hoặc --level: nơi niêm yết nhận thủ tục của một cơ quan hoặc một cấp (give --agency or --level)',
          EXIT_USAGE,
        );
      const bundle = await readWorkspaceBundle(file);
      const at = options.at ?? todayInVietnam();
      const active = [...catalogueAt(foldCatalogue(bundle.baseline, bundle.decisions), at).active.values()];
      const office = officeOf(options, active);
      const sheet = postingSheet(office, active, at);
      if (sheet.total === 0) throw new CliError(nothingPosted(options, active, at), EXIT_FAILURE);
      const docx = await postingSheetDocx(sheet);
      await writeOutputAtomic(options.out, async (output) => {
        output.end(docx);
      });
      io.out(
        `Đã ghi ${formatVietnameseNumber(sheet.total)} thủ tục vào «${options.out}» (posting sheet written: ${sheet.total} procedures, valid from ${formatVietnameseDate(at)})`,
      );
    });
}

/**
 * The office the options describe. Its heading names the agency as the catalogue writes it
 * (the first procedure's spelling), however it was typed on the command line.
 */
function officeOf(options: PostingOptions, active: readonly ProcedureVersion[]): Office {
  const agency = options.agency?.trim() || null;
  const level = options.level?.trim() ? parseLevel(options.level) : null;
  const agencyKey = agency ? searchKey(agency) : null;
  const written = agencyKey
    ? active.find((version) => version.agency && searchKey(version.agency) === agencyKey)?.agency
    : undefined;
  const name =
    options.officeName?.trim() ||
    written ||
    agency ||
    `Bộ phận Một cửa ${levelLabel(level ?? '', 'vi').toLocaleLowerCase('vi')}`;
  const parsed = OfficeSchema.safeParse({
    id: 'cli',
    name,
    area: options.area?.trim() || null,
    address: options.address?.trim() || null,
    scope: { agencies: agency ? [agency] : [], levels: level ? [level] : [] },
  });
  if (!parsed.success)
    throw new CliError(
      `Nơi niêm yết không hợp lệ: ${parsed.error.issues[0]?.message ?? 'không rõ'} (invalid office)`,
      EXIT_USAGE,
    );
  return parsed.data;
}

/** Why the sheet is empty, and what to type instead: the agencies (or levels) the catalogue has. */
function nothingPosted(options: PostingOptions, active: readonly ProcedureVersion[], at: string): string {
  const on = formatVietnameseDate(at);
  const agency = options.agency?.trim();
  if (agency) {
    const key = searchKey(agency);
    const known = active.some((version) => version.agency && searchKey(version.agency) === key);
    if (!known) {
      const hints = closestNames(
        agency,
        active.flatMap((version) => (version.agency ? [version.agency] : [])),
      );
      return [
        `Không có thủ tục nào của cơ quan «${agency}» còn hiệu lực ngày ${on} (no procedure in force for this agency).`,
        hints.length > 0
          ? `Có phải (did you mean): ${hints.map((hint) => `«${hint}»`).join(', ')}?`
          : 'Ghi tên cơ quan như danh mục ghi (write the agency as the catalogue does).',
      ].join('\n');
    }
  }
  const levels = [...new Set(active.flatMap((version) => version.levels))].map((l) => levelLabel(l, 'vi'));
  return [
    `Không có thủ tục nào ${agency ? `của cơ quan «${agency}» ` : ''}ở cấp «${options.level}» còn hiệu lực ngày ${on} (no procedure in force for this agency and level).`,
    levels.length > 0 ? `Các cấp trong danh mục (levels in the catalogue): ${levels.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
