/**
 * Links to the review desk (`#/reviews`, its own section): the dashboard, or the task list
 * filtered to one document's tasks (the dashboard takes no filter: it would show them all).
 * Plain hash addresses rather than typed router links: the reviews section owns its routes
 * and their search parameters (`document=` the canonical number).
 */
export function reviewsHref(documentNumber?: string): string {
  return documentNumber === undefined
    ? '#/reviews'
    : `#/reviews/tasks?${new URLSearchParams({ document: documentNumber }).toString()}`;
}
