import type { PageReading, PortalAdapter } from '../../types';
import { readDecisionPage } from './decision-page';
import { readFullDetailPage } from './detail-full';
import { readSummaryPage } from './detail-summary';
import { readListingPage } from './listing-page';
import { isNationalPortalUrl, isSavedNationalPage, nationalPageKind } from './page-kind';

/**
 * The National Public Service Portal (dichvucong.gov.vn, thutuc.dichvucong.gov.vn): procedure
 * listings, full records, summary pages and publication decisions. Built against the real
 * pages in tests/fixtures/national-portal; the simulator serves the same markup on
 * 127.0.0.1 under the same `/p/home/dvc-…` paths.
 */
export const nationalAdapter: PortalAdapter = {
  id: 'national',
  label: 'Cổng Dịch vụ công quốc gia',
  matches(url: URL, document: Document): boolean {
    return isNationalPortalUrl(url) || isSavedNationalPage(url, document);
  },
  read(document: Document, url: URL): PageReading | null {
    switch (nationalPageKind(url, document)) {
      case 'listing':
        return readListingPage(document, url);
      case 'detail-full':
        return readFullDetailPage(document, url);
      case 'detail-summary':
        return readSummaryPage(document, url);
      case 'decision':
        return readDecisionPage(document);
      case null:
        return null;
    }
  },
};

export { readDecisionPage } from './decision-page';
export { readFullDetailPage } from './detail-full';
export type { NationalDetailPage, NationalRecordExtras } from './detail-record';
export { readSummaryPage } from './detail-summary';
export { LISTING_ROW_SELECTOR, readListingPage } from './listing-page';
export {
  isNationalPortalUrl,
  isSavedNationalPage,
  type NationalPageKind,
  nationalPageKind,
} from './page-kind';
