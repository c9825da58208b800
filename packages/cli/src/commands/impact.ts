import {
  catalogueAt,
  documentImpact,
  findLegalDocument,
  foldCatalogue,
  formatVietnameseDate,
  formatVietnameseNumber,
  legalDocumentStatusOn,
  legalRegistry,
  todayInVietnam,
} from '@niemyet/core';
import { type Command, Option } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { parseDateOption } from '../date-option';
import type { CliIo } from '../io';

interface ImpactOptions {
  at?: string;
  format: 'text' | 'json';
}

/** The export format other tools read: exactly these keys, in this order. */
interface ImpactJson {
  document: string;
  at: string;
  procedures: { code: string | null; name: string }[];
}

const STATUS = {
  not_yet_effective: ['chưa có hiệu lực', 'not yet in force'],
  in_force: ['còn hiệu lực', 'in force'],
  amended: ['đã được sửa đổi, bổ sung', 'partly amended'],
  replaced: ['đã bị thay thế', 'replaced'],
  expired: ['hết hiệu lực', 'expired'],
  abolished: ['đã bị bãi bỏ', 'abolished'],
  cited_only: ['chưa có trong sổ, chỉ được viện dẫn', 'not registered, only cited'],
} as const;

/** `niemyet impact BUNDLE.json NUMBER [--at DATE] [--format text|json]`: procedures citing a document. */
export function registerImpactCommand(program: Command, io: CliIo): void {
  program
    .command('impact')
    .summary('thủ tục viện dẫn một văn bản / procedures citing a legal document')
    .description(
      [
        'Các thủ tục còn hiệu lực vào ngày đã chọn có căn cứ pháp lý là văn bản này, so khớp theo số ký hiệu chuẩn dù viết thế nào (42/2022/NĐCP, Nghị định số 42/2022/NĐ-CP).',
        'The procedures in force on the date that cite the document in their legal basis, matched on the canonical number however either side spelled it.',
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .argument('<number>', 'số ký hiệu văn bản, ví dụ 43/2014/NĐ-CP (document number)')
    .option(
      '--at <date>',
      'vào ngày, dd/mm/yyyy hoặc yyyy-mm-dd; mặc định hôm nay (on this date; default today)',
      parseDateOption,
    )
    .addOption(
      new Option('--format <format>', 'định dạng kết quả (output format)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (file: string, number: string, options: ImpactOptions) => {
      const bundle = await readWorkspaceBundle(file);
      const at = options.at ?? todayInVietnam();
      const active = catalogueAt(foldCatalogue(bundle.baseline, bundle.decisions), at).active;
      const impact = documentImpact(active, number, at);
      if (options.format === 'json') {
        const json: ImpactJson = {
          document: impact.document,
          at: impact.at,
          procedures: impact.procedures.map((p) => ({ code: p.code, name: p.name })),
        };
        io.out(JSON.stringify(json, null, 2));
        return;
      }
      const registry = legalRegistry(bundle.legalDocuments);
      const registered = findLegalDocument(registry, number);
      const [vi, en] =
        STATUS[registered ? legalDocumentStatusOn(registered, registry, at).status : 'cited_only'];
      const count = impact.procedures.length;
      const lines = [
        `Văn bản ${impact.document} — ${vi} — ngày ${formatVietnameseDate(at)}: ${formatVietnameseNumber(count)} thủ tục viện dẫn.`,
        `Document ${impact.document} (${en}) on ${at}: ${count} procedures cite it.`,
        ...impact.procedures.map((p) => `  ${p.code ?? '(chưa có mã / no code)'}  ${p.name}`),
      ];
      io.out(lines.join('\n'));
    });
}
