import { describe, expect, it } from 'vitest';
import { ImportRequestSchema, ImportWorkerMessageSchema } from './import-protocol';

const request = {
  type: 'import',
  fileName: 'ds.csv',
  bytes: new TextEncoder().encode('a,b'),
  importedAt: '2026-11-25T09:00:00.000Z',
  chainAfter: { seq: 4, hash: 'a'.repeat(64) },
};

describe('the import protocol', () => {
  it('accepts a well-formed request, with or without a stored log to chain after', () => {
    expect(ImportRequestSchema.parse(request)).toEqual(request);
    expect(ImportRequestSchema.parse({ ...request, chainAfter: null }).chainAfter).toBeNull();
  });

  it('refuses requests the worker cannot act on', () => {
    for (const bad of [
      { ...request, type: 'cancel' },
      { ...request, bytes: undefined },
      { ...request, bytes: 'a,b' },
      { ...request, importedAt: '25/11/2026' },
      { ...request, chainAfter: { seq: 0, hash: 'a'.repeat(64) } },
      { ...request, chainAfter: { seq: 4, hash: 'not a hash' } },
    ])
      expect(ImportRequestSchema.safeParse(bad).success).toBe(false);
  });

  it('accepts progress of the worker phases only, with counts', () => {
    expect(
      ImportWorkerMessageSchema.parse({ type: 'progress', phase: 'checking', done: 500, total: 20_000 }),
    ).toEqual({
      type: 'progress',
      phase: 'checking',
      done: 500,
      total: 20_000,
    });
    for (const bad of [
      { type: 'progress', phase: 'writing', done: 1, total: 2 },
      { type: 'progress', phase: 'checking', done: -1, total: 2 },
      { type: 'progress', phase: 'checking', done: 1.5, total: 2 },
    ])
      expect(ImportWorkerMessageSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses bundle parts that are not core records', () => {
    expect(ImportWorkerMessageSchema.safeParse({ type: 'decisions', decisions: [{ id: 'd' }] }).success).toBe(
      false,
    );
    expect(
      ImportWorkerMessageSchema.safeParse({ type: 'change-log', entries: [{ seq: 1, hash: 'x' }] }).success,
    ).toBe(false);
    expect(ImportWorkerMessageSchema.safeParse({ type: 'invalid', errors: [] }).success).toBe(false);
    expect(ImportWorkerMessageSchema.safeParse({ type: 'hello' }).success).toBe(false);
  });
});
