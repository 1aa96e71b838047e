// The bell's calls: the caller's own notifications (GET /api/notifications), the cheap unread
// count the header polls, mark one or all read, and the language of the caller's emails. Lists
// and marks send the UI's language as Accept-Language: the server titles notices in the user's
// chosen language, else that one.
import type { ApiResult, HttpClient } from './http.ts';

export type NotificationKind = 'task-assigned' | 'urged' | 'reminded' | 'escalated' | 'returned' | 'finished' | 'cc' | 'decided' | 'automation';

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  instanceId?: string;
  /** The request's title, in the reader's language (the server picks it). */
  title: string;
  text: { en: string; 'zh-CN': string };
  actor?: string;
  createdAt: string;
  readAt?: string;
}

export interface NotificationPage {
  items: AppNotification[];
  nextCursor: string | null;
}

export function unreadCount(http: HttpClient): Promise<ApiResult<{ unread: number }>> {
  return http.request('GET', '/api/notifications/unread-count');
}

const language = (locale: string | undefined) => (locale ? { headers: { 'accept-language': locale } } : {});

export function listNotifications(http: HttpClient, opts: { unread?: boolean; limit?: number; cursor?: string; locale?: string } = {}): Promise<ApiResult<NotificationPage>> {
  const params = new URLSearchParams();
  if (opts.unread) params.set('unread', 'true');
  if (opts.limit) params.set('limit', String(opts.limit));
  if (opts.cursor) params.set('cursor', opts.cursor);
  const query = params.size ? `?${params.toString()}` : '';
  return http.request('GET', `/api/notifications${query}`, language(opts.locale));
}

export function markNotificationRead(http: HttpClient, id: string, locale?: string): Promise<ApiResult<{ notification: AppNotification; unread: number }>> {
  return http.request('POST', `/api/notifications/${encodeURIComponent(id)}/read`, language(locale));
}

export function markAllNotificationsRead(http: HttpClient): Promise<ApiResult<{ marked: number; unread: number }>> {
  return http.request('POST', '/api/notifications/read-all');
}

/** The language of the caller's notification emails. */
export function setNotificationLocale(http: HttpClient, locale: 'zh-CN' | 'en'): Promise<ApiResult<{ locale: string }>> {
  return http.request('PUT', '/api/notifications/settings', { body: { locale } });
}
