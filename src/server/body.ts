import type { IncomingMessage } from 'node:http';

/** Largest request body accepted at /graphql. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request the server refuses with an HTTP status and a message safe to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/**
 * The request body as text, or an HttpError 413 past `limit` bytes. A
 * declared Content-Length over the limit is refused before reading; a
 * chunked body is refused as soon as it grows past it, and the rest is
 * drained (not reset), so the client reads the 413 instead of a broken pipe.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => new HttpError(413, `request body over ${limit} bytes`, 'PAYLOAD_TOO_LARGE');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        fail(tooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
