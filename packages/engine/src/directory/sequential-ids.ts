import type { Ids } from '../types/env.ts';

/** Ids "task-1", "task-2", "effect-1"...: deterministic, for simulation, scenarios and tests. */
export function createSequentialIds(): Ids {
  const counters = new Map<string, number>();
  return {
    next(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}
