import { type ApiErrorParams, apiErrorSentence, defineMessages, isApiErrorCode, pick } from '@niemyet/core';
import type { Language } from '../i18n/messages';
import { ApiError, type ClientErrorCode } from './api-error';

/**
 * What an error code means, in the user's language. The server's own `message` is for logs; a
 * screen says the code with its parameters. The sentences of the contract's codes live in core
 * (`apiErrorSentence`), shared with the extension and the server's own messages; the codes only
 * this client gives (the network failed, the answer was malformed) are said here. A code this
 * build does not know (a newer server) still gets a sentence, with the server's message appended
 * so nothing it said is lost.
 */

const field = (params: ApiErrorParams) =>
  params.field === undefined || params.field === null ? '' : String(params.field);

const CLIENT_SENTENCES = defineMessages<Record<ClientErrorCode, (params: ApiErrorParams) => string>>(
  {
    'network-error': () => 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.',
    'invalid-response': () => 'Máy chủ trả lời không đúng định dạng. Hãy báo cho quản trị viên.',
    'invalid-request': (p) =>
      field(p)
        ? `Dữ liệu không hợp lệ ở trường «${field(p)}»: chưa gửi lên máy chủ.`
        : 'Dữ liệu không hợp lệ.',
    aborted: () => 'Đã hủy.',
  },
  {
    'network-error': () => 'Cannot reach the server. Check the network and try again.',
    'invalid-response': () => 'The server answered in an unexpected format. Tell an administrator.',
    'invalid-request': (p) =>
      field(p) ? `Invalid data in “${field(p)}”: not sent to the server.` : 'Invalid data.',
    aborted: () => 'Cancelled.',
  },
);

const isClientCode = (code: string): code is ClientErrorCode => Object.hasOwn(CLIENT_SENTENCES.vi, code);

const unknownCode = defineMessages(
  {
    said: (error: ApiError) =>
      `Máy chủ báo lỗi (${error.code}${error.status ? `, HTTP ${error.status}` : ''})${detail(error)}`,
  },
  {
    said: (error) =>
      `The server reported an error (${error.code}${error.status ? `, HTTP ${error.status}` : ''})${detail(error)}`,
  },
);

function detail(error: ApiError): string {
  return error.message && error.message !== error.code ? `: ${error.message}` : '.';
}

/** The error's parameters, with the Retry-After header's seconds when the server sent one. */
function paramsOf(error: ApiError): ApiErrorParams {
  return error.retryAfter === null ? error.params : { ...error.params, retryAfter: error.retryAfter };
}

/** Any error a call can throw, as one sentence in `language`. */
export function errorMessage(error: unknown, language: Language): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (isApiErrorCode(error.code)) return apiErrorSentence(error.code, paramsOf(error), language);
  if (isClientCode(error.code)) return pick(CLIENT_SENTENCES, language)[error.code](error.params);
  // A throttling answer with a code we do not know still says when to try again.
  if (error.status === 429) return apiErrorSentence('too-many-requests', paramsOf(error), language);
  return pick(unknownCode, language).said(error);
}
