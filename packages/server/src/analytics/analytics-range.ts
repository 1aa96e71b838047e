// The time range of an analytics query: `from` and `to` as local days (YYYY-MM-DD, `to` inclusive)
// or RFC 3339 instants, `tz` an IANA zone (default UTC). Bad input is a value, never a throw.
import { fail, ok } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { dayStart, isTimeZone, nextDay } from './zoned-days.ts';

export interface AnalyticsRange {
  /** Inclusive start, RFC 3339 UTC. */
  from: string;
  /** Exclusive end, RFC 3339 UTC. */
  to: string;
  tz: string;
}

const DAY_MS = 24 * 3600 * 1000;
export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function validDate(ymd: string): boolean {
  const t = Date.parse(`${ymd}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === ymd;
}

/** The instant a bound names: a day's local midnight (the next day's for an inclusive `to`), or the instant itself. */
function bound(text: string, tz: string, end: boolean): number | undefined {
  if (DATE.test(text)) return validDate(text) ? dayStart(end ? nextDay(text) : text, tz) : undefined;
  if (!INSTANT.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) || !validDate(text.slice(0, 10)) ? undefined : t;
}

const badBound = (name: 'from' | 'to') =>
  fail<AnalyticsRange>(400, 'bad-query', `"${name}" must be a date (YYYY-MM-DD) or an RFC 3339 time.`, `“${name}”必须是日期（YYYY-MM-DD）或 RFC 3339 时间。`, { pointer: `/${name}` });

/** Reads from, to and tz from a query; `now` is the default end. */
export function readRange(q: Record<string, string | undefined>, now: Date): Result<AnalyticsRange> {
  const tz = q.tz ?? 'UTC';
  if (!isTimeZone(tz)) return fail(400, 'bad-query', `"tz" must be an IANA time zone such as Asia/Shanghai.`, `“tz”必须是 IANA 时区，例如 Asia/Shanghai。`, { pointer: '/tz' });
  const to = q.to !== undefined ? bound(q.to, tz, true) : now.getTime();
  if (to === undefined) return badBound('to');
  const from = q.from !== undefined ? bound(q.from, tz, false) : to - DEFAULT_RANGE_DAYS * DAY_MS;
  if (from === undefined) return badBound('from');
  if (from >= to) return fail(400, 'bad-query', '"from" must be before "to".', '“from”必须早于“to”。', { pointer: '/from' });
  if (to - from > (MAX_RANGE_DAYS + 1) * DAY_MS) return fail(400, 'bad-query', `The range may span at most ${MAX_RANGE_DAYS} days.`, `时间范围最多 ${MAX_RANGE_DAYS} 天。`, { pointer: '/to' });
  return ok({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), tz });
}

/** At most this many rows are fetched per analytics query (newest first); beyond it, answers say `truncated`. */
export const ROW_CAP = 20_000;
