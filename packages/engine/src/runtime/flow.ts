// Moving tokens: entering nodes, following edges, finishing, and returning to the initiator.
import type { HistoryEntry, InstanceStatus, Outcome, Activation } from '../types/snapshot.ts';
import type { Run } from './run.ts';

/** Node entries one command may make before the flow is taken to loop. */
export const MAX_STEPS = 5_000;

export function go(run: Run, node: string, scope: string[] | undefined): void {
  run.queue.push({ node, scope });
}

/** Enters queued nodes until every token waits or the request ends. */
export function drain(run: Run): void {
  let steps = 0;
  while (run.queue.length > 0 && !run.refusal) {
    if (run.s.status !== 'running') {
      run.queue.length = 0;
      return;
    }
    const token = run.queue.shift()!;
    if (++steps > MAX_STEPS) return run.refuse('definition-loop', `more than ${MAX_STEPS} steps without waiting`);
    const node = run.def.nodes.get(token.node);
    if (!node) return run.refuse('definition-broken', `an edge leads to the unknown node "${token.node}"`);
    const kind = run.kinds.get(node.type);
    if (!kind) return run.refuse('definition-broken', `no node kind "${node.type}"`);
    if (!kind.ownHistory) enterHistory(run, node.id, token.scope);
    kind.enter(run, node, token);
  }
}

export function enterHistory(run: Run, node: string, scope: string[] | undefined): void {
  const entry: HistoryEntry = scope ? { node, at: run.now, scope } : { node, at: run.now };
  run.s.history.push(entry);
}

/** The history entry of the node being entered (the last one). */
export function currentEntry(run: Run): HistoryEntry | undefined {
  const i = run.s.history.length - 1;
  return i >= run.ownHistoryFrom ? run.s.history[i] : undefined;
}

/** Adds to the note of the node being entered: what no task shows. */
export function note(run: Run, ...lines: string[]): void {
  const entry = currentEntry(run);
  if (!entry || lines.length === 0) return;
  entry.note = entry.note ? [...entry.note, ...lines] : lines;
}

/** Waiting visits record their activation on their history entry (for "previous step" and take-back). */
export function markEntry(run: Run, act: Activation): void {
  const entry = currentEntry(run);
  if (entry && entry.node === act.node && !entry.act) entry.act = act.id;
}

/** Leaves a node by its first outgoing edge. */
export function pass(run: Run, nodeId: string, scope: string[] | undefined): void {
  const edge = run.def.outgoing.get(nodeId)?.[0];
  if (!edge) return run.refuse('definition-broken', `node "${nodeId}" has no outgoing edge`);
  go(run, edge.to, scope);
}

/** Closes a visit: its pending tasks are cancelled, its timers stop, it stops waiting. */
export function closeActivation(run: Run, act: Activation): void {
  const tasks = run.s.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i]!;
    if (t.act === act.id && (t.status === 'pending' || t.status === 'delegated')) run.closeTask(t, 'cancelled');
  }
  run.removeTimers((t) => t.act === act.id);
  run.removeActivation(act.id);
}

const FINAL: ReadonlySet<InstanceStatus> = new Set(['approved', 'rejected', 'withdrawn', 'terminated', 'completed']);

export function isFinished(status: InstanceStatus): boolean {
  return FINAL.has(status);
}

/** Ends the request: everything still open is cancelled; an approved change-set is applied. */
export function finish(run: Run, status: InstanceStatus, outcome?: Outcome): void {
  const s = run.s;
  if (isFinished(s.status)) return;
  for (const act of s.active.slice()) closeActivation(run, act);
  for (const t of s.tasks) if (t.status === 'pending' || t.status === 'delegated') run.closeTask(t, 'cancelled');
  run.removeTimers(() => true);
  s.active = [];
  if (s.forks) delete s.forks;
  if (s.parked) delete s.parked;
  if (s.undo) delete s.undo;
  run.queue.length = 0;
  s.status = status;
  if (outcome) s.outcome = outcome;
  s.finished = run.now;
  if ((outcome === 'approved' || outcome === 'completed') && s.patch && s.record) {
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(s.patch)) before[k] = s.record.values?.[k] ?? null;
    run.effect({ type: 'apply-patch', record: s.record.id, ...(s.record.type ? { recordType: s.record.type } : {}), before, after: { ...s.patch } });
  }
  run.effect({ type: 'notify', to: [s.initiator], reason: 'finished' });
  run.event('finished', { detail: outcome ? { status, outcome } : { status } });
}

/**
 * Sends the request back to the initiator; resubmit re-enters the visits open now ("resume"),
 * and `from`, the visit that sent it back when it has already closed.
 */
export function returnToInitiator(run: Run, by?: string, from?: Activation): void {
  const s = run.s;
  const open = from && !s.active.some((a) => a.id === from.id) ? [from, ...s.active] : s.active;
  const parked = open.map((a) => (a.scope ? { node: a.node, scope: a.scope } : { node: a.node }));
  for (const act of s.active.slice()) closeActivation(run, act);
  run.queue.length = 0;
  s.status = 'returned';
  s.parked = parked;
  if (s.undo) delete s.undo;
  run.effect({ type: 'notify', to: [s.initiator], reason: 'returned', ...(by ? { by } : {}) });
  run.event('returned', by ? { actor: by, detail: { to: 'initiator' } } : { detail: { to: 'initiator' } });
}

export function sameScope(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || a.length === 0) return !b || b.length === 0;
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
