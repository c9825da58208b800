/**
 * Small DOM helpers shared by portal adapters. They use only the DOM APIs that browsers,
 * happy-dom and linkedom all implement (querySelector(All), children, firstChild/nextSibling,
 * nodeType, nodeValue, getAttribute, localName), so every reader runs in the extension, the
 * CLI and tests alike.
 */
export { parseDisplayedCount } from './count';
export {
  createLabelMatcher,
  type LabelDictionary,
  type LabelMatchMode,
  labelKey,
  matchLabel,
} from './labels';
export { browserCleanedHref, isFetchableUrl, safeLinkValue } from './link-safety';
export { cellsOf, type KeyedRow, readKeyedRows, rowsOf, tableBodyRows, tableHeaders } from './table';
export { attributeOf, linesOf, multilineTextOf, textOf, valueOrNull } from './text';
export { hrefOf, queryParam, resolveHref } from './url';
