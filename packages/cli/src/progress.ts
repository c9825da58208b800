import type { PullProgress } from '@niemyet/portal';

/**
 * Progress of a long pull: one line rewritten in place on a terminal, nothing on a pipe or
 * in CI (where a line per page would bury the result).
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const interactive = Boolean(stream.isTTY);
  let shown = false;
  return {
    update(progress: PullProgress): void {
      if (!interactive) return;
      const phase =
        progress.phase === 'listing' ? 'Trang danh sách (listing pages)' : 'Trang chi tiết (detail pages)';
      const width = 24;
      const filled = progress.total ? Math.round((progress.done / progress.total) * width) : 0;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const failed = progress.failed ? ` · lỗi (failed) ${progress.failed}` : '';
      stream.write(`\r\x1b[2K${phase} ${bar} ${progress.done}/${progress.total}${failed}`);
      shown = true;
    },
    finish(): void {
      if (interactive && shown) stream.write('\n');
      shown = false;
    },
  };
}
