import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EVENT_CHANNEL } from './events';
import { COMMAND_CHANNEL } from './protocol';
import { type CommandHandlers, createCommandListener } from './router';
import { packRows } from './row-wire';
import { sendCommand } from './send-command';

function pullSummary(id: string) {
  return {
    id,
    status: 'running' as const,
    startUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html',
    startedAt: 'T0',
    updatedAt: 'T1',
    withDetails: false,
    adapterId: null,
    total: null,
    rows: 0,
    pages: { total: 1, done: 0, failed: 0, pending: 1 },
    details: { total: 0, done: 0, failed: 0, pending: 0 },
    failures: [],
    listingComplete: false,
    auditId: null,
    error: null,
  };
}

function handlers(overrides: Partial<CommandHandlers> = {}): CommandHandlers {
  const refuse = () => Promise.reject(new Error('not in this test'));
  return new Proxy(overrides as CommandHandlers, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? refuse,
  });
}

describe('the command protocol', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    browser.runtime.onMessage.addListener(
      createCommandListener(
        handlers({
          'get-pull': async ({ id }) => (id === 'known' ? pullSummary(id) : null),
          'list-audits': async ({ limit }) => {
            if (limit !== 50) throw new Error(`limit ${limit}`);
            return [];
          },
          'cancel-pull': async () => {
            throw new Error('No pull with id p9');
          },
          // A handler answering the wrong shape: the sender must notice, not trust it.
          'resume-pull': async () => ({ id: 'x' }) as never,
        }),
      ),
    );
  });

  it('routes a valid command to its handler and returns the validated answer', async () => {
    const result = await sendCommand('get-pull', { id: 'known' });
    expect(result).toEqual({ ok: true, value: pullSummary('known') });
    expect(await sendCommand('get-pull', { id: 'other' })).toEqual({ ok: true, value: null });
  });

  it('fills request defaults before the handler sees the payload', async () => {
    expect(await sendCommand('list-audits', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses a payload that does not match the request schema, naming the field', async () => {
    const result = await sendCommand('audit-page', {
      url: 'javascript:alert(1)',
      adapterId: 'national',
      rows: packRows([]),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Invalid audit-page request: url: /);
  });

  it('refuses rows with a missing name', async () => {
    const result = await sendCommand('audit-page', {
      url: 'https://dichvucong.gov.vn/x',
      adapterId: 'national',
      rows: {
        ...packRows([]),
        code: [null],
        rawCode: [null],
        levels: [null],
        field: [null],
        agency: [null],
        text: ['x'],
      },
    });
    expect(!result.ok && result.error).toMatch(
      /^Invalid audit-page request: rows\.code: expected 0 values, one per row/,
    );
  });

  it('refuses rows that refer to values that were not sent', async () => {
    const rows = packRows([
      { code: '1.000001', rawCode: '1.000001', name: 'A', field: 'Hộ tịch', text: 'A' },
    ]);
    const result = await sendCommand('audit-page', {
      url: 'https://dichvucong.gov.vn/x',
      adapterId: 'national',
      rows: { ...rows, values: [] },
    });
    expect(!result.ok && result.error).toMatch(
      /^Invalid audit-page request: rows\.values: a row refers to a value/,
    );
  });

  it('refuses an unknown command and a message that is not a command', async () => {
    expect(
      await browser.runtime.sendMessage({ channel: COMMAND_CHANNEL, type: 'format-disk', payload: {} }),
    ).toEqual({
      ok: false,
      error: 'Unknown command "format-disk"',
    });
    expect(await browser.runtime.sendMessage('hello')).toEqual({
      ok: false,
      error: 'Not a Niêm yết command',
    });
    expect(
      await browser.runtime.sendMessage({ channel: COMMAND_CHANNEL, type: 'toString', payload: {} }),
    ).toEqual({
      ok: false,
      error: 'Unknown command "toString"',
    });
  });

  it('turns a handler error into an answer, never a throw', async () => {
    expect(await sendCommand('cancel-pull', { id: 'p9' })).toEqual({
      ok: false,
      error: 'No pull with id p9',
    });
  });

  it('refuses a malformed answer on the sender side', async () => {
    const result = await sendCommand('resume-pull', { id: 'p1' });
    expect(!result.ok && result.error).toMatch(/^Malformed answer to resume-pull: /);
  });

  it('leaves event broadcasts alone', () => {
    const listener = createCommandListener(handlers());
    const sendResponse = vi.fn();
    expect(
      listener({ channel: EVENT_CHANNEL, event: 'catalogue-changed', hash: null }, {}, sendResponse),
    ).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

describe('sendCommand without a background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers with an error instead of rejecting', async () => {
    const result = await sendCommand('get-pull', { id: 'x' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/did not answer/);
  });
});
