import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDomDocument } from './dom/as-dom-document';
import { NOT_RECOGNISED, readPage } from './read-page';
import { adapterById, portalAdapters } from './registry';
import { bootstrapTablePage, nationalListingPage, sampleLayoutRows } from './testing/layouts/index';
import type { PortalAdapter } from './types';

function documentOf(html: string): Document {
  return asDomDocument(parseHTML(html).document);
}

const rows = sampleLayoutRows(30);
const NATIONAL_LISTING =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=30';

describe('registry', () => {
  it('tries the national portal first and the generic reader last', () => {
    expect(portalAdapters.map((a) => a.id)).toEqual(['national', 'generic']);
    expect(adapterById('generic')).toBe(portalAdapters[1]);
    expect(adapterById('nope')).toBeNull();
  });
});

describe('readPage', () => {
  it('reads a national listing with the national adapter', () => {
    const result = readPage(documentOf(nationalListingPage(rows, { pageCount: 3 })), NATIONAL_LISTING);
    expect(result.adapterId).toBe('national');
    if (result.adapterId === null || result.reading.kind !== 'listing') throw new Error('not a listing');
    expect(result.reading.rows.map((r) => r.code)).toEqual(rows.map((r) => r.code!.slice(0, 8)));
  });

  it('reads the same markup on the simulator host (same paths) with the national adapter', () => {
    const result = readPage(
      documentOf(nationalListingPage(rows)),
      new URL('http://127.0.0.1:4310/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1'),
    );
    expect(result.adapterId).toBe('national');
  });

  it('falls through to the generic reader on an unknown provincial portal', () => {
    const result = readPage(
      documentOf(bootstrapTablePage(rows)),
      'https://dichvucong.hoabinh.gov.vn/thu-tuc?page=1',
    );
    expect(result.adapterId).toBe('generic');
    if (result.adapterId === null || result.reading.kind !== 'listing') throw new Error('not a listing');
    expect(result.reading.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
  });

  it('falls through to the generic reader when the national adapter does not know the page', () => {
    const result = readPage(
      documentOf(bootstrapTablePage(rows)),
      'https://dichvucong.gov.vn/p/home/dvc-trang-khac.html',
    );
    expect(result.adapterId).toBe('generic');
  });

  it('never throws: a failing reader becomes a reason and the next adapter still runs', () => {
    const throwing: PortalAdapter = {
      id: 'broken',
      label: 'Broken',
      matches: () => true,
      read: () => {
        throw new TypeError('Cannot read properties of null');
      },
    };
    const document = documentOf(bootstrapTablePage(rows));
    expect(readPage(document, 'https://x.gov.vn/', [throwing, ...portalAdapters]).adapterId).toBe('generic');
    const failed = readPage(document, 'https://x.gov.vn/', [throwing]);
    expect(failed).toEqual({
      adapterId: null,
      reason: `${NOT_RECOGNISED} (broken: lỗi khi đọc / reader error: Cannot read properties of null)`,
    });
  });

  it('explains why nothing was read', () => {
    const result = readPage(
      documentOf('<html><body><p>Tin tức</p></body></html>'),
      'https://x.gov.vn/tin-tuc',
    );
    expect(result.adapterId).toBeNull();
    if (result.adapterId !== null) return;
    expect(result.reason.startsWith(NOT_RECOGNISED)).toBe(true);
    expect(result.reason).toContain('No table or list of procedures');
    expect(readPage(documentOf(''), 'https://x.gov.vn/').adapterId).toBeNull();
  });

  it('answers a bad URL or a missing document with a reason', () => {
    const bad = readPage(documentOf('<p></p>'), 'not a url');
    expect(bad.adapterId).toBeNull();
    if (bad.adapterId === null) expect(bad.reason).toContain('invalid page URL');
    const none = readPage(null as unknown as Document, 'https://x.gov.vn/');
    expect(none.adapterId).toBeNull();
  });
});
