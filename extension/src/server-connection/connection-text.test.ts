import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { FINDING_REPORT_STATE_FALLBACK } from '../settings/settings';
import { connectOutcomeText, reportStateLines } from './connection-text';

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
      text: 'Mã truy cập đã bị thu hồi. Hãy tạo mã mới trong bảng điều khiển. Đã ngừng gửi. Hãy tạo mã mới trong bảng điều khiển rồi kết nối lại trong Tùy chọn.',
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
});
