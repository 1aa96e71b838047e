// ISO-8601 durations as Baton uses them (the subset of RFC 3339 appendix A: PnYnMnDTnHnMnS or
// PnW, whole numbers). Months and years count as 30 and 365 days where a length is compared.

const DURATION = /^(-)?P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$|^(-)?P(\d+)W$/;

export interface ParsedDuration {
  negative: boolean;
  /** Approximate length in seconds (30-day months, 365-day years). */
  seconds: number;
}

export function parseDuration(text: string, allowNegative = false): ParsedDuration | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  const negative = m[1] === '-' || m[8] === '-';
  if (negative && !allowNegative) return undefined;
  const seconds =
    m[9] !== undefined
      ? n(9) * 7 * 86400
      : n(2) * 365 * 86400 + n(3) * 30 * 86400 + n(4) * 86400 + n(5) * 3600 + n(6) * 60 + n(7);
  return { negative, seconds };
}
