// Exponential backoff with jitter: attempt n waits base * 2^(n-1), capped, then scaled into
// [1/2, 1] of that by the injected random source ("equal jitter": never zero, never in lockstep).
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 15 * 60_000 };

export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * Math.min(1, Math.max(0, random())));
}
