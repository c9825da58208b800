import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditRows, buildAuditReport, sha256Hex, snapshotCatalogueIndex } from '@niemyet/core';
import {
  createPullFetcher,
  createPullState,
  DEFAULT_MAX_PAGES,
  GUARDED_FETCH_DEFAULTS,
  isFetchableUrl,
  isPullError,
  type PullProblem,
  type PullState,
  parsePullState,
  pullAuditInputs,
  pullCompleteScope,
  pullProblem,
  pullProblemText,
  readPulledPage,
  restListingPullUrl,
  runPull,
} from '@niemyet/portal';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { auditSummaryLine, renderAuditReport } from '../audit-output';
import { parseDateOption } from '../date-option';
import { writeFileAtomic } from '../files';
import { readHtml } from '../html-page';
import { CliError, type CliIo, EXIT_USAGE } from '../io';
import { createProgressReporter } from '../progress';
import { defaultAuditDate, readCatalogueSnapshot } from '../snapshot-file';

interface PullOptions {
  catalogue: string;
  out?: string;
  concurrency: number;
  delay: number;
  retries: number;
  timeout: number;
  maxPages: number;
  maxBytes: number;
  allowHost: string[];
  restart: boolean;
  details: boolean;
  at?: string;
  scopeLevel: string[];
  scopeField: string[];
  via: 'auto' | 'html' | 'rest';
}

/** Exit code of a pull the user stopped (128 + SIGINT), as shells report Ctrl-C. */
const EXIT_CANCELLED = 130;
const STATE_FILE = 'pull-state.json';
const USER_AGENT = 'niemyet/0.1 (audit of published administrative procedures)';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`cần một số nguyên không âm (expected a whole number): «${value}»`);
  return n;
}

function atLeastOne(value: string): number {
  const n = positiveInteger(value);
  if (n < 1)
    throw new InvalidArgumentError(`cần một số nguyên ≥ 1 (expected a whole number ≥ 1): «${value}»`);
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** A pull problem as this CLI says everything: Vietnamese first, English after. */
function say(problem: Pick<PullProblem, 'code' | 'params'>): string {
  const { vi, en } = pullProblemText(problem);
  return `${vi} (${en})`;
}

async function loadState(path: string): Promise<PullState | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return parsePullState(text, path);
  } catch (error) {
    if (isPullError(error)) throw new CliError(say(error.problem));
    throw error;
  }
}

/** `niemyet-pull-thutuc.dichvucong.gov.vn-3f9a1c2b`: the listing's host and a short hash of its URL. */
function defaultOutDir(listingUrl: string): string {
  return `niemyet-pull-${new URL(listingUrl).host.replace(/[^\w.-]+/g, '_')}-${sha256Hex(listingUrl).slice(0, 8)}`;
}

/** `niemyet pull URL --catalogue SNAPSHOT.json`: crawl a whole listing, keep evidence, audit it. */
export function registerPullCommand(program: Command, io: CliIo): void {
  program
    .command('pull')
    .summary('tải toàn bộ danh sách trên cổng và đối chiếu / crawl a portal listing and audit it')
    .description(
      [
        'Tải mọi trang của một danh sách thủ tục (và, với --details, trang chi tiết của từng thủ tục), lịch sự: ít yêu cầu cùng lúc, có nghỉ giữa các yêu cầu, thử lại khi lỗi. Mỗi trang được lưu làm bằng chứng; dừng bằng Ctrl-C và chạy lại cùng lệnh để tiếp tục. Kết quả đối chiếu ghi vào audit.json và audit.csv.',
        'Fetch every page of a procedure listing (and with --details each procedure’s detail page) politely: few requests at a time, a pause between them, retries with back-off. Every page is saved as evidence; stop with Ctrl-C and run the same command again to resume. The audit goes to audit.json and audit.csv.',
      ].join('\n'),
    )
    .argument('<url>', 'địa chỉ trang danh sách (listing page URL)')
    .addOption(
      new Option(
        '--via <source>',
        'đọc danh sách quốc gia qua dịch vụ JSON (rest) hay trang HTML (html); auto: rest cho Cổng quốc gia (how to read the national listing: its JSON service or the HTML pages)',
      )
        .choices(['auto', 'html', 'rest'])
        .default('auto'),
    )
    .requiredOption('--catalogue <file>', 'danh mục niemyet.catalogue (catalogue snapshot JSON)')
    .option(
      '--out <dir>',
      'thư mục kết quả; mặc định niemyet-pull-<máy chủ>-<mã của địa chỉ> (output folder)',
    )
    .option('--details', 'tải cả trang chi tiết từng thủ tục (also fetch every detail page)', false)
    .option('--concurrency <n>', 'số yêu cầu cùng lúc (parallel requests)', positiveInteger, 2)
    .option(
      '--delay <ms>',
      'nghỉ sau mỗi yêu cầu, mili giây (pause after each request)',
      positiveInteger,
      500,
    )
    .option('--retries <n>', 'số lần thử lại một trang lỗi (retries per page)', positiveInteger, 3)
    .option(
      '--timeout <ms>',
      'thời gian tối đa cho mỗi yêu cầu, kể cả chuyển hướng và đọc hết trang (per-request timeout, body included)',
      atLeastOne,
      GUARDED_FETCH_DEFAULTS.timeoutMs,
    )
    .option(
      '--max-pages <n>',
      'số trang danh sách tối đa, dù cổng báo bao nhiêu kết quả (listing pages at most)',
      atLeastOne,
      DEFAULT_MAX_PAGES,
    )
    .option(
      '--max-bytes <n>',
      'kích thước tối đa của một trang, byte (largest page read, in bytes)',
      atLeastOne,
      GUARDED_FETCH_DEFAULTS.maxBytes,
    )
    .option(
      '--allow-host <host>',
      'cho phép chuyển hướng và liên kết sang máy chủ này (also follow redirects and links to this host; repeatable)',
      collect,
      [],
    )
    .option('--restart', 'bỏ trạng thái cũ, tải lại từ đầu (ignore a saved state and start over)', false)
    .option('--at <date>', 'ngày đối chiếu, mặc định hôm nay (audit date, default today)', parseDateOption)
    .option(
      '--scope-level <level>',
      'danh sách bao trọn cấp này (the listing covers this level; repeatable)',
      collect,
      [],
    )
    .option(
      '--scope-field <field>',
      'danh sách bao trọn lĩnh vực này (the listing covers this field; repeatable)',
      collect,
      [],
    )
    .action(async (startUrl: string, options: PullOptions) => {
      try {
        new URL(startUrl);
      } catch {
        throw new CliError(`Địa chỉ không hợp lệ (invalid URL): «${startUrl}»`, EXIT_USAGE);
      }
      if (!isFetchableUrl(startUrl))
        throw new CliError(say(pullProblem('pull.scheme-refused', { url: startUrl })), EXIT_USAGE);
      if (options.concurrency < 1)
        throw new CliError('--concurrency phải ≥ 1 (must be at least 1)', EXIT_USAGE);
      // The national listing page renders its rows with script: its JSON service is the
      // listing itself (the same rows, paged, with the total).
      const restUrl = options.via === 'html' ? null : restListingPullUrl(startUrl);
      if (options.via === 'rest' && restUrl === null) {
        throw new CliError(
          '--via rest chỉ dùng cho trang danh sách của Cổng quốc gia (only for the national listing page)',
          EXIT_USAGE,
        );
      }
      // One folder per listing by default: pulls of different listings never overwrite each
      // other, and the same command finds its own folder again to resume.
      const out = options.out ?? defaultOutDir(startUrl);
      if (restUrl) startUrl = restUrl;
      const snapshot = await readCatalogueSnapshot(options.catalogue);
      const at = options.at ?? defaultAuditDate(snapshot);
      const index = snapshotCatalogueIndex(snapshot, at);

      const pagesDir = join(out, 'pages');
      await mkdir(pagesDir, { recursive: true });
      const statePath = join(out, STATE_FILE);
      const previous = options.restart ? null : await loadState(statePath);
      let state: PullState;
      if (previous && previous.startUrl !== startUrl) {
        throw new CliError(
          `«${out}» đang chứa lần tải của danh sách khác (${previous.startUrl}); chọn --out khác hoặc xoá thư mục (the folder holds another listing's pull)`,
        );
      }
      if (previous && previous.status !== 'done') {
        if (previous.withDetails !== options.details) {
          throw new CliError(
            `«${out}» đang chứa một lần tải ${previous.withDetails ? 'có' : 'không có'} --details chưa xong; chạy lại đúng như trước để tiếp tục, hoặc chọn --out khác (an unfinished pull ${previous.withDetails ? 'with' : 'without'} --details is in the folder)`,
          );
        }
        state = previous;
        const done = state.pages.filter((p) => p.status === 'done').length;
        io.err(`Tiếp tục lần tải trước: ${done}/${state.pages.length} trang đã có (resuming)`);
      } else {
        state = createPullState(startUrl, options.details, new Date().toISOString());
      }

      // Writes are queued so two pages finishing together never interleave one file.
      let writing = Promise.resolve();
      const saveState = (s: PullState) => {
        const text = JSON.stringify(s);
        writing = writing.then(() => writeFileAtomic(statePath, text));
        return writing;
      };
      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.once('SIGINT', onSigint);
      const progress = createProgressReporter();
      try {
        state = await runPull(state, {
          fetchPage: createPullFetcher({
            fetch,
            startUrl: state.startUrl,
            allowHosts: options.allowHost,
            timeoutMs: options.timeout,
            maxBytes: options.maxBytes,
            headers: { 'user-agent': USER_AGENT },
          }),
          readPage: (body, url) => readPulledPage(body, url, readHtml),
          maxPages: options.maxPages,
          allowHosts: options.allowHost,
          concurrency: options.concurrency,
          delayMs: options.delay,
          retries: options.retries,
          signal: controller.signal,
          saveState,
          onProgress: (p) => progress.update(p),
          onFetched: (kind, url, body) =>
            writeFile(join(pagesDir, `${kind}-${sha256Hex(url).slice(0, 16)}.html`), body, 'utf8'),
        });
      } finally {
        process.removeListener('SIGINT', onSigint);
        progress.finish();
        await writing;
      }
      if (state.status === 'cancelled') {
        throw new CliError(
          `Đã dừng; chạy lại cùng lệnh để tiếp tục (stopped; run the same command again to resume). Trạng thái: ${statePath}`,
          EXIT_CANCELLED,
        );
      }

      const readAt = new Date().toISOString();
      const result = auditRows(pullAuditInputs(state), index, {
        at: readAt,
        completeScope: pullCompleteScope(state, { levels: options.scopeLevel, fields: options.scopeField }),
      });
      const report = buildAuditReport(result, readAt);
      await writeFileAtomic(join(out, 'audit.json'), renderAuditReport(report, 'json'));
      await writeFileAtomic(join(out, 'audit.csv'), renderAuditReport(report, 'csv'));
      io.out(auditSummaryLine(report));
      io.out(`Kết quả (report): ${join(out, 'audit.json')}, ${join(out, 'audit.csv')}`);

      reportLimits(state, io);
      const failed = [...state.pages, ...state.details].filter((t) => t.status === 'failed');
      if (failed.length > 0) {
        const list = failed
          .slice(0, 10)
          .map((t) =>
            t.problem && t.problem.code !== 'pull.http-status'
              ? `  ${say(t.problem)}`
              : `  ${t.url}: ${t.error}`,
          )
          .join('\n');
        throw new CliError(
          `${failed.length} trang không tải được; kết quả chưa đầy đủ — chạy lại để thử lại (pages failed; the audit is incomplete, run again to retry):\n${list}`,
        );
      }
    });
}

/**
 * What the pull chose not to do and why: links left alone (another origin, not http), the
 * listing taken as ended early, the page cap. A capped listing is incomplete: that fails the
 * command like a failed page does.
 */
function reportLimits(state: PullState, io: CliIo): void {
  const skipped = state.skipped ?? [];
  if (skipped.length > 0) {
    io.err(`${skipped.length} liên kết không được tải (links not followed):`);
    for (const problem of skipped.slice(0, 10)) io.err(`  ${say(problem)}`);
  }
  if (state.ended) io.err(say(state.ended));
  if (state.capped) {
    throw new CliError(
      `${say(state.capped)}; tăng --max-pages nếu danh sách thật sự dài hơn (raise --max-pages if the listing really is longer)`,
    );
  }
}
