// The caller's own notifications (the bell): list (unread filter, keyset cursor), unread count
// (cheap: the web app polls it), mark one or all read, and the language of their emails. Every
// query is scoped to the caller, so another user's notice answers 404, never 403. Notices are
// titled in the language the request asks for (Accept-Language, else the user's email language,
// else zh-CN), named in Content-Language; Vary gains Accept-Language beside what it already has.
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppContext } from '../app-context.ts';
import { failure, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { DEFAULT_LOCALE } from '../notifications/notification-messages.ts';
import type { Locale } from '../notifications/notification-messages.ts';
import { decodeCursor, listNotifications, markAllRead, markRead, setUserLocale, unreadCount, userLocales } from '../notifications/notification-store.ts';
import { readerLocale } from '../notifications/reader-locale.ts';

const MAX_LIMIT = 100;

export function notificationsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/notifications', { ...spec, tag: 'notifications' }, h);
  const db = ctx.store.db;
  const localeFor = async (c: Context<AppEnv>, me: string): Promise<Locale> => {
    const locale = await readerLocale(db, me, c.req.header('accept-language'));
    c.header('content-language', locale);
    c.header('vary', 'Accept-Language', { append: true });
    return locale;
  };

  add({ method: 'GET', path: '/', access: 'user', summary: 'My notifications, newest first (unread=true|false, cursor, limit 1-100), titled in the language asked for (Accept-Language, else my email language, else zh-CN)' }, async (c) => {
    const me = c.get('principal')!.userId;
    const q = c.req.query();
    if (q.unread !== undefined && q.unread !== 'true' && q.unread !== 'false') {
      return sendError(c, failure(400, 'bad-query', 'unread must be true or false.', 'unread 只能是 true 或 false。', { pointer: '/unread' }));
    }
    const limit = q.limit === undefined ? 20 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return sendError(c, failure(400, 'bad-query', `limit must be a whole number from 1 to ${MAX_LIMIT}.`, `limit 必须是 1 到 ${MAX_LIMIT} 之间的整数。`, { pointer: '/limit' }));
    }
    const cursor = q.cursor === undefined || q.cursor === '' ? undefined : decodeCursor(q.cursor);
    if (q.cursor && !cursor) return sendError(c, failure(400, 'bad-cursor', 'The cursor is not valid.', '游标无效。', { pointer: '/cursor' }));
    const page = await listNotifications(db, me, { unread: q.unread === 'true', limit, ...(cursor ? { cursor } : {}) }, await localeFor(c, me));
    return c.json({ items: page.items, nextCursor: page.nextCursor ?? null });
  });

  add({ method: 'GET', path: '/unread-count', access: 'user', summary: 'How many of my notifications are unread (polled by the bell)' }, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ unread: await unreadCount(db, c.get('principal')!.userId) });
  });

  add({ method: 'POST', path: '/read-all', access: 'user', summary: 'Mark all my notifications read' }, async (c) => {
    const me = c.get('principal')!.userId;
    const marked = await markAllRead(db, me, ctx.nowIso());
    return c.json({ marked, unread: await unreadCount(db, me) });
  });

  add({ method: 'POST', path: '/:id/read', access: 'user', summary: 'Mark one of my notifications read (404 when it is not mine)' }, async (c) => {
    const me = c.get('principal')!.userId;
    const n = await markRead(db, me, param(c, 'id').slice(0, 100), ctx.nowIso(), await localeFor(c, me));
    if (!n) return sendError(c, failure(404, 'not-found', 'Notification not found.', '通知不存在。'));
    return c.json({ notification: n, unread: await unreadCount(db, me) });
  });

  add({ method: 'GET', path: '/settings', access: 'user', summary: 'My notification settings (the language of my emails)' }, async (c) => {
    const me = c.get('principal')!.userId;
    return c.json({ locale: (await userLocales(db, [me])).get(me) ?? DEFAULT_LOCALE });
  });

  add({ method: 'PUT', path: '/settings', access: 'user', summary: 'Set the language of my notification emails', body: apiSchemaId('notification-settings') }, async (c) => {
    const me = c.get('principal')!.userId;
    const { locale } = c.get('body') as { locale: Locale };
    await setUserLocale(db, me, locale, ctx.nowIso());
    return c.json({ locale });
  });
  return r;
}
