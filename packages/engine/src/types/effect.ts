// What the engine asks the world to do, as data (the XState "resolve" half). The server writes
// effects to its outbox in the same transaction as the snapshot; `id` lets it deduplicate.
import type { I18NLongText, I18NText } from '@baton/schema';
import type { TaskStatus } from './snapshot.ts';

export type NotifyReason = 'urge' | 'remind' | 'escalated' | 'returned' | 'finished' | 'automation' | 'decided';

export type Effect =
  | { type: 'task-created'; id: string; task: string; node: string; user: string; reopened?: true }
  | { type: 'task-closed'; id: string; task: string; node: string; user: string; status: TaskStatus }
  | {
      type: 'notify';
      id: string;
      to: string[];
      reason: NotifyReason;
      node?: string;
      task?: string;
      by?: string;
      message?: I18NText;
    }
  | { type: 'email'; id: string; node: string; to: string[]; subject: I18NText; body: I18NLongText }
  | {
      type: 'http';
      id: string;
      node: string;
      method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      url: string;
      headers?: Record<string, string>;
      body?: Record<string, unknown>;
      secret?: string;
      timeout?: string;
    }
  | { type: 'update-record'; id: string; node: string; record?: string; recordType?: string; set: Record<string, unknown> }
  | { type: 'create-record'; id: string; node: string; recordType: string; values: Record<string, unknown> }
  | { type: 'assign-owner'; id: string; node: string; strategy: 'round-robin'; pool: string[]; record?: string }
  | {
      type: 'apply-patch';
      id: string;
      record: string;
      recordType?: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }
  | { type: 'start-timer'; id: string; timer: string; due: string }
  | { type: 'cancel-timer'; id: string; timer: string }
  | { type: 'start-subflow'; id: string; node: string; flow: string; input: Record<string, unknown>; wait: boolean }
  | { type: 'cc'; id: string; to: string[]; node?: string; by?: string; comment?: string };

export type EffectType = Effect['type'];

/** An effect before the engine gives it an id. */
export type EffectInput = Effect extends infer E ? (E extends Effect ? Omit<E, 'id'> : never) : never;

/** What happened, for the audit trail and the timeline. */
export interface EngineEvent {
  type:
    | 'started'
    | 'task-decided'
    | 'node-completed'
    | 'returned'
    | 'resubmitted'
    | 'withdrawn'
    | 'taken-back'
    | 'transferred'
    | 'delegated'
    | 'signer-added'
    | 'signer-removed'
    | 'urged'
    | 'commented'
    | 'cc'
    | 'terminated'
    | 'timer-fired'
    | 'automation-finished'
    | 'subflow-finished'
    | 'fields-edited'
    | 'finished';
  at: string;
  actor?: string;
  node?: string;
  task?: string;
  /** Event-specific facts: a decision, a target, before/after values. */
  detail?: Record<string, unknown>;
}
