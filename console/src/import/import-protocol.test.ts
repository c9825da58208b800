import { describe, expect, it } from 'vitest';
import { ImportRequestSchema, ImportWorkerMessageSchema } from './import-protocol';

const request = {
  type: 'check',
  fileName: 'ds.csv',
  bytes: new TextEncoder().encode('a,b'),
  importedAt: '2026-11-25T09:00:00.000Z',
};
const figures = {
  decisions: 1,
  items: 2,
  byAction: { new: 2, amended: 0, abolished: 0 },
  byYear: [{ year: '2020', decisions: 1, items: 2, byAction: { new: 2, amended: 0, abolished: 0 } }],
};

describe('the import protocol', () => {
  it('accepts a well-formed check request', () => {
    expect(ImportRequestSchema.parse(request)).toEqual(request);
  });

  it('refuses requests the worker cannot act on', () => {
    for (const bad of [
      { ...request, type: 'import' },
      { ...request, bytes: undefined },
      { ...request, bytes: 'a,b' },
      { ...request, importedAt: '25/11/2026' },
    ])
      expect(ImportRequestSchema.safeParse(bad).success).toBe(false);
  });

  it('accepts progress of the worker phases only, with counts', () => {
    expect(
      ImportWorkerMessageSchema.parse({ type: 'progress', phase: 'checking', done: 500, total: 20_000 }),
    ).toEqual({ type: 'progress', phase: 'checking', done: 500, total: 20_000 });
    for (const bad of [
      { type: 'progress', phase: 'uploading', done: 1, total: 2 },
      { type: 'progress', phase: 'checking', done: -1, total: 2 },
      { type: 'progress', phase: 'checking', done: 1.5, total: 2 },
    ])
      expect(ImportWorkerMessageSchema.safeParse(bad).success).toBe(false);
  });

  it('accepts a checked file with its figures, and refuses figures that are not counts', () => {
    expect(
      ImportWorkerMessageSchema.parse({ type: 'checked', warnings: [], figures, encoding: 'utf-8' }),
    ).toEqual({
      type: 'checked',
      warnings: [],
      figures,
      encoding: 'utf-8',
    });
    expect(
      ImportWorkerMessageSchema.safeParse({
        type: 'checked',
        warnings: [],
        figures: { ...figures, items: -1 },
        encoding: 'utf-8',
      }).success,
    ).toBe(false);
    expect(ImportWorkerMessageSchema.safeParse({ type: 'invalid', errors: [] }).success).toBe(false);
  });
});
