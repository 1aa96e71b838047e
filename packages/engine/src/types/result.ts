import type { EngineEvent, Effect } from './effect.ts';
import type { Refusal } from './refusal.ts';
import type { Snapshot } from './snapshot.ts';

export type Accepted = { ok: true; snapshot: Snapshot; effects: Effect[]; events: EngineEvent[] };
export type Refused = { ok: false; refusal: Refusal };
export type Result = Accepted | Refused;

/** What a request starts from. */
export interface StartInput {
  initiator: string;
  data: Record<string, unknown>;
  /** The instance id; by default one from env.ids. */
  id?: string;
  record?: { id: string; type?: string; owner?: string; values?: Record<string, unknown> };
  /** Change-set flows: the proposed new values of the record. */
  patch?: Record<string, unknown>;
  /** Assignees picked at submit for "initiator-selects" rules, by node id. */
  selections?: Record<string, string[]>;
  title?: string;
}
