import { z } from 'zod';

/**
 * Why a pull, or one of its pages, stopped or was left out — as a stable `code` with
 * parameters, so every screen (CLI, extension, console, the server's watches) says it in its
 * user's language. `message` is the English text, for logs; `pullProblemText` gives both.
 */

export const PULL_PROBLEM_CODES = [
  'pull.scheme-refused',
  'pull.redirect-off-origin',
  'pull.redirect-body-off-origin',
  'pull.redirect-hidden',
  'pull.too-many-redirects',
  'pull.timeout',
  'pull.too-large',
  'pull.network',
  'pull.http-status',
  'pull.link-off-origin',
  'pull.link-not-http',
  'pull.page-cap',
  'pull.page-repeated',
  'pull.no-new-rows',
  'pull.state-corrupt',
] as const;
export type PullProblemCode = (typeof PULL_PROBLEM_CODES)[number];

export const PullProblemSchema = z.object({
  code: z.enum(PULL_PROBLEM_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type PullProblem = z.infer<typeof PullProblemSchema>;
type Params = PullProblem['params'];

const p = (params: Params, name: string) => String(params[name] ?? '');
const mb = (bytes: unknown) => `${Math.round((Number(bytes) / 1_048_576) * 10) / 10} MB`;

const TEXTS: Record<PullProblemCode, { vi(params: Params): string; en(params: Params): string }> = {
  'pull.scheme-refused': {
    vi: (x) => `Chỉ tải địa chỉ http hoặc https: «${p(x, 'url')}»`,
    en: (x) => `Only http and https addresses are fetched: ${p(x, 'url')}`,
  },
  'pull.redirect-off-origin': {
    vi: (x) => `Cổng chuyển hướng sang máy chủ khác, không theo: ${p(x, 'from')} → ${p(x, 'to')}`,
    en: (x) => `The portal redirected to another origin, not followed: ${p(x, 'from')} → ${p(x, 'to')}`,
  },
  'pull.redirect-body-off-origin': {
    vi: (x) =>
      `Cổng yêu cầu gửi lại dữ liệu POST sang máy chủ khác, không theo: ${p(x, 'from')} → ${p(x, 'to')}`,
    en: (x) =>
      `The portal asked to resend a POST body to another origin, refused: ${p(x, 'from')} → ${p(x, 'to')}`,
  },
  'pull.redirect-hidden': {
    vi: (x) =>
      `Cổng chuyển hướng nhưng trình duyệt không cho biết tới đâu; hãy mở địa chỉ đích rồi tải từ đó: ${p(x, 'url')}`,
    en: (x) =>
      `The portal redirected and the browser hides where to; open the final address and pull from there: ${p(x, 'url')}`,
  },
  'pull.too-many-redirects': {
    vi: (x) => `Quá ${p(x, 'max')} lần chuyển hướng: ${p(x, 'url')}`,
    en: (x) => `More than ${p(x, 'max')} redirects: ${p(x, 'url')}`,
  },
  'pull.timeout': {
    vi: (x) => `Cổng không trả lời xong trong ${Number(x.ms) / 1000} giây: ${p(x, 'url')}`,
    en: (x) => `No complete answer from the portal within ${Number(x.ms) / 1000} s: ${p(x, 'url')}`,
  },
  'pull.too-large': {
    vi: (x) => `Trang lớn hơn giới hạn ${mb(x.maxBytes)}, đã dừng đọc: ${p(x, 'url')}`,
    en: (x) => `The page is larger than the ${mb(x.maxBytes)} cap, reading stopped: ${p(x, 'url')}`,
  },
  'pull.network': {
    vi: (x) => `Lỗi mạng khi tải ${p(x, 'url')}: ${p(x, 'detail')}`,
    en: (x) => `Network error fetching ${p(x, 'url')}: ${p(x, 'detail')}`,
  },
  'pull.http-status': {
    vi: (x) => `Cổng trả lời HTTP ${p(x, 'status')}: ${p(x, 'url')}`,
    en: (x) => `HTTP ${p(x, 'status')}: ${p(x, 'url')}`,
  },
  'pull.link-off-origin': {
    vi: (x) => `Không tải liên kết sang máy chủ khác (${p(x, 'kind')}): ${p(x, 'url')}`,
    en: (x) => `A ${p(x, 'kind')} link to another origin was not fetched: ${p(x, 'url')}`,
  },
  'pull.link-not-http': {
    vi: (x) => `Không tải liên kết không phải http(s) (${p(x, 'kind')}): ${p(x, 'url')}`,
    en: (x) => `A ${p(x, 'kind')} link that is not http(s) was not fetched: ${p(x, 'url')}`,
  },
  'pull.page-cap': {
    vi: (x) => `Đã đạt giới hạn ${p(x, 'maxPages')} trang; danh sách có thể chưa đầy đủ`,
    en: (x) => `Stopped at the ${p(x, 'maxPages')}-page cap; the listing may be incomplete`,
  },
  'pull.page-repeated': {
    vi: (x) => `Trang lặp lại trang đã tải (${p(x, 'sameAs')}), coi như hết danh sách: ${p(x, 'url')}`,
    en: (x) =>
      `The page repeats one already read (${p(x, 'sameAs')}); taken as the listing's end: ${p(x, 'url')}`,
  },
  'pull.no-new-rows': {
    vi: (x) => `Trang không có dòng mới, coi như hết danh sách: ${p(x, 'url')}`,
    en: (x) => `The page brings no new rows; taken as the listing's end: ${p(x, 'url')}`,
  },
  'pull.state-corrupt': {
    vi: (x) =>
      `Tệp trạng thái «${p(x, 'path')}» bị hỏng (${p(x, 'detail')}); xoá tệp hoặc chạy lại với --restart để tải lại từ đầu`,
    en: (x) =>
      `The pull state file ${p(x, 'path')} is corrupt (${p(x, 'detail')}); delete it or run with --restart to start over`,
  },
};

export function pullProblem(code: PullProblemCode, params: Params): PullProblem {
  return { code, params, message: TEXTS[code].en(params) };
}

/** The problem in Vietnamese and in English. */
export function pullProblemText(problem: Pick<PullProblem, 'code' | 'params'>): { vi: string; en: string } {
  const texts = TEXTS[problem.code];
  return { vi: texts.vi(problem.params), en: texts.en(problem.params) };
}

/**
 * A problem thrown across a boundary (the fetch module, the state loader). `retryable` says
 * whether another attempt may succeed: a timeout may, a redirect to another host never will.
 */
export class PullError extends Error {
  override readonly name = 'PullError';
  readonly code: PullProblemCode;
  readonly params: Params;
  constructor(
    readonly problem: PullProblem,
    readonly retryable = false,
  ) {
    super(problem.message);
    this.code = problem.code;
    this.params = problem.params;
  }
}

export function isPullError(error: unknown): error is PullError {
  return error instanceof PullError;
}
