// The one HTTP client effects use: every hop goes through the SSRF guard (redirects are followed
// by hand, at most 3, each re-checked), the body is capped (1 MiB) and the whole exchange has a
// deadline (10 s). Failures are values with a code; nothing here throws for a bad URL or peer.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { checkUrl, guardedLookup, SsrfBlockedError } from './ssrf-guard.ts';
import type { OutboundPolicy, OutboundRefusal } from './ssrf-guard.ts';

export interface OutboundRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface OutboundLimits {
  /** Largest response body in bytes (default 1 MiB). */
  maxBytes: number;
  /** Deadline for the whole exchange, redirects included (default 10 s). */
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: OutboundLimits = { maxBytes: 1024 * 1024, timeoutMs: 10_000, maxRedirects: 3 };

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered (after redirects). */
  url: string;
}

export type OutboundResult = { ok: true; response: OutboundResponse } | { ok: false; error: OutboundRefusal };

export async function sendOutbound(policy: OutboundPolicy, req: OutboundRequest, limits: Partial<OutboundLimits> = {}): Promise<OutboundResult> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const deadline = AbortSignal.timeout(lim.timeoutMs);
  let current = req;
  let base: string | undefined;
  for (let hop = 0; ; hop++) {
    const checked = checkUrl(policy, current.url, base);
    if (!checked.ok) return checked;
    const r = await oneHop(policy, checked.url, current, lim.maxBytes, deadline);
    if (!r.ok) return r;
    const { status, headers } = r.response;
    const location = headers.location;
    if (status < 300 || status >= 400 || status === 304 || !location) return r;
    if (hop >= lim.maxRedirects) return { ok: false, error: { code: 'too-many-redirects', message: `more than ${lim.maxRedirects} redirects` } };
    base = checked.url.href;
    // 303 (and 301/302 for POST, as browsers do) continue as GET without a body.
    const asGet = status === 303 || ((status === 301 || status === 302) && current.method !== 'GET');
    current = asGet ? { method: 'GET', url: location, ...(current.headers ? { headers: current.headers } : {}) } : { ...current, url: location };
  }
}

function oneHop(policy: OutboundPolicy, url: URL, req: OutboundRequest, maxBytes: number, signal: AbortSignal): Promise<OutboundResult> {
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string> = { 'user-agent': 'Baton-Outbound/1', ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    let settled = false;
    const done = (r: OutboundResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    if (signal.aborted) return done({ ok: false, error: { code: 'timeout', message: 'the request timed out' } });
    const client = send(url, { method: req.method, headers, lookup: guardedLookup(policy) as never, signal, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        res.destroy();
        return done({ ok: false, error: { code: 'response-too-large', message: `the response declares ${declared} bytes (limit ${maxBytes})` } });
      }
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          res.destroy();
          done({ ok: false, error: { code: 'response-too-large', message: `the response is larger than ${maxBytes} bytes` } });
        } else chunks.push(c);
      });
      res.on('end', () => done({ ok: true, response: { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), url: url.href } }));
      res.on('error', (e) => done(failure(e, signal)));
    });
    client.on('error', (e) => done(failure(e, signal)));
    client.end(req.body);
  });
}

function failure(e: unknown, signal: AbortSignal): OutboundResult {
  if (e instanceof SsrfBlockedError) return { ok: false, error: e.refusal };
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof SsrfBlockedError) return { ok: false, error: cause.refusal };
  if (signal.aborted) return { ok: false, error: { code: 'timeout', message: 'the request timed out' } };
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { ok: false, error: { code: 'dns-failed', message: String((e as Error).message) } };
  return { ok: false, error: { code: 'connect-failed', message: String((e as Error).message ?? e) } };
}
