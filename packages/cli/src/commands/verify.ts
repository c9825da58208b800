import { verifyChangeLog } from '@niemyet/core';
import type { Command } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { CliError, type CliIo } from '../io';
import { viNumber } from '../numbers';

/** `niemyet verify BUNDLE.json`: recomputes the change log's hash chain. */
export function registerVerifyCommand(program: Command, io: CliIo): void {
  program
    .command('verify')
    .summary('kiểm tra sổ thay đổi chưa bị sửa / check the change log is untampered')
    .description(
      [
        'Kiểm tra chuỗi băm của sổ thay đổi trong gói dữ liệu; nếu có mục bị sửa, xóa, chèn hay đổi chỗ thì báo mục đầu tiên bị hỏng.',
        "Verify the change log's hash chain; on any edited, removed, inserted or moved entry, name the first broken one.",
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .action(async (file: string) => {
      const bundle = await readWorkspaceBundle(file);
      const result = verifyChangeLog(bundle.changeLog);
      if (!result.ok) {
        const entry = bundle.changeLog[result.index];
        const decision = entry?.decisionNumber ?? '—';
        throw new CliError(
          [
            `Sổ thay đổi bị hỏng tại mục thứ ${result.index} (seq ${result.seq}, quyết định ${decision}): ${result.reason}`,
            `Change log broken at index ${result.index} (seq ${result.seq}, decision ${decision}): ${result.reason}`,
          ].join('\n'),
        );
      }
      io.out(
        `Sổ thay đổi nguyên vẹn: ${viNumber(result.count)} mục (change log intact: ${result.count} entries)`,
      );
    });
}
