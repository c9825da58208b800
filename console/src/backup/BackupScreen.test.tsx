// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { makeDecision } from '@niemyet/core/testing';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeServer } from '../testing/fake-server';
import { ACCOUNTS, renderConsole } from '../testing/render-console';
import { readBackupText } from './backup-file';

/** Backup and restore against the in-memory server. */

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const bundle = (extra: object = {}) => ({
  format: 'niemyet.workspace',
  version: 2,
  exportedAt: '2026-12-01T02:00:00.000Z',
  baseline: [],
  decisions: [],
  ...extra,
});

function chooseFile(text: string, name = 'sao-luu.json') {
  const input = screen.getByTestId('restore-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('the backup screen', () => {
  it('downloads the workspace as a dated niemyet.workspace file', async () => {
    const urls = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:niemyet/backup');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderConsole({ path: '/backup', server: new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' }) });
    fireEvent.click(await screen.findByTestId('backup-download'));
    await screen.findByTestId('backup-downloaded');
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^niemyet-sao-luu-\d{4}-\d{2}-\d{2}\.json$/);
    const blob = urls.mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text())).toMatchObject({ format: 'niemyet.workspace', version: 2 });
  });

  it('reads the chosen file first, restores only once confirmed, and reports the counts', async () => {
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' });
    renderConsole({ path: '/backup', server });
    await screen.findByTestId('restore-file');
    chooseFile(JSON.stringify(bundle()));
    const summary = await screen.findByTestId('restore-summary');
    expect(summary.textContent).toContain('0 quyết định (0 đã ban hành)');
    const submit = screen.getByTestId('restore-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('restore-confirm'));
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect((await screen.findByTestId('restore-done')).textContent).toContain('Đã khôi phục: 0 quyết định');
    expect(server.requestsTo('POST', '/api/restore')).toHaveLength(1);
  });

  it('names a file that is not a backup and sends nothing', async () => {
    const server = new FakeServer({ accounts: ACCOUNTS, signedInAs: 'quantri' });
    renderConsole({ path: '/backup', server });
    await screen.findByTestId('restore-file');
    chooseFile('không phải JSON');
    expect((await screen.findByTestId('restore-problem')).textContent).toContain('không phải JSON');
    chooseFile(JSON.stringify({ format: 'something-else' }));
    await waitFor(() => expect(screen.getByTestId('restore-problem').textContent).toContain('«format»'));
    expect(screen.queryByTestId('restore-submit')).toBeNull();
    expect(server.requestsTo('POST', '/api/restore')).toHaveLength(0);
  });

  it('offers a supervisor the download but not the restore', async () => {
    renderConsole({ path: '/backup', server: new FakeServer({ accounts: ACCOUNTS, signedInAs: 'lan' }) });
    await screen.findByTestId('backup-download');
    expect(screen.queryByTestId('restore-file')).toBeNull();
    expect(screen.getByText('Chỉ quản trị viên khôi phục được dữ liệu.')).toBeTruthy();
  });
});

describe('readBackupText', () => {
  it('refuses a bundle of a newer format version by name', () => {
    expect(readBackupText(JSON.stringify(bundle({ version: 9 })))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 9 },
    });
  });

  it('counts issued decisions apart', () => {
    const decisions = [
      makeDecision({ id: 'a', state: 'issued' }),
      makeDecision({ id: 'b', state: 'draft' }),
      makeDecision({ id: 'c', state: 'issued' }),
    ];
    const reading = readBackupText(JSON.stringify(bundle({ decisions })));
    expect(reading).toMatchObject({ ok: true, summary: { decisions: 3, issued: 2, changeLog: 0 } });
  });
});
