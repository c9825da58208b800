import { type CatalogueSnapshot, ToExtensionMessageSchema, toConsole } from '@niemyet/core';
import { FakeBridgeWindow } from '@niemyet/core/testing';
import { smallSnapshot } from '@niemyet/db/testing';
import { describe, expect, it, vi } from 'vitest';
import { type BridgeNotice, startBridgeResponder } from './bridge-responder';

const ORIGIN = 'http://127.0.0.1:4183';
const HASH = 'a'.repeat(64);

class FakeWindow extends FakeBridgeWindow {
  constructor() {
    super({ origin: ORIGIN });
  }
}

function setUp(published: CatalogueSnapshot | null = null) {
  const window = new FakeWindow();
  const notices: BridgeNotice[] = [];
  const at = new Date('2026-11-25T07:00:00Z');
  const responder = startBridgeResponder({
    window,
    loadPublished: async () => published,
    onNotice: (notice) => notices.push(notice),
    now: () => at,
  });
  return { window, notices, responder, at };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const request = toConsole({ type: 'request-catalogue', requestId: 'r-1' });

describe('bridge responder (console side)', () => {
  it('answers a request with the published catalogue, echoing the request id, to its own origin', async () => {
    const snapshot = smallSnapshot();
    const { window } = setUp(snapshot);
    window.deliver(request);
    await settle();
    expect(window.posted).toHaveLength(1);
    const [{ message, targetOrigin }] = window.posted as [{ message: unknown; targetOrigin: string }];
    expect(targetOrigin).toBe(ORIGIN);
    const parsed = ToExtensionMessageSchema.parse(message);
    expect(parsed).toMatchObject({ type: 'catalogue', requestId: 'r-1' });
    expect(parsed.type === 'catalogue' && parsed.snapshot.hash).toBe(snapshot.hash);
  });

  it('answers no-catalogue before anything is published', async () => {
    const { window } = setUp(null);
    window.deliver(request);
    await settle();
    expect(window.posted.map((p) => p.message)).toEqual([
      { channel: 'niemyet/bridge', version: 1, type: 'no-catalogue', requestId: 'r-1' },
    ]);
  });

  it('announces a new publication with a null request id', () => {
    const snapshot = smallSnapshot();
    const { window, responder } = setUp();
    responder.announce(snapshot);
    expect(window.posted).toEqual([
      {
        message: { channel: 'niemyet/bridge', version: 1, type: 'catalogue', requestId: null, snapshot },
        targetOrigin: ORIGIN,
      },
    ]);
  });

  it('tells the user when the extension received or refused the catalogue', () => {
    const { window, notices, at } = setUp();
    window.deliver(toConsole({ type: 'catalogue-received', hash: HASH }));
    window.deliver(toConsole({ type: 'catalogue-refused', hash: null, reason: 'hash does not match' }));
    expect(notices).toEqual([
      { kind: 'received', hash: HASH, at },
      { kind: 'refused', hash: null, reason: 'hash does not match', at },
    ]);
  });

  it.each([
    ['another window', { source: {} }],
    ['no source', { source: null }],
    ['another origin', { origin: 'https://evil.example' }],
  ])('ignores a valid message from %s', async (_what, from) => {
    const { window, notices } = setUp(smallSnapshot());
    window.deliver(request, from);
    window.deliver(toConsole({ type: 'catalogue-received', hash: HASH }), from);
    await settle();
    expect(window.posted).toEqual([]);
    expect(notices).toEqual([]);
  });

  it.each([
    ['a string', 'request-catalogue'],
    ['null', null],
    ['another channel', { channel: 'other', version: 1, type: 'request-catalogue', requestId: 'r' }],
    ['another version', { channel: 'niemyet/bridge', version: 2, type: 'request-catalogue', requestId: 'r' }],
    ['an unknown type', { channel: 'niemyet/bridge', version: 1, type: 'delete-everything' }],
    ['a bad hash', { channel: 'niemyet/bridge', version: 1, type: 'catalogue-received', hash: '<img>' }],
    [
      'an empty request id',
      { channel: 'niemyet/bridge', version: 1, type: 'request-catalogue', requestId: '' },
    ],
  ])('ignores %s', async (_what, data) => {
    const { window, notices } = setUp(smallSnapshot());
    window.deliver(data);
    await settle();
    expect(window.posted).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('ignores its own answers coming back to the same window', async () => {
    const { window } = setUp(smallSnapshot());
    window.deliver(request);
    await settle();
    window.deliver(window.posted[0]?.message);
    await settle();
    expect(window.posted).toHaveLength(1);
  });

  it('does not answer, and says why, when the published catalogue cannot be read', async () => {
    const window = new FakeWindow();
    const onNotice = vi.fn();
    startBridgeResponder({
      window,
      loadPublished: () => Promise.reject(new Error('database closed')),
      onNotice,
    });
    window.deliver(request);
    await settle();
    expect(window.posted).toEqual([]);
    expect(onNotice).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'failed', reason: 'database closed' }),
    );
  });

  it('stops listening and posting once stopped', async () => {
    const { window, responder } = setUp(smallSnapshot());
    responder.stop();
    window.deliver(request);
    responder.announce(smallSnapshot());
    await settle();
    expect(window.posted).toEqual([]);
  });
});
