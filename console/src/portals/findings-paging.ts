/**
 * How the inbox reads its findings: a first screenful or so, painted at once, then the rest in
 * pages of the contract's most, up to what the virtual table holds. Apart from the hook
 * (use-findings.ts) so the page's first script (api/early-requests.ts) can ask the first page
 * without the console's code.
 */
export const FINDINGS_FIRST_PAGE = 100;
export const FINDINGS_PAGE = 1000;
export const FINDINGS_VIEW_LIMIT = 50_000;
