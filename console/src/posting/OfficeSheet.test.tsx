// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderConsole } from '../testing/render-console';
import { CENTRE, LYLICH_PORTAL, postingOffice } from './posting-test-office';

/** An office's posting sheet (in the page, printable, as DOCX) and its public page. */

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openSheet(path = `/posting/${CENTRE}?tab=sheet`, server = postingOffice()) {
  const view = renderConsole({ server, path });
  const sheet = await screen.findByTestId('posting-sheet');
  return { ...view, sheet };
}

describe('the posting sheet', () => {
  it('shows the procedures in force today grouped by field, numbered, with channels and QR codes to the portal', async () => {
    const { sheet } = await openSheet();
    expect(within(sheet).getByTestId('sheet-valid-from').textContent).toBe('Có hiệu lực từ ngày 06/12/2026');
    expect(sheet.textContent).toContain('Niêm yết tại Trung tâm Phục vụ hành chính công tỉnh');
    const groups = within(sheet).getAllByTestId('sheet-group');
    // The abolished lawyers' registration is gone; fields in Vietnamese order.
    expect(groups.map((g) => g.querySelector('h3')!.textContent)).toEqual([
      'Lĩnh vực: Chứng thực',
      'Lĩnh vực: Lý lịch tư pháp',
    ]);
    const entries = within(sheet).getAllByTestId('sheet-entry');
    expect(entries.map((e) => e.firstElementChild!.textContent)).toEqual(['1', '2']);
    const lylich = entries.find((e) => e.dataset.id === '1.000001')!;
    const cells = [...lylich.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(1, 6)).toEqual([
      '1.000001',
      'Cấp phiếu lý lịch tư pháp',
      '10 ngày làm việc',
      '100.000 đồng',
      'Trực tiếp tại Bộ phận Một cửa; Trực tuyến toàn trình; Qua dịch vụ bưu chính công ích',
    ]);
    const qr = (await within(lylich).findByTestId('qr-code')) as HTMLImageElement;
    expect(qr.title).toBe(LYLICH_PORTAL);
    expect(qr.alt).toContain(LYLICH_PORTAL);
    const src = qr.getAttribute('src')!;
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<path');
    // The image is the QR code of the portal address itself (the library is deterministic).
    expect(svg).toBe(
      await QRCode.toString(LYLICH_PORTAL, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    );
    // A procedure never seen on the portal opens the portal's search for its code.
    const other = entries.find((e) => e.dataset.id === '1.000005')!;
    expect(((await within(other).findByTestId('qr-code')) as HTMLImageElement).title).toBe(
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?keyword=1.000005',
    );
    // The QR code is an image, never markup put into the page.
    expect(sheet.querySelector('svg')).toBeNull();
  });

  it('shows the sheet on another date typed dd/mm/yyyy, kept in the address', async () => {
    const { server, history } = await openSheet();
    const date = screen.getByLabelText('Ngày hiệu lực của bản niêm yết') as HTMLInputElement;
    // Without a date in the address: the server's today.
    await waitFor(() => expect(date.value).toBe('06/12/2026'));
    fireEvent.change(date, { target: { value: '01/11/2026' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('at')).toBe('2026-11-01'));
    await waitFor(() => expect(screen.getAllByTestId('sheet-entry')).toHaveLength(3));
    expect(screen.getByTestId('sheet-valid-from').textContent).toBe('Có hiệu lực từ ngày 01/11/2026');
    expect(screen.getByTestId('posting-sheet').textContent).toContain('200.000 đồng');
    expect(server.requestsTo('GET', `/api/offices/${CENTRE}/sheet`).at(-1)!.search.get('at')).toBe(
      '2026-11-01',
    );
  });

  it('prints with the browser and downloads the DOCX of the same date', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { server } = await openSheet(`/posting/${CENTRE}?tab=sheet&at=2026-11-01`);
    fireEvent.click(screen.getByTestId('sheet-print'));
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('sheet-docx'));
    expect((await screen.findByTestId('download-saved')).textContent).toContain(
      `niem-yet-${CENTRE}-2026-11-01.docx`,
    );
    expect(server.requestsTo('GET', `/api/offices/${CENTRE}/sheet.docx`)[0]!.search.get('at')).toBe(
      '2026-11-01',
    );
    expect(saved).toEqual([`niem-yet-${CENTRE}-2026-11-01.docx`]);
    vi.unstubAllGlobals();
  });

  it('prints only the sheet, on its own A4 page with the header repeated and rows kept whole', async () => {
    const { sheet } = await openSheet();
    expect(screen.getByTestId('sheet-print').closest('.no-print')).not.toBeNull();
    expect(sheet.closest('.posting-sheet-panel')).not.toBeNull();
    const css = readFileSync(join(import.meta.dirname, '../styles.css'), 'utf8');
    expect(css).toMatch(/@page posting-sheet\s*\{\s*size: A4;\s*margin: 15mm 12mm;\s*\}/);
    const print = css.slice(css.lastIndexOf('@media print'));
    expect(print).toContain('.posting-office > :not(.posting-sheet-panel)');
    expect(print).toContain('page: posting-sheet');
    expect(print).toMatch(/thead\s*\{\s*display: table-header-group;/);
    expect(print).toMatch(/tr,[^{]*\{\s*break-inside: avoid;/);
    expect(print).toContain('max-width: 186mm');
  });

  it('says what to do when no procedure of the office is in force on the date', async () => {
    const server = postingOffice();
    server.posting.addOffice({
      name: 'Quầy Sở Y tế',
      scope: { agencies: ['Sở Y tế'], levels: [], fields: [] },
    });
    renderConsole({ server, path: '/posting/office-4?tab=sheet' });
    expect((await screen.findByTestId('sheet-empty')).textContent).toContain('Hãy kiểm tra phạm vi');
  });
});

describe('the public page of an office', () => {
  it('links the public page and its JSON in a new tab and copies the embed code', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderConsole({ server: postingOffice(), path: `/posting/${CENTRE}?tab=public` });
    const page = await screen.findByTestId('public-page-link');
    expect(page.getAttribute('href')).toBe(`/public/offices/${CENTRE}`);
    expect(page.getAttribute('target')).toBe('_blank');
    expect(page.getAttribute('rel')).toContain('noopener');
    expect(screen.getByTestId('public-json-link').getAttribute('href')).toBe(`/api/public/offices/${CENTRE}`);
    const embed = (screen.getByTestId('embed-code') as HTMLTextAreaElement).value;
    expect(embed).toBe(
      `<iframe src="${window.location.origin}/public/offices/${CENTRE}" title="Danh mục thủ tục niêm yết tại Trung tâm Phục vụ hành chính công tỉnh" width="100%" height="800" style="border:0" loading="lazy"></iframe>`,
    );
    fireEvent.click(screen.getByTestId('copy-embed'));
    await waitFor(() =>
      expect(screen.getByTestId('copy-embed-status').textContent).toBe('Đã chép mã nhúng.'),
    );
    expect(writeText).toHaveBeenCalledWith(embed);
  });

  it('moves between the parts with tabs kept in the address', async () => {
    const { history } = renderConsole({ server: postingOffice(), path: `/posting/${CENTRE}` });
    await screen.findByTestId('checklist-panel');
    expect(screen.getByTestId('office-tab-checklist').getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByTestId('office-tab-sheet'));
    await screen.findByTestId('posting-sheet');
    expect(new URLSearchParams(history.location.search).get('tab')).toBe('sheet');
    fireEvent.click(screen.getByTestId('office-tab-public'));
    await screen.findByTestId('public-panel');
  });
});
