import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createBodyLimit } from './body-limit.ts';

function app(max: number) {
  const a = new Hono();
  a.use('*', createBodyLimit(max, (c) => c.text('too large', 413)));
  a.post('/echo', async (c) => c.text(await c.req.text()));
  a.get('/get', (c) => c.text('ok'));
  return a;
}

/** A body with no declared length: it streams in chunks. */
function chunked(parts: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const p of parts) controller.enqueue(enc.encode(p));
      controller.close();
    },
  });
}

describe('createBodyLimit', () => {
  it('decides on the declared length: over the limit is refused, at the limit passes with its body intact', async () => {
    const a = app(10);
    const over = await a.request('/echo', { method: 'POST', headers: { 'content-length': '11' }, body: '12345678901' });
    expect(over.status).toBe(413);
    const at = await a.request('/echo', { method: 'POST', headers: { 'content-length': '10' }, body: '1234567890' });
    expect(at.status).toBe(200);
    expect(await at.text()).toBe('1234567890');
  });

  it('counts the bytes of a body without a declared length, and refuses one whose length header is not a number', async () => {
    const a = app(10);
    const big = await a.request('/echo', { method: 'POST', body: chunked(['123456', '789012']), duplex: 'half' } as RequestInit);
    expect(big.status).toBe(413);
    const small = await a.request('/echo', { method: 'POST', body: chunked(['1234', '56']), duplex: 'half' } as RequestInit);
    expect(await small.text()).toBe('123456');
    const odd = await a.request('/echo', { method: 'POST', headers: { 'content-length': 'ten' }, body: chunked(['123456', '789012']), duplex: 'half' } as RequestInit);
    expect(odd.status).toBe(413);
  });

  it('lets GET through', async () => {
    expect((await app(1).request('/get')).status).toBe(200);
  });
});
