/**
 * The page numbers a pager shows: the first, the last, and two either side of the current
 * page, with `null` for a gap. The listing page's inline script repeats this rule when it
 * re-renders the pager in place (see listing-script.ts).
 */
export function pagerWindow(current: number, pages: number): (number | null)[] {
  const shown: (number | null)[] = [];
  let last = 0;
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= 2) {
      if (n - last > 1) shown.push(null);
      shown.push(n);
      last = n;
    }
  }
  return shown;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
