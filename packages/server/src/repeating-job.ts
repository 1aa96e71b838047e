// The background loops of `pnpm start` (timers, schedules, outbox, archive, attachment sweep):
// each runs on its interval, never twice at once in one process (a slow run makes the next tick
// skip, not pile up), logs a failure and keeps going, and never keeps the process alive.
import type { Logger } from './deps.ts';

export interface RepeatingJob {
  stop(): void;
}

/** Starts `run` every `everyMs`; `name` is what a failure is logged as. */
export function startRepeatingJob(name: string, everyMs: number, run: () => Promise<unknown>, logger: Logger): RepeatingJob {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run().catch((e: unknown) => logger.error(`${name} failed`, { error: String(e) })).finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** A pace from the environment (ms): `fallback` when unset, not a number, or below `min`. */
export function intervalFromEnv(value: string | undefined, fallback: number, min: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) && n >= min ? n : fallback;
}
