// simulate: walks a flow from submit to finish with default or scripted decisions, in memory,
// and explains who would approve each step and why. Nothing leaves it: effects are listed only.
import type { BatonWorkflowDefinition, Node } from '@baton/schema';
import { createSequentialIds } from '../directory/sequential-ids.ts';
import { createEngine, type Engine } from '../engine.ts';
import type { Command } from '../types/command.ts';
import type { Effect } from '../types/effect.ts';
import type { Directory, Env } from '../types/env.ts';
import type { Refusal } from '../types/refusal.ts';
import type { StartInput } from '../types/result.ts';
import type { InstanceStatus, Outcome, Snapshot, Task, TaskStatus } from '../types/snapshot.ts';

export type SimDecision = 'approve' | 'reject' | 'return' | 'complete';
/** One scripted decision: the next task on `node` (or any), by `as` (or its assignee). */
export interface SimStep {
  node?: string;
  as?: string;
  do: SimDecision;
}

export interface SimulateOptions {
  /** By node: one decision for every visit, or one per visit in order (the last repeats). Or a script. */
  decisions?: Record<string, SimDecision | SimDecision[]> | SimStep[];
  /** When the request is submitted (default 2026-01-05T09:00:00Z). */
  now?: string;
  /** Answers of automation steps by node (default: ok, no result). */
  automation?: Record<string, { ok?: boolean; result?: unknown }>;
  /** Most commands before giving up on a flow that keeps looping (default 500). */
  maxSteps?: number;
  engine?: Engine;
}

export interface SimulatedAssignee {
  user: string;
  explanation: string[];
  status: TaskStatus;
}

export interface SimulationStep {
  node: string;
  type: Node['type'] | 'unknown';
  assignees: SimulatedAssignee[];
  note?: string[];
}

export interface SimulationResult {
  status: InstanceStatus | 'refused';
  outcome?: Outcome;
  path: string[];
  steps: SimulationStep[];
  effects: Effect[];
  /** Why the request could not be submitted, or the command that was refused on the way. */
  refusal?: Refusal;
  /** The walk stopped after maxSteps commands. */
  truncated?: true;
  snapshot?: Snapshot;
}

export const DEFAULT_START = '2026-01-05T09:00:00.000Z';

export function simulate(definition: BatonWorkflowDefinition, input: StartInput, directory: Directory, options: SimulateOptions = {}): SimulationResult {
  const engine = options.engine ?? createEngine();
  const ids = createSequentialIds();
  let now = options.now ?? DEFAULT_START;
  const env = (): Env => ({ now, ids, directory });
  const started = engine.start(definition, input, env());
  if (!started.ok) return { status: 'refused', path: [], steps: [], effects: [], refusal: started.refusal };
  let s = started.snapshot;
  const effects: Effect[] = [...started.effects];
  const pick = picker(options.decisions);
  const max = options.maxSteps ?? 500;
  let refusal: Refusal | undefined;
  let steps = 0;
  for (; steps < max && s.status === 'running'; steps++) {
    const command = nextCommand(engine, definition, s, pick, options, (due) => (now = due));
    if (!command) break;
    const r = engine.apply(definition, s, command, env());
    if (!r.ok) {
      refusal = r.refusal;
      break;
    }
    s = r.snapshot;
    effects.push(...r.effects);
  }
  return {
    status: s.status,
    ...(s.outcome ? { outcome: s.outcome } : {}),
    path: s.history.map((h) => h.node),
    steps: stepsOf(engine, definition, s),
    effects,
    ...(refusal ? { refusal } : {}),
    ...(steps >= max && s.status === 'running' ? { truncated: true as const } : {}),
    snapshot: s,
  };
}

type Picker = (task: Task, pending: Task[]) => { task: Task; decision: SimDecision | undefined };

function picker(decisions: SimulateOptions['decisions']): Picker {
  if (Array.isArray(decisions)) {
    let i = 0;
    return (first, pending) => {
      const step = decisions[i];
      if (!step) return { task: first, decision: undefined };
      i++;
      const match = pending.find((t) => (!step.node || t.node === step.node) && (!step.as || t.user === step.as));
      return match ? { task: match, decision: step.do } : { task: first, decision: undefined };
    };
  }
  const visits = new Map<string, string[]>();
  return (task) => {
    const d = decisions?.[task.node];
    if (d === undefined) return { task, decision: undefined };
    if (!Array.isArray(d)) return { task, decision: d };
    const acts = visits.get(task.node) ?? [];
    if (!acts.includes(task.act)) acts.push(task.act);
    visits.set(task.node, acts);
    const visit = acts.indexOf(task.act);
    return { task, decision: d[Math.min(visit, d.length - 1)] };
  };
}

function nextCommand(
  engine: Engine,
  definition: BatonWorkflowDefinition,
  s: Snapshot,
  pick: Picker,
  options: SimulateOptions,
  advance: (due: string) => void,
): Command | undefined {
  const pending = s.tasks.filter((t) => t.status === 'pending' && !t.hold);
  if (pending.length > 0) {
    const { task, decision } = pick(pending[0]!, pending);
    const node = engine.compiled(definition).nodes.get(task.node);
    const handler = node?.type === 'handler';
    const d = decision ?? (handler ? 'complete' : 'approve');
    if (d === 'return') return { type: 'return', actor: task.user, taskId: task.id, target: { to: 'initiator' } };
    if (d === 'reject') return { type: 'reject', actor: task.user, taskId: task.id, comment: 'simulated' };
    return { type: handler ? 'complete' : 'approve', actor: task.user, taskId: task.id, comment: 'simulated' };
  }
  const waiting = s.active.find((a) => a.effect);
  if (waiting) {
    const node = engine.compiled(definition).nodes.get(waiting.node);
    if (node?.type === 'subflow') return { type: 'subflow-finished', actor: 'system', effectId: waiting.effect!, outcome: 'approved' };
    const answer = options.automation?.[waiting.node];
    return { type: 'automation-result', actor: 'system', effectId: waiting.effect!, ok: answer?.ok ?? true, ...(answer?.result !== undefined ? { result: answer.result } : {}) };
  }
  const timer = [...s.timers].sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
  if (timer) {
    advance(timer.due);
    return { type: 'timer-fired', actor: 'system', timerId: timer.id };
  }
  return undefined;
}

function stepsOf(engine: Engine, definition: BatonWorkflowDefinition, s: Snapshot): SimulationStep[] {
  const nodes = engine.compiled(definition).nodes;
  return s.history.map((h) => {
    const assignees = h.act ? s.tasks.filter((t) => t.act === h.act).map((t) => ({ user: t.user, explanation: t.why, status: t.status })) : [];
    return { node: h.node, type: nodes.get(h.node)?.type ?? 'unknown', assignees, ...(h.note ? { note: h.note } : {}) };
  });
}
