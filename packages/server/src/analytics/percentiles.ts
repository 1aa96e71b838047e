// Percentiles of durations, computed in TS over a bounded fetch: SQLite has no percentile
// function, and the timestamps are text on both dialects, so one implementation serves both.

/** The p-th percentile (0..100) by linear interpolation between closest ranks (numpy's default); null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile: p out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return Math.round(a + (b - a) * (rank - lo));
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Milliseconds between two RFC 3339 times, or null when either is missing or not a time. */
export function durationMs(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  const d = Date.parse(to) - Date.parse(from);
  return Number.isNaN(d) ? null : d;
}

export interface DurationStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export function durationStats(values: readonly number[]): DurationStats {
  return { count: values.length, medianMs: median(values), p90Ms: percentile(values, 90) };
}
