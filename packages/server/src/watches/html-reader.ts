import { asDomDocument, type ReadPageResult, readPage } from '@niemyet/portal';
import { parseHTML } from 'linkedom';

/** Pages are parsed with linkedom, as the CLI's pull does: the same readers, the same readings. */
export function readHtml(html: string, url: string): ReadPageResult {
  const { document } = parseHTML(html);
  return readPage(asDomDocument(document), url);
}
