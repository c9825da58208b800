import { type CatalogueSnapshot, toConsole, toExtension } from '@niemyet/core';
import { FakeBridgeWindow } from '@niemyet/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSnapshot } from '../testing/catalogue';
import { type BridgeClientEvent, startBridgeClient } from './bridge-client';

const CONSOLE = 'http://127.0.0.1:4183';

class FakeWindow extends FakeBridgeWindow {
  constructor(location = { origin: CONSOLE }) {
    super(location);
  }
}

function setUp(
  options: { consoleOrigin?: string | null; current?: string | null; importFails?: string } = {},
  window = new FakeWindow(),
) {
  const events: BridgeClientEvent[] = [];
  const imported: CatalogueSnapshot[] = [];
  const client = startBridgeClient({
    window,
    consoleOrigin: options.consoleOrigin === undefined ? CONSOLE : options.consoleOrigin,
    currentHash: async () => options.current ?? null,
    importSnapshot: async (snapshot) => {
      if (options.importFails) return { ok: false, error: options.importFails };
      imported.push(snapshot);
      return { ok: true, hash: snapshot.hash };
    },
    retryDelaysMs: [0, 100, 300],
    newRequestId: () => 'req-1',
    onEvent: (event) => events.push(event),
  });
  return { window, client, events, imported };
}

describe('console bridge client (extension side)', () => {
  afterEach(() => vi.useRealTimers());

  it('asks again until the console answers, then stops asking', async () => {
    vi.useFakeTimers();
    const { window } = setUp();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.posted).toEqual([
      { message: toConsole({ type: 'request-catalogue', requestId: 'req-1' }), targetOrigin: CONSOLE },
    ]);
    await vi.advanceTimersByTimeAsync(100);
    expect(window.types()).toEqual(['request-catalogue', 'request-catalogue']);
    window.deliver(toExtension({ type: 'no-catalogue', requestId: 'req-1' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(window.types()).toEqual(['request-catalogue', 'request-catalogue']);
  });

  it('imports a catalogue the console sends and tells the console', async () => {
    const snapshot = testSnapshot();
    const { window, client, imported, events } = setUp();
    window.deliver(toExtension({ type: 'catalogue', requestId: 'req-1', snapshot }));
    await client.idle();
    expect(imported.map((s) => s.hash)).toEqual([snapshot.hash]);
    expect(window.posted.at(-1)).toEqual({
      message: toConsole({ type: 'catalogue-received', hash: snapshot.hash }),
      targetOrigin: CONSOLE,
    });
    expect(events).toEqual([{ kind: 'imported', hash: snapshot.hash }]);
    client.stop();
  });

  it('takes a publication announced without a request, and skips one it already has', async () => {
    const snapshot = testSnapshot();
    const { window, client, imported, events } = setUp({ current: snapshot.hash });
    window.deliver(toExtension({ type: 'catalogue', requestId: null, snapshot }));
    await client.idle();
    expect(imported).toEqual([]);
    expect(events).toEqual([{ kind: 'already-current', hash: snapshot.hash }]);
    expect(window.types().at(-1)).toBe('catalogue-received');
    client.stop();
  });

  it('tells the console why a catalogue was refused', async () => {
    const snapshot = testSnapshot();
    const { window, client } = setUp({ importFails: 'hash: the snapshot does not match its hash' });
    window.deliver(toExtension({ type: 'catalogue', requestId: 'req-1', snapshot }));
    await client.idle();
    expect(window.posted.at(-1)?.message).toEqual(
      toConsole({
        type: 'catalogue-refused',
        hash: snapshot.hash,
        reason: 'hash: the snapshot does not match its hash',
      }),
    );
    client.stop();
  });

  it.each([
    ['another window', { source: {} }],
    ['another origin', { origin: 'https://evil.example' }],
  ])('ignores a catalogue from %s', async (_what, from) => {
    const { window, client, imported } = setUp();
    window.deliver(toExtension({ type: 'catalogue', requestId: null, snapshot: testSnapshot() }), from);
    await client.idle();
    expect(imported).toEqual([]);
    client.stop();
  });

  it('ignores malformed messages, its own requests and answers to other requests', async () => {
    const { window, client, imported, events } = setUp();
    const snapshot = testSnapshot();
    window.deliver(toConsole({ type: 'request-catalogue', requestId: 'req-1' }));
    window.deliver({
      channel: 'niemyet/bridge',
      version: 1,
      type: 'catalogue',
      requestId: null,
      snapshot: {},
    });
    window.deliver({ ...toExtension({ type: 'catalogue', requestId: null, snapshot }), version: 2 });
    window.deliver(toExtension({ type: 'catalogue', requestId: 'someone-else', snapshot }));
    window.deliver('<img src=x onerror=alert(1)>');
    await client.idle();
    expect(imported).toEqual([]);
    expect(events).toEqual([]);
    client.stop();
  });

  it('does nothing on a page of another origin than the connected console', () => {
    vi.useFakeTimers();
    const other = new FakeWindow({ origin: 'http://127.0.0.1:9999' });
    setUp({}, other);
    vi.advanceTimersByTime(1_000);
    expect(other.posted).toEqual([]);
    const none = new FakeWindow();
    setUp({ consoleOrigin: null }, none);
    vi.advanceTimersByTime(1_000);
    expect(none.posted).toEqual([]);
  });
});
