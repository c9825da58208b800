import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './host-check';
import { nextRunAfter } from './schedule';

describe('nextRunAfter', () => {
  it('runs daily at a Vietnam time: 02:00 in Hà Nội is 19:00 UTC the day before', () => {
    expect(nextRunAfter({ kind: 'daily', at: '02:00' }, new Date('2026-03-01T10:00:00Z')).toISOString()).toBe(
      '2026-03-01T19:00:00.000Z',
    );
    // Just past it: the next day's.
    expect(nextRunAfter({ kind: 'daily', at: '02:00' }, new Date('2026-03-01T19:00:00Z')).toISOString()).toBe(
      '2026-03-02T19:00:00.000Z',
    );
    expect(nextRunAfter({ kind: 'daily', at: '23:30' }, new Date('2026-03-01T16:00:00Z')).toISOString()).toBe(
      '2026-03-01T16:30:00.000Z',
    );
  });

  it('runs every N minutes after the last', () => {
    expect(nextRunAfter({ kind: 'every', minutes: 1 }, new Date('2026-03-01T10:00:00Z')).toISOString()).toBe(
      '2026-03-01T10:01:00.000Z',
    );
    // A test server's minute may be shortened (NIEMYET_WATCH_MINUTE_MS); a daily time never is.
    expect(
      nextRunAfter({ kind: 'every', minutes: 3 }, new Date('2026-03-01T10:00:00Z'), 1_000).toISOString(),
    ).toBe('2026-03-01T10:00:03.000Z');
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd12::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['203.162.4.190', false],
    ['2001:4860:4860::8888', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
