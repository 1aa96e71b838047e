// ISO-8601 durations ("PT4H", "P2D", "-P1D") added to RFC 3339 times, in UTC. Pure: the time
// always comes in as an argument.

export interface Duration {
  sign: 1 | -1;
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN = /^(-)?P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses a duration; undefined when it is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { sign: m[1] ? -1 : 1, years: n(2), months: n(3), weeks: n(4), days: n(5), hours: n(6), minutes: n(7), seconds: n(8) };
}

/** `at` plus the duration, as an ISO string; undefined when either does not parse. */
export function addDuration(at: string, duration: string): string | undefined {
  const d = parseDuration(duration);
  const ms = Date.parse(at);
  if (!d || Number.isNaN(ms)) return undefined;
  const t = new Date(ms);
  const s = d.sign;
  if (d.years || d.months) t.setUTCMonth(t.getUTCMonth() + s * (d.years * 12 + d.months));
  const plain = ((d.weeks * 7 + d.days) * 24 * 3600 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return new Date(t.getTime() + s * plain).toISOString();
}

/** Milliseconds since the epoch; NaN when the text is not a time. */
export function timeOf(at: string): number {
  return Date.parse(at);
}

/** Whether `a` is at or before `b`. */
export function notAfter(a: string, b: string): boolean {
  return Date.parse(a) <= Date.parse(b);
}
