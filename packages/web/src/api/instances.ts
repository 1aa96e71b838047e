// A request as the caller may see it (GET /api/instances/:id) and the commands on it: task
// commands under /api/tasks/:id/<action>, request commands under /api/instances/:id/<action>.
// Every command carries an Idempotency-Key so a double click acts once.
import type { Action } from '@baton/engine';
import type { BatonForm } from '@baton/schema';
import type { ApiResult, HttpClient } from './http.ts';

export type { Action };
export type NodeState = 'active' | 'done' | 'untouched';
type Text = { en?: string; 'zh-CN'?: string };

export interface InstanceTask {
  id: string; node: string; user: string; status: string; created: string; decided?: string; comment?: string;
  why?: unknown; origin?: { type: string; [k: string]: unknown };
}

export type TimelineEntry =
  | { at: string; kind: 'node-entered'; node: string; note?: string }
  | { at: string; kind: 'task-decided'; node: string; task: string; user: string; status: string; by?: string; comment?: string }
  | { at: string; kind: 'comment'; by: string; text: string; task?: string }
  /** Urges, transfers, CCs and the like (from the audit trail). */
  | { at: string; kind: 'event'; type: string; by?: string; node?: string; to?: string | string[]; users?: string[]; position?: string; reason?: string; comment?: string };

export interface InstanceDetail {
  id: string;
  definition: { key: string; version: number; name: Text };
  status: string;
  outcome?: string;
  revision: number;
  title: string | null;
  /** The flow's settings.title rendered by the server in both languages (hidden fields left empty). */
  titleText?: { en?: string; 'zh-CN'?: string } | null;
  initiator: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** Archived (归档): out of the inbox lists, found by archive search. */
  archived?: boolean;
  /** Started by a record trigger or another request's write (null: a person started it); causedBy only when the caller may see that request. */
  origin?: { trigger: boolean; record: { type: string | null; typeName: Text | null; id: string; title: string | null } | null; depth: number; causedBy: string | null } | null;
  data: Record<string, unknown>;
  hiddenFields: string[];
  form: BatonForm;
  graph: { nodes: Array<{ id: string; type: string; name?: Text; state: NodeState }>; edges: Array<{ from: string; to: string }> };
  tasks: InstanceTask[];
  timeline: TimelineEntry[];
  readers: string[];
  allowedActions: Action[];
}

export const TASK_COMMANDS = ['approve', 'reject', 'complete', 'return', 'transfer', 'delegate', 'add-signer', 'take-back', 'edit-fields'] as const;
export const INSTANCE_COMMANDS = ['withdraw', 'resubmit', 'urge', 'comment', 'cc', 'terminate', 'remove-signer'] as const;
export type TaskCommand = (typeof TASK_COMMANDS)[number];
export type InstanceCommand = (typeof INSTANCE_COMMANDS)[number];

export interface CommandBody {
  comment?: string;
  data?: Record<string, unknown>;
  to?: string;
  users?: string[];
  position?: 'before' | 'after' | 'parallel';
  node?: string;
  task?: string;
}

export interface CommandResult { id: string; status: string; revision: number }

export function getInstance(http: HttpClient, id: string): Promise<ApiResult<InstanceDetail>> {
  return http.request<InstanceDetail>('GET', `/api/instances/${encodeURIComponent(id)}`);
}

export function taskCommand(http: HttpClient, taskId: string, command: TaskCommand, body: CommandBody, idempotencyKey: string): Promise<ApiResult<CommandResult>> {
  return http.request<CommandResult>('POST', `/api/tasks/${encodeURIComponent(taskId)}/${command}`, { body, headers: { 'idempotency-key': idempotencyKey } });
}

export function instanceCommand(http: HttpClient, id: string, command: InstanceCommand, body: CommandBody, idempotencyKey: string): Promise<ApiResult<CommandResult>> {
  return http.request<CommandResult>('POST', `/api/instances/${encodeURIComponent(id)}/${command}`, { body, headers: { 'idempotency-key': idempotencyKey } });
}
