import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  formatCsvIssue,
  formatVietnameseDate,
  formatVietnameseNumber,
  importLegalDocumentCsvBytes,
  registerLegalDocuments,
  todayInVietnam,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import type { Command } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { jsonPieces, readFileBytes, writeFileAtomic } from '../files';
import { CliError, type CliIo } from '../io';

interface ImportOptions {
  bundle?: string;
  issuerKind: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The bundle to add to: the file when it exists, else a new empty one written there. */
async function targetBundle(path: string): Promise<WorkspaceBundle> {
  if (await exists(path)) return readWorkspaceBundle(path);
  return WorkspaceBundleSchema.parse({
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: new Date().toISOString(),
  });
}

/**
 * `niemyet documents import FILE.csv [--bundle BUNDLE.json]`: a legal-document list into the
 * registry of a workspace bundle, with the review tasks its amending, replacing and abolishing
 * documents create. Without --bundle the file is only checked.
 */
export function registerDocumentsCommand(program: Command, io: CliIo): void {
  const documents = program
    .command('documents')
    .summary('sổ văn bản quy phạm pháp luật / legal-document registry')
    .description(
      [
        'Sổ văn bản quy phạm pháp luật: văn bản, hiệu lực và quan hệ sửa đổi, thay thế, bãi bỏ.',
        'The legal-document registry: documents, their dates and what amends, replaces or abolishes what.',
      ].join('\n'),
    );
  documents
    .command('import')
    .summary('nhập danh mục văn bản từ CSV / import a legal-document CSV')
    .description(
      [
        'Nhập danh mục văn bản (CSV: số ký hiệu, loại, cơ quan ban hành, trích yếu, ngày ban hành, ngày hiệu lực, ngày hết hiệu lực, quan hệ) vào gói dữ liệu, kèm nhiệm vụ rà soát cho mỗi thủ tục viện dẫn văn bản bị sửa đổi, thay thế, bãi bỏ. Có lỗi thì không ghi gì. Không có --bundle thì chỉ kiểm tra tệp.',
        'Import a legal-document CSV into a workspace bundle, with a review task for each procedure citing a document the new ones amend, replace or abolish. On any error nothing is written. Without --bundle the file is only checked.',
      ].join('\n'),
    )
    .argument('<file>', 'tệp CSV danh mục văn bản: UTF-8, UTF-16 hoặc Windows-1258 (legal-document CSV file)')
    .option(
      '-b, --bundle <bundle>',
      'gói dữ liệu JSON để thêm vào; chưa có thì tạo mới (workspace bundle to add to; created when absent)',
    )
    .option(
      '--issuer-kind <kind>',
      'cấp công bố, chọn quy tắc thời hạn: province (5 ngày làm việc) hoặc ministry (20) (who publishes: picks the deadline rule)',
      'province',
    )
    .action(async (file: string, options: ImportOptions) => {
      const bundle = options.bundle ? await targetBundle(options.bundle) : null;
      const today = todayInVietnam();
      const result = importLegalDocumentCsvBytes(await readFileBytes(file), {
        today,
        existing: bundle?.legalDocuments ?? [],
      });
      if (!result.ok) {
        for (const issue of result.errors) io.err(`Lỗi (error): ${formatCsvIssue(issue)}`);
        throw new CliError(
          `Không nhập «${basename(file)}»: ${formatVietnameseNumber(result.errors.length)} lỗi, không ghi tệp nào (import refused: ${result.errors.length} errors, nothing written)`,
        );
      }
      for (const issue of result.warnings) io.err(`Cảnh báo (warning): ${formatCsvIssue(issue)}`);
      const count = result.documents.length;
      const related = result.documents.filter((d) => d.relations.length > 0).length;
      if (!bundle || !options.bundle) {
        io.out(
          [
            `Tệp «${file}» hợp lệ: ${formatVietnameseNumber(count)} văn bản, ${formatVietnameseNumber(related)} văn bản sửa đổi, thay thế hoặc bãi bỏ văn bản khác. Không ghi tệp nào: dùng --bundle để thêm vào gói dữ liệu.`,
            `The file is valid: ${count} documents, ${related} acting on others. Nothing written: use --bundle to add them to a bundle.`,
          ].join('\n'),
        );
        return;
      }
      let registered: ReturnType<typeof registerLegalDocuments>;
      try {
        registered = registerLegalDocuments(bundle, result.documents, options.issuerKind);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
      const { tasks } = registered;
      const out = { ...registered.bundle, exportedAt: new Date().toISOString() };
      await writeFileAtomic(
        options.bundle,
        (function* () {
          yield* jsonPieces(out);
          yield '\n';
        })(),
      );
      const due = tasks.map((t) => t.dueOn).filter((d): d is string => d !== null);
      // ISO dates sort as text: the first after sorting is the earliest.
      const earliest = due.sort()[0] ?? null;
      io.out(
        [
          `Đã thêm ${formatVietnameseNumber(count)} văn bản vào «${options.bundle}» (sổ có ${formatVietnameseNumber(out.legalDocuments.length)} văn bản), tạo ${formatVietnameseNumber(tasks.length)} nhiệm vụ rà soát${earliest ? `, hạn sớm nhất ${formatVietnameseDate(earliest)}` : ''}.`,
          `Added ${count} documents (registry now ${out.legalDocuments.length}), created ${tasks.length} review tasks${earliest ? `, earliest due ${earliest}` : ''}.`,
        ].join('\n'),
      );
    });
}
