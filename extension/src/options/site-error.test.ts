import { describe, expect, it } from 'vitest';
import { connectConsole } from '../console-bridge/console-connection';
import { EXTENSION_MESSAGES } from '../i18n/messages';
import { siteErrorText } from './site-error';

const { vi, en } = EXTENSION_MESSAGES;

describe('why a site could not be added, in the user language', () => {
  it('says what is wrong with the address in Vietnamese, not the English of the checks', async () => {
    const result = await connectConsole(' ftp://x.gov.vn ');
    if (result.ok) throw new Error('an ftp address was accepted');
    expect(siteErrorText(vi, result.code, ' ftp://x.gov.vn ', result.error)).toBe(
      '«ftp://x.gov.vn» không phải địa chỉ một trang web (http hoặc https).',
    );
    expect(siteErrorText(en, result.code, 'ftp://x.gov.vn', result.error)).toBe(
      '"ftp://x.gov.vn" is not the address of a web site (http or https).',
    );
  });

  it('passes on only the browser reason for a failed registration', () => {
    expect(siteErrorText(vi, 'register-failed', 'dvc.hoabinh.gov.vn', 'Could not register: quota')).toBe(
      'Trình duyệt không cho chạy tiện ích trên trang này (Could not register: quota).',
    );
    expect(siteErrorText(vi, 'duplicate', 'https://dvc.hoabinh.gov.vn', '')).toBe(
      'https://dvc.hoabinh.gov.vn đã được thêm rồi.',
    );
  });
});
