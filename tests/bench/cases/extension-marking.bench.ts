import { auditRows, indexCatalogue, makeProcedureFields, type ProcedureVersion } from '@niemyet/core';
import { asDomDocument, type ListingPage, listingRowAuditInput, readPage } from '@niemyet/portal';
import { nationalListingPage, sampleLayoutRows, telerikRadGridPage } from '@niemyet/portal/testing';
import { parseHTML } from 'linkedom';
import { contentLabels } from '../../../extension/src/content/labels';
import { clearMarks, markRows } from '../../../extension/src/content/mark-page';
import { rowMarks } from '../../../extension/src/content/row-marks';
import { pageVerdicts, rowVerdictsOf } from '../../../extension/src/messaging/row-verdict';
import { defineBenchCases } from '../harness';

/**
 * The content script's work on a 2,000-row page, in a Node DOM (linkedom): read the parsed
 * page, audit its rows, and mark every row element (attribute + badge in a shadow root). The
 * budget (DESIGN §9: read → badges ≤ 150 ms) is for Chromium, so these Node figures carry no
 * budget (linkedom's selectors are slower than a browser's); the audit runs in-process here,
 * where the extension runs it in the background.
 */

const ROWS = 2_000;
const rows = sampleLayoutRows(ROWS);
const NATIONAL_URL =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=2000';
const PROVINCE_URL = 'https://dichvucong.tinh.gov.vn/thu-tuc-hanh-chinh/danh-sach?page=1';

interface Context {
  document: Document;
  url: string;
  index: ReturnType<typeof indexCatalogue>;
}

/** A catalogue matching what the page shows, with every 40th name changed (50 changes). */
function setup(html: string, url: string): Context {
  const document = asDomDocument(parseHTML(html).document);
  const read = readPage(document, url);
  if (read.adapterId === null || read.reading.kind !== 'listing') throw new Error('page not read');
  const active: ProcedureVersion[] = (read.reading as ListingPage).rows
    .filter((row) => row.code)
    .map((row, i) => ({
      ...makeProcedureFields({
        code: row.code!,
        name: i % 40 === 0 ? `${row.name} (sửa đổi)` : row.name,
        levels: row.levels ?? [],
        field: row.field ?? null,
        agency: row.agency ?? null,
        ...(row.onlineService ? { onlineService: row.onlineService } : {}),
      }),
      procedureId: row.code!,
      effectiveFrom: '2024-01-01',
      effectiveTo: null,
      decisionId: 'qd-1',
    }));
  return {
    document,
    url,
    index: indexCatalogue({ asOf: '2025-01-01', active, upcoming: [], abolished: [] }),
  };
}

const labels = contentLabels('vi');

function run({ document, url, index }: Context): { rows: number; changed: number } {
  clearMarks(document);
  const read = readPage(document, url);
  if (read.adapterId === null || read.reading.kind !== 'listing') throw new Error('page not read');
  const listing = read.reading;
  const elements = listing.rowSelector ? Array.from(document.querySelectorAll(listing.rowSelector)) : [];
  const audit = auditRows(
    listing.rows.map((row) => listingRowAuditInput(row, url)),
    index,
    { at: '2025-03-01T00:00:00.000Z', url },
  );
  const marks = rowMarks(listing.rows, rowVerdictsOf(pageVerdicts(audit.findings)));
  const names = new Map(listing.rows.map((row) => [row.elementIndex ?? -1, row.name]));
  const marked = markRows(document, elements, marks, names, labels);
  return { rows: marked, changed: audit.summary.changed };
}

const describe = (result: unknown) => {
  const r = result as ReturnType<typeof run>;
  return `${r.rows.toLocaleString('en')} rows marked, ${r.changed} changed`;
};

export default defineBenchCases([
  {
    name: `extension marking: read → audit → mark, national ${ROWS.toLocaleString('en')}-row listing (linkedom)`,
    iterations: 10,
    setup: () => setup(nationalListingPage(rows, { pageCount: 3 }), NATIONAL_URL),
    run,
    describe,
  },
  {
    name: `extension marking: read → audit → mark, ${ROWS.toLocaleString('en')}-row Telerik RadGrid (linkedom)`,
    iterations: 10,
    setup: () => setup(telerikRadGridPage(rows, { pageCount: 3 }), PROVINCE_URL),
    run,
    describe,
  },
]);
