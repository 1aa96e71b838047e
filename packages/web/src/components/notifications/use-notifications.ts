// The bell's state: the unread count (polled on an interval and whenever asked, e.g. on route
// changes), the latest notices when the drawer opens, mark read / mark all read. The timer is an
// input (`every`, `setTimer`) so tests drive it without waiting; `locale` is the UI's language,
// sent as Accept-Language so the server titles notices in it (ahead of the email language).
import { ref, watch } from 'vue';
import type { WatchStopHandle } from 'vue';
import type { HttpClient } from '../../api/http.ts';
import { listNotifications, markAllNotificationsRead, markNotificationRead, setNotificationLocale, unreadCount } from '../../api/notifications.ts';
import type { AppNotification } from '../../api/notifications.ts';

export const POLL_MS = 30_000;
export const LATEST = 20;

export interface TimerPort {
  start(fn: () => void, ms: number): unknown;
  stop(handle: unknown): void;
}

const realTimer: TimerPort = {
  start: (fn, ms) => setInterval(fn, ms),
  stop: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

export function useNotifications(http: HttpClient, timer: TimerPort = realTimer, locale: () => string | undefined = () => undefined) {
  const unread = ref(0);
  const items = ref<AppNotification[]>([]);
  const loading = ref(false);
  const failed = ref(false);
  /** Where the next page starts; null when the list is complete. */
  const nextCursor = ref<string | null>(null);
  let handle: unknown;
  let inFlight = false;
  const lang = () => {
    const l = locale();
    return l ? { locale: l } : {};
  };

  async function refreshCount(): Promise<void> {
    // One poll at a time: a slow server must not pile requests up.
    if (inFlight) return;
    inFlight = true;
    try {
      const r = await unreadCount(http);
      if (r.ok) unread.value = r.data.unread;
    } finally {
      inFlight = false;
    }
  }

  async function loadLatest(): Promise<void> {
    loading.value = true;
    failed.value = false;
    const [list, count] = await Promise.all([listNotifications(http, { limit: LATEST, ...lang() }), unreadCount(http)]);
    loading.value = false;
    if (!list.ok) {
      failed.value = true;
      return;
    }
    items.value = list.data.items;
    nextCursor.value = list.data.nextCursor;
    if (count.ok) unread.value = count.data.unread;
  }

  /** Appends the next page of older notices. */
  async function loadMore(): Promise<void> {
    if (!nextCursor.value || loading.value) return;
    loading.value = true;
    const r = await listNotifications(http, { limit: LATEST, cursor: nextCursor.value, ...lang() });
    loading.value = false;
    if (!r.ok) return;
    const seen = new Set(items.value.map((n) => n.id));
    items.value = [...items.value, ...r.data.items.filter((n) => !seen.has(n.id))];
    nextCursor.value = r.data.nextCursor;
  }

  /** Marks one notice read (if it was unread); answers it, so the caller can open its request. */
  async function open(n: AppNotification): Promise<AppNotification> {
    if (n.readAt) return n;
    const r = await markNotificationRead(http, n.id, locale());
    if (!r.ok) return n;
    items.value = items.value.map((x) => (x.id === n.id ? r.data.notification : x));
    unread.value = r.data.unread;
    return r.data.notification;
  }

  async function readAll(): Promise<void> {
    const r = await markAllNotificationsRead(http);
    if (!r.ok) return;
    const now = new Date().toISOString();
    items.value = items.value.map((x) => (x.readAt ? x : { ...x, readAt: now }));
    unread.value = r.data.unread;
  }

  function startPolling(): void {
    stopPolling();
    void refreshCount();
    handle = timer.start(() => void refreshCount(), POLL_MS);
  }

  function stopPolling(): void {
    if (handle !== undefined) timer.stop(handle);
    handle = undefined;
  }

  return { unread, items, loading, failed, nextCursor, refreshCount, loadLatest, loadMore, open, readAll, startPolling, stopPolling };
}

/**
 * Saves the user's email language when they switch the UI language, and reloads an open list in
 * it. Never for the language the page starts in (a browser's or device's, not a choice), so
 * opening Baton in an English browser leaves a zh-CN user's emails in zh-CN.
 */
export function saveLanguageSwitches(http: HttpClient, bell: Pick<ReturnType<typeof useNotifications>, 'loadLatest'>, locale: () => 'zh-CN' | 'en', isOpen: () => boolean): WatchStopHandle {
  return watch(locale, (l) => {
    void setNotificationLocale(http, l);
    if (isOpen()) void bell.loadLatest();
  });
}
