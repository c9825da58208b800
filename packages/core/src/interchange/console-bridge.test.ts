import { describe, expect, it } from 'vitest';
import { buildCatalogueSnapshot } from '../catalogue/snapshot';
import {
  isBridgeMessage,
  ToConsoleMessageSchema,
  ToExtensionMessageSchema,
  toConsole,
  toExtension,
} from './console-bridge';

describe('console bridge messages', () => {
  it('accepts what each end builds', () => {
    expect(
      ToConsoleMessageSchema.parse(toConsole({ type: 'request-catalogue', requestId: 'r1' })),
    ).toMatchObject({
      type: 'request-catalogue',
    });
    expect(ToExtensionMessageSchema.parse(toExtension({ type: 'no-catalogue', requestId: 'r1' })).type).toBe(
      'no-catalogue',
    );
  });

  it('refuses other channels, versions, unknown types and malformed hashes', () => {
    expect(isBridgeMessage({ channel: 'other' })).toBe(false);
    expect(isBridgeMessage('niemyet/bridge')).toBe(false);
    const ok = toConsole({ type: 'catalogue-received', hash: 'a'.repeat(64) });
    expect(ToConsoleMessageSchema.safeParse(ok).success).toBe(true);
    expect(ToConsoleMessageSchema.safeParse({ ...ok, version: 2 }).success).toBe(false);
    expect(ToConsoleMessageSchema.safeParse({ ...ok, hash: 'A'.repeat(64) }).success).toBe(false);
    expect(ToConsoleMessageSchema.safeParse({ ...ok, type: 'eval' }).success).toBe(false);
  });

  it('carries a whole snapshot to the extension', () => {
    const snapshot = buildCatalogueSnapshot(
      { asOf: '2026-01-01', active: new Map(), upcoming: [], abolished: [] },
      '2026-01-01T00:00:00.000Z',
    );
    const parsed = ToExtensionMessageSchema.parse(
      toExtension({ type: 'catalogue', requestId: null, snapshot }),
    );
    expect(parsed.type === 'catalogue' && parsed.snapshot.hash).toBe(snapshot.hash);
  });
});
