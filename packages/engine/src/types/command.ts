// Everything that can happen to a running request, as data. The server builds these from HTTP
// requests, timers and effect results; `actor` is always the authenticated user (or "system").
import type { SignerPosition } from './snapshot.ts';

interface Base {
  actor: string;
  /** When given, the command is refused with "stale-revision" unless the snapshot is at this revision. */
  revision?: number;
}

/** Where a return (退回) sends the request. */
export type ReturnTarget = { to: 'initiator' } | { to: 'previous' } | { to: 'node'; node: string };

export type Command =
  | (Base & {
      type: 'approve';
      taskId: string;
      comment?: string;
      /** Field edits made with the decision (only fields this node may edit). */
      data?: Record<string, unknown>;
      /** For "previous-approver-selects" rules of the next steps: the chosen users by node id. */
      selections?: Record<string, string[]>;
    })
  | (Base & { type: 'reject'; taskId: string; comment?: string })
  | (Base & { type: 'complete'; taskId: string; comment?: string; data?: Record<string, unknown>; selections?: Record<string, string[]> })
  | (Base & { type: 'return'; taskId: string; target: ReturnTarget; comment?: string })
  | (Base & { type: 'resubmit'; data?: Record<string, unknown>; comment?: string })
  | (Base & { type: 'withdraw'; comment?: string })
  | (Base & { type: 'take-back'; taskId: string })
  | (Base & { type: 'transfer'; taskId: string; to: string; comment?: string })
  | (Base & { type: 'delegate'; taskId: string; to: string; comment?: string })
  | (Base & { type: 'add-signer'; taskId: string; users: string[]; position: SignerPosition; comment?: string })
  | (Base & { type: 'remove-signer'; node: string; users: string[] })
  | (Base & { type: 'urge'; taskId?: string; /** A note to the people urged ("the customer signs on Friday"). */ comment?: string })
  | (Base & { type: 'comment'; text: string; taskId?: string })
  | (Base & { type: 'cc'; users: string[]; comment?: string })
  | (Base & { type: 'terminate'; comment?: string })
  | (Base & { type: 'timer-fired'; timerId: string })
  | (Base & {
      type: 'automation-result';
      /** The effect id; or `node`, the automation node waiting for its result. */
      effectId?: string;
      node?: string;
      ok: boolean;
      result?: unknown;
      error?: string;
    })
  | (Base & {
      type: 'subflow-finished';
      effectId?: string;
      node?: string;
      outcome: 'approved' | 'rejected' | 'completed' | 'withdrawn' | 'terminated';
      data?: Record<string, unknown>;
    })
  | (Base & { type: 'edit-fields'; taskId: string; data: Record<string, unknown> });

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
