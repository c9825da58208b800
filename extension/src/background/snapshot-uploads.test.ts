import { describe, expect, it } from 'vitest';
import { SnapshotUploads } from './snapshot-uploads';

const part = (
  index: number,
  text: string,
  extra: Partial<{ uploadId: string; count: number; origin: string }> = {},
) => ({
  uploadId: 'u1',
  count: 3,
  origin: 'http://127.0.0.1:4183',
  index,
  text,
  ...extra,
});

describe('snapshot uploads', () => {
  it('assembles the parts in order, whatever order they arrive in, and forgets the upload', () => {
    const uploads = new SnapshotUploads();
    expect(uploads.receive(part(2, 'c'))).toEqual({ complete: false, received: 1 });
    expect(uploads.receive(part(0, 'a'))).toEqual({ complete: false, received: 2 });
    expect(uploads.receive(part(0, 'a'))).toEqual({ complete: false, received: 2 });
    expect(uploads.receive(part(1, 'b'))).toEqual({ complete: true, text: 'abc' });
    expect(uploads.pending).toBe(0);
  });

  it('refuses a part that does not belong to its upload', () => {
    const uploads = new SnapshotUploads();
    uploads.receive(part(0, 'a'));
    expect(() => uploads.receive(part(1, 'b', { count: 4 }))).toThrow('Part 2 does not belong to upload u1');
    uploads.receive(part(0, 'a'));
    expect(() => uploads.receive(part(1, 'b', { origin: 'https://other.vn' }))).toThrow(/does not belong/);
  });

  it('drops an upload left unfinished', () => {
    let now = 0;
    const uploads = new SnapshotUploads(() => now);
    uploads.receive(part(0, 'a'));
    now = 11 * 60 * 1000;
    uploads.receive(part(0, 'x', { uploadId: 'u2' }));
    expect(uploads.pending).toBe(1);
  });
});
