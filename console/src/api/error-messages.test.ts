import { API_ERROR_CODES } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import { errorMessage } from './error-messages';

describe('error codes in the user language', () => {
  it('says every code of the contract and of the client in Vietnamese and in English', () => {
    for (const code of [...API_ERROR_CODES, ...Object.values(CLIENT_ERROR_CODES)]) {
      const error = new ApiError({ status: 400, code, message: 'english for logs' });
      const vi = errorMessage(error, 'vi');
      const en = errorMessage(error, 'en');
      expect(vi, code).not.toContain(code);
      expect(en, code).not.toContain(code);
      expect(vi).not.toBe(en);
    }
  });

  it('puts the parameters in the sentence', () => {
    expect(errorMessage(new ApiError({ status: 429, code: 'too-many-requests', retryAfter: 42 }), 'vi')).toBe(
      'Đăng nhập sai quá nhiều lần: thử lại sau 42 giây.',
    );
    expect(
      errorMessage(new ApiError({ status: 409, code: 'username-taken', params: { username: 'lan' } }), 'en'),
    ).toBe('The username “lan” is taken.');
    expect(
      errorMessage(new ApiError({ status: 400, code: 'bad-request', params: { field: 'roles' } }), 'vi'),
    ).toBe('Dữ liệu không hợp lệ ở trường «roles».');
  });

  it('keeps what the server said when it sends a code this build does not know', () => {
    const error = new ApiError({ status: 418, code: 'teapot', message: 'short and stout' });
    expect(errorMessage(error, 'en')).toBe(
      'The server reported an error (teapot, HTTP 418): short and stout',
    );
    expect(errorMessage(new ApiError({ status: 429, code: 'slow-down', retryAfter: 5 }), 'vi')).toContain(
      'thử lại sau 5 giây',
    );
    expect(errorMessage(new Error('plain'), 'vi')).toBe('plain');
  });
});
