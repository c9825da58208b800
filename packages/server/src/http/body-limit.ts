import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { ApiHttpError } from './errors';

/**
 * Refuses bodies larger than `maxSize` bytes with 413 `payload-too-large`: by Content-Length
 * before reading, and while reading a chunked body, so a huge upload is never held whole.
 */
export function bodyLimit(maxSize: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize,
    onError: () => {
      throw new ApiHttpError(
        413,
        'payload-too-large',
        `Nội dung quá lớn (tối đa ${maxSize} byte) (the body is larger than ${maxSize} bytes).`,
        { limit: maxSize },
        // The rest of the body is not read: the connection cannot carry another request.
        { headers: { Connection: 'close' } },
      );
    },
  });
}
