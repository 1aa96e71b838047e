// The notifications table: written once per (instance, effect, recipient), read only by its
// recipient. Lists page by a keyset cursor (created_at, id), newest first. A row holds its title
// in both languages (`title` zh-CN, `title_en`) and is served in the reader's; a row written
// before the English column existed answers its one title in either language.
import type { Selectable } from 'kysely';
import type { NotificationKind, NotificationsTable } from '../store/database.ts';
import type { Db } from '../store/store.ts';
import { sha256Hex } from '../util/hash.ts';
import type { Bilingual, Locale } from './notification-messages.ts';
import { DEFAULT_LOCALE, isLocale } from './notification-messages.ts';

export interface NewNotification {
  user: string;
  kind: NotificationKind;
  instanceId: string | null;
  effectId: string;
  title: Bilingual;
  text: Bilingual;
  actor?: string;
  createdAt: string;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  instanceId?: string;
  /** The request's title in the reader's language. */
  title: string;
  text: Bilingual;
  actor?: string;
  createdAt: string;
  readAt?: string;
}

export interface ListQuery {
  unread: boolean;
  limit: number;
  cursor?: { createdAt: string; id: string };
}

/** The row id: the same effect for the same recipient always lands on the same row. */
export function notificationId(instanceId: string | null, effectId: string, user: string): string {
  return 'ntf_' + sha256Hex(`${instanceId ?? ''}\n${effectId}\n${user}`).slice(0, 40);
}

/** Writes the notices; ones already written (a retried or replayed effect) are left as they are. */
export async function insertNotifications(db: Db, items: readonly NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('notifications').values(items.map((n) => ({
    id: notificationId(n.instanceId, n.effectId, n.user), user_id: n.user, kind: n.kind, instance_id: n.instanceId, effect_id: n.effectId,
    title: n.title['zh-CN'].slice(0, 400), title_en: n.title.en.slice(0, 400), text: JSON.stringify(n.text), actor: n.actor ?? null, created_at: n.createdAt, read_at: null,
  }))).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** The caller's notices, newest first, titled in `locale`. */
export async function listNotifications(db: Db, user: string, q: ListQuery, locale: Locale): Promise<{ items: NotificationView[]; nextCursor?: string }> {
  let sel = db.selectFrom('notifications').selectAll().where('user_id', '=', user);
  if (q.unread) sel = sel.where('read_at', 'is', null);
  const c = q.cursor;
  if (c) sel = sel.where((eb) => eb.or([eb('created_at', '<', c.createdAt), eb.and([eb('created_at', '=', c.createdAt), eb('id', '<', c.id)])]));
  const rows = await sel.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit + 1).execute();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map((r) => view(r, locale)), ...(rows.length > q.limit && last ? { nextCursor: encodeCursor(last.created_at, last.id) } : {}) };
}

export async function unreadCount(db: Db, user: string): Promise<number> {
  const r = await db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', user).where('read_at', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Marks one of the user's notices read; undefined when it is not theirs (or does not exist). */
export async function markRead(db: Db, user: string, id: string, now: string, locale: Locale): Promise<NotificationView | undefined> {
  await db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('user_id', '=', user).where('read_at', 'is', null).execute();
  const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).where('user_id', '=', user).executeTakeFirst();
  return row ? view(row, locale) : undefined;
}

export async function markAllRead(db: Db, user: string, now: string): Promise<number> {
  const r = await db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', user).where('read_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The language the user chose (the bell's switch sets it), or undefined when they never chose. */
export async function chosenLocale(db: Db, user: string): Promise<Locale | undefined> {
  const row = await db.selectFrom('notification_settings').select('locale').where('user_id', '=', user).executeTakeFirst();
  return row && isLocale(row.locale) ? row.locale : undefined;
}

/** Each user's email language (DEFAULT_LOCALE when they never chose). */
export async function userLocales(db: Db, users: readonly string[]): Promise<Map<string, Locale>> {
  const out = new Map<string, Locale>(users.map((u) => [u, DEFAULT_LOCALE]));
  if (users.length === 0) return out;
  const rows = await db.selectFrom('notification_settings').select(['user_id', 'locale']).where('user_id', 'in', [...users]).execute();
  for (const r of rows) if (isLocale(r.locale)) out.set(r.user_id, r.locale);
  return out;
}

export async function setUserLocale(db: Db, user: string, locale: Locale, now: string): Promise<void> {
  await db.insertInto('notification_settings').values({ user_id: user, locale, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ locale, updated_at: now })).execute();
}

export function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(`${createdAt}|${id}`, 'utf8').toString('base64url');
}

/** The cursor's position, or undefined when it is not one this API handed out. */
export function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || rest.length > 0 || Number.isNaN(Date.parse(createdAt)) || !id.startsWith('ntf_')) return undefined;
  return { createdAt, id };
}

function view(r: Selectable<NotificationsTable>, locale: Locale): NotificationView {
  const title = locale === 'en' ? (r.title_en ?? r.title) : r.title;
  return {
    id: r.id, kind: r.kind, ...(r.instance_id ? { instanceId: r.instance_id } : {}), title, text: JSON.parse(r.text) as Bilingual,
    ...(r.actor ? { actor: r.actor } : {}), createdAt: r.created_at, ...(r.read_at ? { readAt: r.read_at } : {}),
  };
}
