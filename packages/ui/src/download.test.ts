import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOWNLOAD_URL_LIFETIME_MS, downloadFile } from './download';

describe('downloadFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('clicks a hidden a[download] on a Blob URL, removes it and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:niemyet/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(this.isConnected).toBe(true);
    });

    downloadFile({ name: 'danh-muc-2020-12-31.json', type: 'application/json', text: '{}\n' });

    expect(clicked).toHaveLength(1);
    const link = clicked[0]!;
    expect(link.download).toBe('danh-muc-2020-12-31.json');
    expect(link.getAttribute('href')).toBe('blob:niemyet/1');
    expect(link.style.display).toBe('none');
    expect(link.isConnected).toBe(false);
    expect(blobs[0]!.type).toBe('application/json');
    expect(await blobs[0]!.text()).toBe('{}\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DOWNLOAD_URL_LIFETIME_MS);
    expect(revoke).toHaveBeenCalledWith('blob:niemyet/1');
  });
});
