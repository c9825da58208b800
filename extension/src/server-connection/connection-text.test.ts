import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { FINDING_REPORT_STATE_FALLBACK } from '../settings/settings';
import { connectOutcomeText, reportStateLines, serverSectionMessage } from './connection-text';

const VI = { t: vi, locale: 'vi' as const };
const EN = { t: en, locale: 'en' as const };

describe('what the extension says about the server connection', () => {
  it('says why connecting failed: core’s sentence for a revoked token, the status otherwise', () => {
    const revoked = { kind: 'refused', status: 401, refusal: { code: 'token-revoked', params: {} } } as const;
    expect(connectOutcomeText(VI, revoked)).toBe(
      'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển.',
    );
    expect(connectOutcomeText(EN, revoked)).toBe(
      'The access token was revoked. Create a new one in the console.',
    );
    expect(connectOutcomeText(VI, { kind: 'refused', status: 502, refusal: null })).toContain('HTTP 502');
    expect(connectOutcomeText(VI, { kind: 'unreachable', error: 'https://x.gov.vn: Failed to fetch' })).toBe(
      'Không liên lạc được với máy chủ (https://x.gov.vn: Failed to fetch). Kiểm tra địa chỉ và mạng rồi thử lại.',
    );
  });

  it('counts what waits and what went, the Vietnamese way', () => {
    const lines = reportStateLines(VI, {
      ...FINDING_REPORT_STATE_FALLBACK,
      pending: 1_853,
      lastSent: { sent: 2, alreadyThere: 1 },
      lastSentAt: '2025-03-01T08:00:00.000Z',
    });
    expect(lines).toEqual([
      { kind: 'pending', text: '1.853 phát hiện chờ gửi' },
      { kind: 'sent', text: 'Đã gửi 2 (1 đã có trong hộp thư: thêm lần phát hiện) lúc 01/03/2025 15:00' },
    ]);
    expect(reportStateLines(EN, { ...FINDING_REPORT_STATE_FALLBACK, pending: 1_853 })[0]?.text).toBe(
      '1,853 findings waiting to be sent',
    );
    expect(reportStateLines(VI, FINDING_REPORT_STATE_FALLBACK)).toEqual([]);
  });

  it('says sending stopped on a revoked token, and that it retries when the server is silent', () => {
    const revoked = reportStateLines(VI, {
      ...FINDING_REPORT_STATE_FALLBACK,
      pending: 1,
      revoked: true,
      lastError: 'HTTP 401',
      lastRefusal: { code: 'token-revoked', params: {} },
    });
    expect(revoked[0]).toEqual({
      kind: 'revoked',
      text: 'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển. Đã ngừng gửi. Có mã mới thì kết nối lại trong Tùy chọn.', // Core's sentence says where to make a new token; the extension's adds only what is its own.
    });
    const retrying = reportStateLines(VI, {
      ...FINDING_REPORT_STATE_FALLBACK,
      pending: 1,
      failures: 2,
      lastError: 'HTTP 503 from https://x.gov.vn/api/findings',
    });
    expect(retrying[0]?.kind).toBe('retrying');
    expect(retrying[0]?.text).toContain('tự gửi lại');
  });

  it('says in Options, under the form, that the server no longer takes the token, whenever it learnt so', () => {
    const revoked = {
      ...FINDING_REPORT_STATE_FALLBACK,
      pending: 1,
      revoked: true,
      lastError: 'HTTP 401',
      lastRefusal: { code: 'token-revoked', params: {} },
    } as const;
    const connected = { message: null, busy: false, connected: true, reports: revoked };
    // Opened after a send was refused: nothing was typed on this page, yet it says why and what to do.
    expect(serverSectionMessage(VI, connected)).toEqual({
      kind: 'error',
      text: 'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển. Dán mã mới vào ô «Mã truy cập» bên trên rồi bấm «Kết nối máy chủ».',
    });
    expect(serverSectionMessage(EN, connected)?.text).toBe(
      'The access token was revoked. Create a new one in the console. Paste the new token into “Access token” above, then press “Connect server”.',
    );
    // Open since connecting: the stale “connected” gives way to the refusal.
    const stale = { kind: 'ok', text: 'Đã kết nối https://x.gov.vn.' } as const;
    expect(serverSectionMessage(VI, { ...connected, message: stale })?.kind).toBe('error');
    // A 401 without the API's code still says the token was refused.
    expect(
      serverSectionMessage(VI, { ...connected, reports: { ...revoked, lastRefusal: null } })?.text,
    ).toContain('HTTP 401');
    // The user acting on the form is told about that: a check under way, its failure.
    const checking = { kind: 'ok', text: 'Đang kiểm tra mã truy cập…' } as const;
    expect(serverSectionMessage(VI, { ...connected, message: checking, busy: true })).toBe(checking);
    const failed = { kind: 'error', text: 'Không liên lạc được với máy chủ (…).' } as const;
    expect(serverSectionMessage(VI, { ...connected, message: failed })).toBe(failed);
    // A token the server takes, or no server at all: only what the user's last action said.
    const fine = { ...connected, reports: FINDING_REPORT_STATE_FALLBACK, message: stale };
    expect(serverSectionMessage(VI, fine)).toBe(stale);
    expect(serverSectionMessage(VI, { ...connected, connected: false, message: null })).toBeNull();
    expect(serverSectionMessage(VI, { ...connected, reports: undefined })).toBeNull();
  });
});
