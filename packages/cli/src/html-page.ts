import { pathToFileURL } from 'node:url';
import { asDomDocument, type ReadPageResult, readPage } from '@niemyet/portal';
import { parseHTML } from 'linkedom';

/**
 * Pages are parsed with linkedom: a DOM for Node without a browser, fast on 2,000-row
 * listings. Readers see a standard `Document`, the same as in the extension.
 */
export function readHtml(html: string, url: string): ReadPageResult {
  const { document } = parseHTML(html);
  return readPage(asDomDocument(document), url);
}

/** A saved page's URL when the user gives none: its file URL (adapters then go by structure). */
export function fileUrlOf(path: string): string {
  return pathToFileURL(path).href;
}
