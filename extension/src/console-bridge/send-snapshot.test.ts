import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen, testBackground } from '../background/test-background';
import { sendCommand } from '../messaging/send-command';
import { testSnapshot } from '../testing/catalogue';
import { sendSnapshot, splitText } from './send-snapshot';

const CONSOLE = 'http://127.0.0.1:4183';

describe('sending a catalogue to the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    listen(testBackground());
  });

  it('sends a small catalogue in one message', async () => {
    const snapshot = testSnapshot();
    expect(await sendSnapshot(sendCommand, snapshot, CONSOLE)).toEqual({ ok: true, hash: snapshot.hash });
  });

  it('sends a large one in parts, which the background assembles and checks', async () => {
    const snapshot = testSnapshot();
    const parts = Math.ceil(JSON.stringify(snapshot).length / 300);
    expect(parts).toBeGreaterThan(3);
    expect(await sendSnapshot(sendCommand, snapshot, CONSOLE, 300)).toEqual({
      ok: true,
      hash: snapshot.hash,
    });
    const status = await sendCommand('get-status', { url: null });
    expect(status.ok && status.value.catalogue).toMatchObject({
      hash: snapshot.hash,
      source: 'console',
      origin: CONSOLE,
    });
  });

  it('reports a catalogue whose hash does not match, sent in parts, and keeps none of it', async () => {
    const snapshot = { ...testSnapshot(), asOf: '2030-01-01' };
    const outcome = await sendSnapshot(sendCommand, snapshot, CONSOLE, 300);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/hash/i);
    const status = await sendCommand('get-status', { url: null });
    expect(status.ok && status.value.catalogue).toBeNull();
  });

  it('refuses a catalogue needing more parts than the protocol allows', async () => {
    const outcome = await sendSnapshot(sendCommand, testSnapshot(), CONSOLE, 10);
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `ab${'\u{1F600}'.repeat(5)}c`;
    const parts = splitText(text, 3);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part).toBe(part.toWellFormed());
  });
});
