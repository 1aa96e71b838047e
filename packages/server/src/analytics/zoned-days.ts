// Calendar days in an IANA time zone, with Intl only (no time-zone library): the trend buckets
// requests by the caller's local day.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    if (formatters.size > 100) formatters.clear();
    formatters.set(tz, f);
  }
  return f;
}

/** Whether `tz` names a time zone this runtime knows. Never throws. */
export function isTimeZone(tz: string): boolean {
  if (tz.length === 0 || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function parts(ms: number, tz: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The local calendar day (YYYY-MM-DD) of an instant in `tz`. */
export function localDay(ms: number, tz: string): string {
  const p = parts(ms, tz);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** How far `tz` is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number, tz: string): number {
  const p = parts(ms, tz);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant local midnight starts the day `ymd` in `tz` (DST-safe: the offset is re-read at the guess). */
export function dayStart(ymd: string, tz: string): number {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetAt(guess, tz);
  return guess - offsetAt(first, tz);
}

/** The day after `ymd` (calendar arithmetic, zone-free). */
export function nextDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Every local day from the day of `fromMs` to the day of `toMs - 1` inclusive. */
export function daysBetween(fromMs: number, toMs: number, tz: string): string[] {
  const out: string[] = [];
  const last = localDay(toMs - 1, tz);
  for (let day = localDay(fromMs, tz); day <= last && out.length < 400; day = nextDay(day)) out.push(day);
  return out;
}

/**
 * A fast day lookup for many instants: each day's local midnight is computed once and an instant
 * is placed by binary search (Intl per row costs ~10-20 µs; tens of thousands of rows add up).
 * Instants before the first day's midnight land in the first day.
 */
export function dayIndexer(days: readonly string[], tz: string): (ms: number) => number {
  const starts = days.map((d) => dayStart(d, tz));
  return (ms) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
