import { asDomDocument, readPage } from '@niemyet/portal';
import {
  bootstrapTablePage,
  cardListPage,
  nationalListingPage,
  sampleLayoutRows,
  telerikRadGridPage,
} from '@niemyet/portal/testing';
import { parseHTML } from 'linkedom';
import { defineBenchCases } from '../harness';

/**
 * Reading a 2,000-row listing page in a Node DOM (DESIGN §9: ≤ 300 ms). The measured part is
 * the read of an already-parsed Document, as in the extension where the browser has parsed
 * the page; the "parse + read" cases add linkedom's parse for the CLI's view of it.
 */

const ROWS = 2_000;
const rows = sampleLayoutRows(ROWS);
const PROVINCE_URL = 'https://dichvucong.tinh.gov.vn/thu-tuc-hanh-chinh/danh-sach?page=1';
const NATIONAL_URL =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=2000';

function parse(html: string): Document {
  return asDomDocument(parseHTML(html).document);
}

function describeRead(result: unknown): string {
  const read = result as ReturnType<typeof readPage>;
  if (read.adapterId === null) return `not read: ${read.reason}`;
  const count = read.reading.kind === 'listing' ? read.reading.rows.length : 0;
  return `${read.adapterId} adapter, ${count.toLocaleString('en')} rows`;
}

const readCase = (name: string, html: () => string, url: string) => ({
  name,
  budgetMs: 300,
  setup: () => parse(html()),
  run: (document: Document) => readPage(document, url),
  describe: describeRead,
});

// Not given a baseline: the parse dominates, and the read alone is the case above it.
const parseAndReadCase = (name: string, html: () => string, url: string) => ({
  name,
  iterations: 5,
  setup: () => html(),
  run: (source: string) => readPage(parse(source), url),
  describe: describeRead,
});

const GENERIC_TABLE = `portal read: generic reader, ${ROWS.toLocaleString('en')}-row bootstrap table (parsed document)`;
const NATIONAL = `portal read: national adapter, ${ROWS.toLocaleString('en')}-row listing (parsed document)`;

export default defineBenchCases([
  readCase(GENERIC_TABLE, () => bootstrapTablePage(rows, { pageCount: 3 }), PROVINCE_URL),
  readCase(
    `portal read: generic reader, ${ROWS.toLocaleString('en')}-row Telerik RadGrid with group rows (parsed document)`,
    () => telerikRadGridPage(rows, { pageCount: 3 }),
    PROVINCE_URL,
  ),
  readCase(
    `portal read: generic reader, ${ROWS.toLocaleString('en')}-card list (parsed document)`,
    () => cardListPage(rows, { pageCount: 3 }),
    PROVINCE_URL,
  ),
  readCase(NATIONAL, () => nationalListingPage(rows, { pageCount: 3 }), NATIONAL_URL),
  parseAndReadCase(
    `portal read: linkedom parse + generic read, ${ROWS.toLocaleString('en')}-row bootstrap table`,
    () => bootstrapTablePage(rows, { pageCount: 3 }),
    PROVINCE_URL,
  ),
  parseAndReadCase(
    `portal read: linkedom parse + national read, ${ROWS.toLocaleString('en')}-row listing`,
    () => nationalListingPage(rows, { pageCount: 3 }),
    NATIONAL_URL,
  ),
]);
