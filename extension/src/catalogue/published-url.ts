/**
 * Where a Niêm yết server publishes its catalogue, and how the poll names the copy it holds.
 * Shared by the options page (which suggests the URL once the console is connected) and the
 * background's URL poll.
 */

/** The path of the published catalogue on a Niêm yết server (public, served with its hash as ETag). */
export const PUBLISHED_CATALOGUE_PATH = '/api/catalogue/published';

/** `<origin>/api/catalogue/published`: the URL to poll on the server a console runs on. */
export function publishedCatalogueUrl(consoleOrigin: string): string {
  return `${new URL(consoleOrigin).origin}${PUBLISHED_CATALOGUE_PATH}`;
}

/** A strong ETag as the server sends it: the snapshot's hash in double quotes. */
export function etagOfHash(hash: string): string {
  return `"${hash}"`;
}
