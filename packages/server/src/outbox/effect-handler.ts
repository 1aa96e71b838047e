// The port between the outbox worker and what it delivers: a handler per row kind, held by the
// worker instance (no module-level registry). A handler never throws for a bad peer: it answers
// done, retry (a transient failure) or fail (no point retrying).
import type { Selectable } from 'kysely';
import type { OutboxTable } from '../store/database.ts';

export type OutboxRow = Selectable<OutboxTable>;

export type EffectOutcome =
  | { type: 'done'; responseCode?: number }
  | { type: 'retry'; error: string; responseCode?: number }
  | { type: 'fail'; error: string; responseCode?: number };

export interface EffectHandler {
  /** Runs the row's effect once; `row.attempts` counts this attempt. Same row id on every attempt. */
  run(row: OutboxRow): Promise<EffectOutcome>;
  /** Called once when the row is dead-lettered (e.g. to tell the engine the effect failed). */
  deadLettered?(row: OutboxRow, error: string): Promise<void>;
}

export type EffectHandlers = Readonly<Record<string, EffectHandler>>;
