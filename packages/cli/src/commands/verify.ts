import {
  type ExpectedChangeLogHead,
  formatChangeLogHead,
  formatVietnameseNumber,
  parseChangeLogHead,
} from '@niemyet/core';
import { type Command, InvalidArgumentError } from 'commander';
import { readWorkspaceBundle } from '../bundle-file';
import { checkExpectedHead, checkWorkspaceHistory, legacyEntriesWarning } from '../change-log-check';
import { CliError, type CliIo } from '../io';
import { readCatalogueSnapshot } from '../snapshot-file';

interface VerifyOptions {
  expectHead: ExpectedChangeLogHead[];
  snapshot: string[];
}

/**
 * `niemyet verify BUNDLE.json [--expect-head HEAD]… [--snapshot SNAPSHOT.json]…`: recomputes
 * the change log's hash chain, checks the issued decisions against what the log recorded of
 * them, prints the log's head, and checks that the log still reaches heads recorded earlier.
 */
export function registerVerifyCommand(program: Command, io: CliIo): void {
  program
    .command('verify')
    .summary(
      'kiểm tra sổ thay đổi và quyết định chưa bị sửa / check the change log and decisions are untampered',
    )
    .description(
      [
        'Kiểm tra chuỗi băm của sổ thay đổi trong gói dữ liệu (nếu có mục bị sửa, xóa, chèn hay đổi chỗ thì báo mục đầu tiên bị hỏng), đối chiếu từng quyết định đã ban hành với sổ (quyết định hay thủ tục bị sửa thì báo tên), rồi in đầu sổ (số mục:mã băm). Với --expect-head hoặc --snapshot, báo lỗi nếu sổ không còn đi qua đầu sổ đã ghi nhận (bị cắt bớt hoặc viết lại).',
        "Verify the change log's hash chain (naming the first edited, removed, inserted or moved entry), check every issued decision against the log (naming an edited decision or item), and print the log's head (count:hash). With --expect-head or --snapshot, fail when the log no longer reaches a head recorded earlier (cut short or rewritten).",
      ].join('\n'),
    )
    .argument('<bundle>', 'tệp gói dữ liệu JSON (workspace bundle JSON)')
    .option(
      '--expect-head <head>',
      'đầu sổ đã ghi nhận, SỐ_MỤC:MÃ_BĂM hoặc MÃ_BĂM; lặp lại được (a head recorded earlier, COUNT:HASH or HASH; repeatable)',
      collectHead,
      [],
    )
    .option(
      '--snapshot <file>',
      'danh mục đã công bố: sổ phải đi qua đầu sổ ghi trong đó; lặp lại được (a published snapshot whose head the log must reach; repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action(async (file: string, options: VerifyOptions) => {
      const bundle = await readWorkspaceBundle(file);
      const expected: { head: ExpectedChangeLogHead; source: string }[] = options.expectHead.map((head) => ({
        head,
        source: head.count === null ? head.headHash : `${head.count}:${head.headHash}`,
      }));
      for (const path of options.snapshot) {
        const snapshot = await readCatalogueSnapshot(path);
        if (!snapshot.changeLog)
          throw new CliError(
            [
              `Danh mục «${path}» không ghi đầu sổ thay đổi (danh mục phiên bản 1, hoặc không lập từ sổ thay đổi) nên không đối chiếu được.`,
              `The snapshot «${path}» records no change-log head (a version-1 snapshot, or one not built from a change log): nothing to check against.`,
            ].join('\n'),
          );
        expected.push({
          head: snapshot.changeLog,
          source: `${formatChangeLogHead(snapshot.changeLog)} (danh mục / snapshot «${path}»)`,
        });
      }

      const check = checkWorkspaceHistory(bundle);
      const failures = [...check.failures];
      if (check.chain.ok)
        for (const { head, source } of expected) {
          const failure = checkExpectedHead(bundle, head, source);
          if (failure) failures.push(failure);
        }
      const warning = legacyEntriesWarning(check.decisions);
      if (warning) io.err(warning);
      if (failures.length > 0) throw new CliError(failures.join('\n'));

      const { decisions, head } = check;
      io.out(
        [
          `Sổ thay đổi nguyên vẹn: ${formatVietnameseNumber(head.count)} mục (change log intact: ${head.count} entries)`,
          `Quyết định khớp sổ thay đổi: ${formatVietnameseNumber(decisions.decisions)} quyết định đã ban hành, ${formatVietnameseNumber(decisions.items)} thủ tục (decisions match the log: ${decisions.decisions} issued decisions, ${decisions.items} items)`,
          ...expected.map(({ source }) => `Sổ đi qua đầu sổ ${source} (the log reaches the recorded head)`),
          `Đầu sổ (head): ${formatChangeLogHead(head)}`,
        ].join('\n'),
      );
    });
}

/** Commander parser for `--expect-head`, collecting repeated options. */
function collectHead(value: string, previous: ExpectedChangeLogHead[]): ExpectedChangeLogHead[] {
  const head = parseChangeLogHead(value);
  if (head === null)
    throw new InvalidArgumentError(
      `đầu sổ không hợp lệ «${value}»; dùng SỐ_MỤC:MÃ_BĂM hoặc MÃ_BĂM (64 chữ số hex) (invalid head: use COUNT:HASH or HASH, 64 hex digits)`,
    );
  return [...previous, head];
}
