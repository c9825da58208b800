/**
 * Links to the review desk (`#/reviews`, its own section): the tasks of one document, or all.
 * Plain hash addresses rather than typed router links: the reviews section owns its routes
 * and their search parameters (`document=` the canonical number).
 */
export function reviewsHref(documentNumber?: string): string {
  return documentNumber === undefined
    ? '#/reviews'
    : `#/reviews?${new URLSearchParams({ document: documentNumber }).toString()}`;
}
