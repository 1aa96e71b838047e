// Rate limit for password login: failed attempts per (user name, address) within a window. Held
// by the app instance; time comes from the app's clock.
export interface LoginLimiter {
  /** Whether another attempt is allowed now. */
  allowed(key: string, now: number): boolean;
  recordFailure(key: string, now: number): void;
  reset(key: string): void;
}

export function createLoginLimiter(maxFailures: number, windowMs: number): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    allowed: (key, now) => recent(key, now).length < maxFailures,
    recordFailure(key, now) {
      const list = recent(key, now);
      list.push(now);
      failures.set(key, list);
      // Bound memory under a spray of user names.
      if (failures.size > 100_000) failures.delete(failures.keys().next().value as string);
    },
    reset: (key) => void failures.delete(key),
  };
}
