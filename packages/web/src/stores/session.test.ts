// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useSessionStore } from './session.ts';
import { usePreferencesStore } from './preferences.ts';
import type { HttpClient } from '../api/http.ts';

const user = { id: 'wang.lei', name: 'Wang Lei', roles: ['sales-manager'], systemRole: 'designer' as const };

function http(reply: { ok: true; data: unknown } | { ok: false; status: number }): HttpClient {
  return {
    request: async () => (reply.ok
      ? { ok: true, status: 200, data: reply.data, etag: null }
      : { ok: false, error: { status: reply.status, code: 'bad-credentials', message: { en: 'Wrong', 'zh-CN': '错误' } } }) as never,
  };
}

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('signs in, remembers the session across a reload, and signs out', async () => {
    const session = useSessionStore();
    expect(session.signedIn).toBe(false);
    expect(await session.signIn(http({ ok: true, data: { token: 't1', user } }), 'wang.lei', 'pw')).toEqual({ ok: true });
    expect(session.signedIn).toBe(true);
    expect(session.canDesign).toBe(true);
    setActivePinia(createPinia());
    const reloaded = useSessionStore();
    expect(reloaded.token).toBe('t1');
    expect(reloaded.user).toEqual(user);
    reloaded.signOut();
    expect(localStorage.getItem('baton.token')).toBeNull();
    expect(reloaded.signedIn).toBe(false);
  });

  it('returns a failed login as a value and stays signed out', async () => {
    const session = useSessionStore();
    const r = await session.signIn(http({ ok: false, status: 401 }), 'wang.lei', 'nope');
    expect(r).toMatchObject({ ok: false, error: { status: 401 } });
    expect(session.signedIn).toBe(false);
  });

  it('ignores a stored user it cannot read, and members are not designers', async () => {
    localStorage.setItem('baton.user', '{not json');
    expect(useSessionStore().user).toBeNull();
    setActivePinia(createPinia());
    const session = useSessionStore();
    await session.signIn(http({ ok: true, data: { token: 't', user: { ...user, systemRole: 'member' } } }), 'li.na', 'pw');
    expect(session.canDesign).toBe(false);
  });
});

describe('preferences store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('keeps the chosen language', () => {
    usePreferencesStore().setLocale('en');
    setActivePinia(createPinia());
    expect(usePreferencesStore().locale).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem('baton.locale', 'fr');
    expect(['zh-CN', 'en']).toContain(usePreferencesStore().locale);
  });
});
