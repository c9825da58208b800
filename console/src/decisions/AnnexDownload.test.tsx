// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftDecision, openEditor } from './editor/editor-test-setup';

/** The decision page's "Tải phụ lục (DOCX)": the server's annex, saved under the name it gives. */

let saved: { name: string; type: string }[];
beforeEach(() => {
  saved = [];
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, type: blob?.type ?? '' });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('decision annex', () => {
  it("downloads the decision's annex from its own route", async () => {
    const { server } = await openEditor(
      draftDecision({ id: 'qd-137', number: '137/QĐ-UBND', state: 'issued' }),
    );
    server.changes.annexes.add('qd-137');
    fireEvent.click(screen.getByRole('button', { name: 'Tải phụ lục (DOCX)' }));
    expect((await screen.findByTestId('download-saved')).textContent).toContain('phu-luc-qd-137.docx');
    expect(server.requestsTo('GET', '/api/decisions/qd-137/annex.docx')).toHaveLength(1);
    expect(saved).toEqual([
      {
        name: 'phu-luc-qd-137.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ]);
  });

  it('says why when the server has no annex for it', async () => {
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Tải phụ lục (DOCX)' }));
    expect((await screen.findByTestId('download-failed')).textContent).toBe(
      'Không tải được tệp: Không tìm thấy dữ liệu yêu cầu trên máy chủ.',
    );
    expect(saved).toEqual([]);
  });
});
