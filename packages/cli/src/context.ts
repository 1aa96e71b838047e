// What every verb receives, and the exit codes they return.
import type { Colours, Io } from './io.ts';

/** Exit codes: 0 success, 1 problems found (or changes, with --exit-code), 2 usage error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface CliContext {
  io: Io;
  colours: Colours;
  /** Set by the verb that ran. */
  exitCode: number;
}

/** Wraps a verb's handler so its returned number becomes the exit code. */
export function exitWith<A extends unknown[]>(ctx: CliContext, run: (...args: A) => Promise<number>) {
  return async (...args: A): Promise<void> => {
    ctx.exitCode = await run(...args);
  };
}
