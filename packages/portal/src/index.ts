/**
 * @niemyet/portal: page readers for public-service portals. Input a DOM `Document` (browser,
 * happy-dom, linkedom) and its URL; output core types. The hand-built test layouts in
 * `testing/layouts` are deliberately not exported here: tests import `@niemyet/portal/testing`.
 */

export {
  GENERIC_REASONS,
  type GenericListingResult,
  genericAdapter,
  readGenericListing,
} from './adapters/generic/index';
export * from './adapters/national/index';
export { detailAuditInput, listingRowAuditInput } from './audit-input';
export { asDomDocument, type DomLikeDocument } from './dom/as-dom-document';
export { isFetchableUrl, safeLinkValue } from './dom/link-safety';
export * from './jsonrpc/index';
export * from './pull/index';
export { NOT_RECOGNISED, type ReadPageResult, readPage } from './read-page';
export { adapterById, portalAdapters } from './registry';
export type {
  DecisionPage,
  DecisionPageItem,
  DetailPage,
  ListingPage,
  ListingRow,
  PageReading,
  PortalAdapter,
} from './types';
