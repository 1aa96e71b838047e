import { describe, expect, it } from 'vitest';
import { createHttpClient, toApiError } from './http.ts';
import { createDefinition, displayStatus, listDefinitions, saveDraft } from './definitions.ts';
import { newDefinition } from '../designer/new-definition.ts';

interface Seen { url: string; method: string; headers: Record<string, string>; body?: string }

function fakeFetch(reply: (req: Seen) => Response) {
  const seen: Seen[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    const req: Seen = { url: String(input), method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string> };
    if (typeof init?.body === 'string') req.body = init.body;
    seen.push(req);
    return reply(req);
  }) as typeof fetch;
  return { fn, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('http client', () => {
  it('sends the session token and JSON, and returns data with the ETag', async () => {
    const f = fakeFetch(() => json(200, { key: 'k', etag: '"2"' }, { etag: '"2"' }));
    const http = createHttpClient({ token: () => 'tok', fetch: f.fn });
    const r = await saveDraft(http, 'discount approval', newDefinition('k', { en: 'K', 'zh-CN': 'K' }), '"1"');
    expect(r).toMatchObject({ ok: true, status: 200, etag: '"2"', data: { key: 'k' } });
    expect(f.seen[0]).toMatchObject({ method: 'PUT', url: '/api/definitions/discount%20approval/draft' });
    expect(f.seen[0]!.headers).toMatchObject({ authorization: 'Bearer tok', 'if-match': '"1"', 'content-type': 'application/json' });
    expect(JSON.parse(f.seen[0]!.body!)).toMatchObject({ key: 'k' });
  });

  it('turns the server error shape into a bilingual error value', async () => {
    const f = fakeFetch(() => json(412, { error: { code: 'stale-draft', message: { en: 'Someone saved first.', 'zh-CN': '他人已先保存。' }, pointer: '/key' } }));
    const http = createHttpClient({ token: () => null, fetch: f.fn });
    const r = await createDefinition(http, newDefinition('k', { en: 'K', 'zh-CN': 'K' }));
    expect(r).toEqual({ ok: false, error: { status: 412, code: 'stale-draft', message: { en: 'Someone saved first.', 'zh-CN': '他人已先保存。' }, pointer: '/key' } });
    expect(f.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('reports a dead network and a non-JSON failure as values, never throwing', async () => {
    const down = createHttpClient({ token: () => null, fetch: (async () => { throw new TypeError('fetch failed'); }) as typeof fetch });
    expect(await listDefinitions(down)).toMatchObject({ ok: false, error: { status: 0, code: 'network' } });
    const html = createHttpClient({ token: () => null, fetch: (async () => new Response('<h1>Bad gateway</h1>', { status: 502 })) as typeof fetch });
    expect(await listDefinitions(html)).toMatchObject({ ok: false, error: { status: 502, code: 'http-502', message: { en: 'Request failed (502).' } } });
  });

  it('reads error bodies in every shape it may meet', () => {
    expect(toApiError(400, { code: 'bad', message: 'plain text' })).toMatchObject({ code: 'bad', message: { en: 'plain text', 'zh-CN': 'plain text' } });
    expect(toApiError(422, { error: { code: 'invalid', message: { en: 'Only English' }, details: 1, problems: [{ pointer: '/nodes/0' }] } })).toMatchObject({ code: 'invalid', message: { en: 'Only English', 'zh-CN': 'Only English' }, problems: [{ pointer: '/nodes/0' }] });
    expect(toApiError(422, { error: { code: 'invalid-data', message: { en: 'Bad', 'zh-CN': '坏' }, pointer: '/data/amount', details: { problems: [{ pointer: '/data/amount' }] } } }).problems).toEqual([{ pointer: '/data/amount' }]);
    expect(toApiError(500, undefined)).toMatchObject({ code: 'http-500' });
    expect(toApiError(500, [1, 2])).toMatchObject({ code: 'http-500' });
  });

  it('lists definitions from { items } and names their status for people', async () => {
    const f = fakeFetch(() => json(200, { items: [{ key: 'a', status: 'active', latestVersion: 0, name: { en: 'A' } }] }));
    const r = await listDefinitions(createHttpClient({ token: () => 't', fetch: f.fn }));
    expect(r.ok && r.data.map((d) => d.key)).toEqual(['a']);
    expect(displayStatus({ status: 'active', latestVersion: 0 })).toBe('draft');
    expect(displayStatus({ status: 'active', latestVersion: 3 })).toBe('published');
    expect(displayStatus({ status: 'inactive', latestVersion: 3 })).toBe('deactivated');
    expect(displayStatus({ status: 'archived', latestVersion: 3 })).toBe('archived');
  });
});
