// The API's body-size limit. Hono's bodyLimit reads `c.req.raw.body`, which makes
// @hono/node-server build a WHATWG Request and a stream for every POST (about a tenth of an
// approval's server CPU: docs/performance.md, http.bench.ts). When the request declares its
// length, Node's HTTP parser delivers exactly that many bytes, so the header alone decides and
// the body is later read through the adapter's fast path. Bodies without a length (chunked)
// still go through Hono's middleware, which counts the bytes as they stream.
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export function createBodyLimit(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return async function limitDeclaredBody(c: Context, next: Next) {
    const method = c.req.method;
    // GET and HEAD carry no body the adapter would read.
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    // A length that is not a number (Node's parser answers 400 to one; app.request does not) is
    // refused too: Hono's middleware would let it through uncounted.
    return !/^\d{1,15}$/.test(length) || Number(length) > maxSize ? onError(c) : next();
  };
}
