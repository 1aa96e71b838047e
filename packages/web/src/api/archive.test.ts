import { describe, expect, it } from 'vitest';
import { archiveQuery, exportArchive, restoreArchived, searchArchive } from './archive.ts';
import type { HttpClient } from './http.ts';

function recorder(answer: unknown, ok = true) {
  const calls: Array<{ method: string; path: string; opts: unknown }> = [];
  const http: HttpClient = {
    async request(method, path, opts) {
      calls.push({ method, path, opts });
      return (ok ? { ok: true, status: 200, data: answer, etag: null } : { ok: false, error: { status: 400, code: 'bad-query', message: { en: 'bad', 'zh-CN': '错' }, pointer: '/from' } }) as never;
    },
  };
  return { http, calls };
}

describe('archive api', () => {
  it('builds query strings without empty filters, trimmed and encoded', () => {
    expect(archiveQuery({})).toBe('');
    expect(archiveQuery({ q: '  合同 续签 ', definition: '', status: 'approved' })).toBe('?q=%E5%90%88%E5%90%8C+%E7%BB%AD%E7%AD%BE&status=approved');
    expect(archiveQuery({ from: '2026-01-01' }, { format: 'csv' })).toBe('?from=2026-01-01&format=csv');
  });

  it('searches with the cursor and fills a missing page shape', async () => {
    const { http, calls } = recorder({ items: [{ id: 'i1' }] });
    const r = await searchArchive(http, { q: 'acme' }, 'Mw');
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/archive?q=acme&cursor=Mw' });
    expect(r.ok && r.data).toEqual({ items: [{ id: 'i1' }], nextCursor: null });
  });

  it('passes server errors through as values', async () => {
    const { http } = recorder(undefined, false);
    const r = await searchArchive(http, { from: 'x' });
    expect(r.ok ? null : r.error.pointer).toBe('/from');
  });

  it('exports as text and restores by POST', async () => {
    const { http, calls } = recorder('id,title\r\n');
    await exportArchive(http, { status: 'rejected' }, 'csv');
    await restoreArchived(http, 'a/b');
    expect(calls.map((c) => [c.method, c.path])).toEqual([['GET', '/api/archive/export?status=rejected&format=csv'], ['POST', '/api/instances/a%2Fb/unarchive']]);
    expect(calls[0]!.opts).toEqual({ text: true });
  });
});
