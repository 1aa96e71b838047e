import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import type { ApiResult, HttpClient } from '../../api/http.ts';
import type { AppNotification } from '../../api/notifications.ts';
import { POLL_MS, saveLanguageSwitches, useNotifications } from './use-notifications.ts';
import type { TimerPort } from './use-notifications.ts';

const note = (id: string, readAt?: string): AppNotification => ({
  id, kind: 'task-assigned', instanceId: `inst-${id}`, title: 'T', text: { en: 'e', 'zh-CN': 'z' }, createdAt: '2026-03-02T09:00:00.000Z', ...(readAt ? { readAt } : {}),
});

/** A fake server: the unread set, and a log of calls. */
function fakeServer(initial: AppNotification[], pageSize = 20) {
  let items = [...initial];
  const calls: string[] = [];
  const languages: string[] = [];
  const saved: string[] = [];
  const unread = () => items.filter((n) => !n.readAt).length;
  const ok = <T>(data: T): ApiResult<T> => ({ ok: true, status: 200, data, etag: null });
  const http: HttpClient = {
    async request<T>(method: string, path: string, opts?: { headers?: Record<string, string>; body?: unknown }): Promise<ApiResult<T>> {
      calls.push(`${method} ${path}`);
      if (method === 'PUT' && path === '/api/notifications/settings') {
        saved.push((opts?.body as { locale: string }).locale);
        return ok(opts?.body) as ApiResult<T>;
      }
      languages.push(`${method} ${path.split('?')[0]} ${opts?.headers?.['accept-language'] ?? '-'}`);
      if (path === '/api/notifications/unread-count') return ok({ unread: unread() }) as ApiResult<T>;
      if (path.startsWith('/api/notifications?')) {
        // Pages of two, the cursor being the index of the next one.
        const from = Number(new URLSearchParams(path.split('?')[1]).get('cursor') ?? 0);
        const page = items.slice(from, from + pageSize);
        return ok({ items: page, nextCursor: from + pageSize < items.length ? String(from + pageSize) : null }) as ApiResult<T>;
      }
      if (path === '/api/notifications/read-all') {
        const marked = unread();
        items = items.map((n) => ({ ...n, readAt: n.readAt ?? 'now' }));
        return ok({ marked, unread: 0 }) as ApiResult<T>;
      }
      const m = /^\/api\/notifications\/([^/]+)\/read$/.exec(path);
      const hit = m && items.find((n) => n.id === m[1]);
      if (!hit) return { ok: false, error: { status: 404, code: 'not-found', message: { en: 'x', 'zh-CN': 'x' } } };
      items = items.map((n) => (n.id === hit.id ? { ...n, readAt: n.readAt ?? 'now' } : n));
      return ok({ notification: items.find((n) => n.id === hit.id)!, unread: unread() }) as ApiResult<T>;
    },
  };
  return { http, calls, languages, saved, add: (n: AppNotification) => void (items = [n, ...items]) };
}

function fakeTimer() {
  const ticks: Array<() => void> = [];
  let stopped = 0;
  const timer: TimerPort = { start: (fn, ms) => (expect(ms).toBe(POLL_MS), ticks.push(fn), ticks.length), stop: () => void stopped++ };
  return { timer, tick: () => ticks.forEach((f) => f()), stopped: () => stopped };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('useNotifications', () => {
  it('polls the unread count at once and on every tick, and stops', async () => {
    const server = fakeServer([note('a'), note('b', 'then')]);
    const t = fakeTimer();
    const bell = useNotifications(server.http, t.timer);
    bell.startPolling();
    await flush();
    expect(bell.unread.value).toBe(1);
    server.add(note('c'));
    t.tick();
    await flush();
    expect(bell.unread.value).toBe(2);
    bell.stopPolling();
    expect(t.stopped()).toBe(1);
    expect(server.calls.filter((c) => c.endsWith('unread-count'))).toHaveLength(2);
  });

  it('loads the latest, marks one read (once) and all read', async () => {
    const server = fakeServer([note('a'), note('b')]);
    const bell = useNotifications(server.http, fakeTimer().timer);
    await bell.loadLatest();
    expect(bell.items.value.map((n) => n.id)).toEqual(['a', 'b']);
    expect(bell.unread.value).toBe(2);
    const opened = await bell.open(bell.items.value[0]!);
    expect(opened.readAt).toBe('now');
    expect(bell.unread.value).toBe(1);
    await bell.open(opened);
    expect(server.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
    await bell.readAll();
    expect(bell.unread.value).toBe(0);
    expect(bell.items.value.every((n) => n.readAt)).toBe(true);
  });

  it('keeps its state when the server refuses', async () => {
    const server = fakeServer([]);
    const bell = useNotifications(server.http, fakeTimer().timer);
    const ghost = note('gone');
    expect(await bell.open(ghost)).toBe(ghost);
    expect(bell.unread.value).toBe(0);
  });

  it('loads older pages until the list is complete', async () => {
    const server = fakeServer([note('a'), note('b'), note('c'), note('d', 'then'), note('e')], 2);
    const bell = useNotifications(server.http, fakeTimer().timer);
    await bell.loadLatest();
    expect(bell.items.value.map((n) => n.id)).toEqual(['a', 'b']);
    await bell.loadMore();
    await bell.loadMore();
    expect(bell.items.value.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(bell.nextCursor.value).toBeNull();
    const calls = server.calls.length;
    await bell.loadMore();
    expect(server.calls.length).toBe(calls);
  });

  it('asks for titles in the UI language it is given, as it is when each call is made', async () => {
    const server = fakeServer([note('a'), note('b'), note('c')], 2);
    let locale = 'en';
    const bell = useNotifications(server.http, fakeTimer().timer, () => locale);
    await bell.loadLatest();
    locale = 'zh-CN';
    await bell.loadMore();
    await bell.open(bell.items.value[0]!);
    expect(server.languages.filter((l) => !l.includes('unread-count'))).toEqual([
      'GET /api/notifications en',
      'GET /api/notifications zh-CN',
      'POST /api/notifications/a/read zh-CN',
    ]);
    // Without a language it sends none: the server then uses the user's setting or the browser's.
    const plain = fakeServer([note('a')]);
    await useNotifications(plain.http, fakeTimer().timer).loadLatest();
    expect(plain.languages).toContain('GET /api/notifications -');
  });

  it('saves the email language only when the UI language is switched, never for the one it starts in', async () => {
    const server = fakeServer([note('a')]);
    const bell = useNotifications(server.http, fakeTimer().timer);
    const locale = ref<'zh-CN' | 'en'>('en');
    let open = false;
    const stop = saveLanguageSwitches(server.http, bell, () => locale.value, () => open);
    bell.startPolling();
    await bell.loadLatest();
    await flush();
    // Mounting in an English browser writes nothing: a zh-CN user's emails stay zh-CN.
    expect(server.saved).toEqual([]);
    expect(server.calls.filter((c) => c.startsWith('PUT'))).toEqual([]);

    locale.value = 'zh-CN';
    await flush();
    expect(server.saved).toEqual(['zh-CN']);
    // The drawer was closed: the list is not reloaded.
    expect(server.calls.filter((c) => c.startsWith('GET /api/notifications?'))).toHaveLength(1);

    open = true;
    locale.value = 'en';
    await flush();
    expect(server.saved).toEqual(['zh-CN', 'en']);
    expect(server.calls.filter((c) => c.startsWith('GET /api/notifications?'))).toHaveLength(2);

    // Setting the same language again is no switch; after stopping, switches save nothing.
    locale.value = 'en';
    await flush();
    stop();
    locale.value = 'zh-CN';
    await flush();
    expect(server.saved).toEqual(['zh-CN', 'en']);
    bell.stopPolling();
  });
});
