/**
 * Said on the window when offices or their posting change (an office added, items marked
 * done), so the navigation's overdue count is asked again then rather than on every
 * navigation: GET /api/offices computes every office's checklist, too dear to ask per click.
 */
export const POSTING_CHANGED_EVENT = 'niemyet:posting-changed';

export function announcePostingChanged(): void {
  window.dispatchEvent(new Event(POSTING_CHANGED_EVENT));
}
