/**
 * Number of pages a listing of `total` rows takes at `pageSize` rows a page (0 for an empty
 * listing). Throws a RangeError for a non-integer or negative total or a page size below 1.
 */
export function pageCount(total: number, pageSize: number): number {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`pageCount: total must be a whole number ≥ 0, got ${total}`);
  }
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageCount: pageSize must be a whole number ≥ 1, got ${pageSize}`);
  }
  return Math.ceil(total / pageSize);
}
