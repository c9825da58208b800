import { asDomDocument, type ListingPage, type ListingRow, readPage } from '@niemyet/portal';
import { nationalListingPage, sampleLayoutRows } from '@niemyet/portal/testing';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows, type WireRows, WireRowsSchema } from './row-wire';

const URL_ = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=500';

function listingRows(count: number): ListingRow[] {
  const { document } = parseHTML(nationalListingPage(sampleLayoutRows(count)));
  const read = readPage(asDomDocument(document), URL_);
  if (read.adapterId === null || read.reading.kind !== 'listing') throw new Error('not read');
  return (read.reading as ListingPage).rows;
}

/** What the audit reads of a row: links, ids and element positions stay in the page. */
function audited(row: ListingRow): ListingRow {
  const { detailUrl: _d, portalId: _p, elementIndex: _e, ...rest } = row;
  return { ...rest, field: rest.field ?? null, agency: rest.agency ?? null };
}

/** Through the wire as the background gets it: JSON, then the schema. */
function roundTrip(rows: ListingRow[]): ListingRow[] {
  const wire = WireRowsSchema.parse(JSON.parse(JSON.stringify(packRows(rows))));
  return unpackRows(wire);
}

describe('rows on the wire', () => {
  it('gives back what the audit reads of each row of a real listing layout', () => {
    const rows = listingRows(500);
    expect(roundTrip(rows)).toEqual(rows.map(audited));
  });

  it('sends repeated values once and row texts as templates: half the size or less', () => {
    const rows = listingRows(500);
    const wire = packRows(rows);
    const plain = JSON.stringify(rows.map(audited)).length;
    expect(JSON.stringify(wire).length).toBeLessThan(plain / 2);
    expect(wire.values.length).toBeLessThan(rows.length / 5);
    expect(wire.text[0]!.startsWith('\u0000')).toBe(true);
    expect(wire.text[0]).not.toContain(rows[0]!.name);
  });

  it('keeps a page text holding the template characters as it is', () => {
    const hostile: ListingRow = {
      code: '1.000001',
      rawCode: '1.000001',
      name: 'Đăng ký \u0002 khai sinh',
      field: 'Hộ tịch',
      agency: null,
      text: '1 | 1.000001 | Đăng ký \u0002 khai sinh | \u0000\u0003 | Hộ tịch',
    };
    expect(roundTrip([hostile])).toEqual([audited(hostile)]);
  });

  it('keeps rows that show detail columns, and fields that are not shown', () => {
    const rows: ListingRow[] = [
      {
        code: null,
        rawCode: null,
        name: 'Cấp giấy phép',
        levels: [],
        processingTime: '5 ngày',
        fees: null,
        legalBasis: ['45/2020/NĐ-CP'],
        onlineService: 'full',
        text: 'Cấp giấy phép | 5 ngày',
      },
      { code: '2.000002', rawCode: '2.000002.H19', name: 'B', text: 'B 2.000002.H19' },
    ];
    expect(roundTrip(rows)).toEqual(rows.map(audited));
  });

  it('cuts names and texts to the protocol bounds instead of failing the page', () => {
    const long: ListingRow = { code: null, rawCode: null, name: 'a'.repeat(5_000), text: 'b'.repeat(50_000) };
    const [back] = roundTrip([long]);
    expect(back!.name).toHaveLength(4_000);
    expect(back!.text).toHaveLength(40_000);
  });

  it('refuses columns of different lengths and references to values not sent', () => {
    const wire = packRows(listingRows(3));
    const short: WireRows = { ...wire, agency: wire.agency.slice(1) };
    expect(WireRowsSchema.safeParse(short).error?.issues[0]).toMatchObject({ path: ['agency'] });
    const dangling: WireRows = { ...wire, field: wire.field.map(() => wire.values.length + 1) };
    expect(WireRowsSchema.safeParse(dangling).error?.issues[0]).toMatchObject({ path: ['values'] });
  });
});
