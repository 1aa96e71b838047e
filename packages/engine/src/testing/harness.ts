// Test helpers: build flows tersely, run commands and fail loudly when the engine disagrees.
// Throwing is fine here: these are test utilities, not engine code.
import type { BatonOrgDirectory, BatonWorkflowDefinition, Edge, Field, Node, Settings } from '@baton/schema';
import { createSequentialIds } from '../directory/sequential-ids.ts';
import { createStaticDirectory } from '../directory/static-directory.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { Command } from '../types/command.ts';
import type { Env } from '../types/env.ts';
import type { Refusal } from '../types/refusal.ts';
import type { Accepted, StartInput } from '../types/result.ts';
import type { Snapshot, Task } from '../types/snapshot.ts';
import { ORG, T0 } from './crm-fixtures.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NodeSpec = DistributiveOmit<Node, never>;

const AMOUNT: Field = { key: 'amount', type: 'money', label: { en: 'Amount' } };

export interface FlowOptions {
  edges?: Edge[];
  settings?: Settings;
  fields?: Field[];
  record?: BatonWorkflowDefinition['record'];
  variables?: BatonWorkflowDefinition['variables'];
}

/** A flow; without `edges`, start -> each node in order -> end. */
export function flow(nodes: NodeSpec[], opts: FlowOptions = {}): BatonWorkflowDefinition {
  const all: Node[] = [...nodes] as Node[];
  if (!all.some((n) => n.type === 'start')) all.unshift({ id: 'start', type: 'start' });
  if (!opts.edges && !all.some((n) => n.type === 'end')) all.push({ id: 'end', type: 'end' });
  const edges = opts.edges ?? all.slice(1).map((n, i) => ({ from: all[i]!.id, to: n.id }));
  return {
    key: 'test-flow',
    name: { en: 'Test flow' },
    form: { fields: opts.fields ?? [AMOUNT] },
    nodes: all,
    edges,
    ...(opts.settings ? { settings: opts.settings } : {}),
    ...(opts.record ? { record: opts.record } : {}),
    ...(opts.variables ? { variables: opts.variables } : {}),
  };
}

export const users = (...ids: string[]) => ({ type: 'users' as const, users: ids });
export const approval = (id: string, extra: Partial<Extract<Node, { type: 'approval' }>> = {}): NodeSpec => ({
  id,
  type: 'approval',
  assignees: [users('mia')],
  ...extra,
});

export class Harness {
  readonly engine: Engine;
  readonly ids = createSequentialIds();
  now: string;
  readonly directory;
  constructor(
    readonly def: BatonWorkflowDefinition,
    org: BatonOrgDirectory = ORG,
    now = T0,
  ) {
    this.engine = createEngine();
    this.now = now;
    this.directory = createStaticDirectory(org);
  }

  env(): Env {
    return { now: this.now, ids: this.ids, directory: this.directory };
  }

  start(input: Partial<StartInput> = {}): Snapshot {
    const r = this.engine.start(this.def, { initiator: 'sam', data: { amount: 100 }, ...input }, this.env());
    if (!r.ok) throw new Error(`start refused: ${r.refusal.code} ${r.refusal.message.en}`);
    return r.snapshot;
  }

  startRefusal(input: Partial<StartInput> = {}): Refusal {
    const r = this.engine.start(this.def, { initiator: 'sam', data: { amount: 100 }, ...input }, this.env());
    if (r.ok) throw new Error('start was accepted');
    return r.refusal;
  }

  apply(s: Snapshot, command: Command): Accepted {
    const r = this.engine.apply(this.def, s, command, this.env());
    if (!r.ok) throw new Error(`${command.type} refused: ${r.refusal.code} ${r.refusal.message.en}`);
    return r;
  }

  /** Applies and returns the snapshot. */
  do(s: Snapshot, command: Command): Snapshot {
    return this.apply(s, command).snapshot;
  }

  refusal(s: Snapshot, command: Command): Refusal {
    const r = this.engine.apply(this.def, s, command, this.env());
    if (r.ok) throw new Error(`${command.type} was accepted`);
    return r.refusal;
  }

  /** The pending task of `user` (on `node`, if given). */
  task(s: Snapshot, user: string, node?: string): Task {
    const t = pending(s).find((x) => x.user === user && (!node || x.node === node));
    if (!t) throw new Error(`no pending task for ${user}${node ? ` on ${node}` : ''}: ${JSON.stringify(pending(s).map((x) => [x.node, x.user]))}`);
    return t;
  }

  approve(s: Snapshot, user: string, node?: string): Snapshot {
    return this.do(s, { type: 'approve', actor: user, taskId: this.task(s, user, node).id });
  }

  reject(s: Snapshot, user: string, node?: string): Snapshot {
    return this.do(s, { type: 'reject', actor: user, taskId: this.task(s, user, node).id });
  }
}

export function pending(s: Snapshot): Task[] {
  return s.tasks.filter((t) => t.status === 'pending');
}

export function path(s: Snapshot): string[] {
  return s.history.map((h) => h.node);
}

/** [node, user, status] of every task, in order. */
export function tasks(s: Snapshot): Array<[string, string, string]> {
  return s.tasks.map((t) => [t.node, t.user, t.status]);
}

/** Freezes an object graph, so any mutation by the engine throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
