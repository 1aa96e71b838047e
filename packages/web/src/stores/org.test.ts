import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useOrgStore } from './org.ts';
import type { HttpClient } from '../api/http.ts';

function http(fail: string | null): HttpClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    request: async (_m: string, path: string) => {
      calls.push(path);
      if (path === fail) return { ok: false, error: { status: 500, code: 'http-500', message: { en: 'x', 'zh-CN': 'x' } } } as never;
      const items = path.endsWith('/users') ? [{ id: 'li.na', name: 'Li Na', roles: [] }] : path.endsWith('/roles') ? [{ id: 'finance-lead' }] : [{ id: 'sales', name: 'Sales' }];
      return { ok: true, status: 200, data: { items }, etag: null } as never;
    },
  } as HttpClient & { calls: string[] };
}

describe('org store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads users, departments and roles once', async () => {
    const org = useOrgStore();
    const h = http(null);
    await Promise.all([org.load(h), org.load(h)]);
    await org.load(h);
    expect(h.calls.sort()).toEqual(['/api/org/departments', '/api/org/roles', '/api/org/users']);
    expect(org.state).toBe('ready');
    expect(org.users.map((u) => u.id)).toEqual(['li.na']);
    expect(org.roles.map((r) => r.id)).toEqual(['finance-lead']);
  });

  it('names a user by id once loaded, and falls back to the id meanwhile or for someone not listed', async () => {
    const org = useOrgStore();
    expect(org.nameOf('li.na')).toBe('li.na');
    await org.load(http(null));
    expect(org.nameOf('li.na')).toBe('Li Na');
    expect(org.nameOf('ghost')).toBe('ghost');
  });

  it('loads again after invalidate (an org edit), not before', async () => {
    const org = useOrgStore();
    const h = http(null);
    await org.load(h);
    await org.load(h);
    expect(h.calls).toHaveLength(3);
    org.invalidate();
    await org.load(h);
    expect(h.calls).toHaveLength(6);
  });

  it('keeps what loaded when one list fails, says so, and may try again', async () => {
    const org = useOrgStore();
    await org.load(http('/api/org/roles'));
    expect(org.state).toBe('error');
    expect(org.users).toHaveLength(1);
    expect(org.roles).toEqual([]);
    await org.load(http(null));
    expect(org.state).toBe('ready');
    expect(org.roles).toHaveLength(1);
  });
});
