// One command in progress: a copy-on-write draft of the snapshot plus the effects and events it
// produces. Nothing from the input snapshot is ever mutated: arrays are copied here once and
// changed objects are replaced, so a refused command leaves the caller's snapshot untouched.
import type { CommandType } from '../types/command.ts';
import type { Effect, EffectInput, EngineEvent } from '../types/effect.ts';
import type { Env } from '../types/env.ts';
import { refusal, type Refusal, type RefusalCode } from '../types/refusal.ts';
import type { Activation, Snapshot, Task, Timer } from '../types/snapshot.ts';
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import type { NodeKinds } from '../nodes/node-kind.ts';

export interface Token {
  node: string;
  scope: string[] | undefined;
}

/** Changes recorded while a decision runs, so take-back can restore them. */
export interface Tracking {
  /** The first earlier version of each task changed. */
  prevTasks: Task[];
  created: string[];
  removedTimers: Timer[];
  external: boolean;
}

export class Run {
  readonly s: Snapshot;
  readonly effects: Effect[] = [];
  readonly events: EngineEvent[] = [];
  readonly queue: Token[] = [];
  refusal: Refusal | undefined;
  tracking: Tracking | undefined;
  /** Memo of the CEL context for this command (reset when data changes). */
  celContext: Record<string, unknown> | undefined;
  /** History entries before this index belong to the caller's snapshot and are never changed. */
  readonly ownHistoryFrom: number;

  constructor(
    readonly def: CompiledDefinition,
    readonly kinds: NodeKinds,
    readonly env: Env,
    readonly actor: string,
    readonly command: CommandType | 'start',
    readonly base: Snapshot,
    keepUndo = true,
  ) {
    this.s = copySnapshot(base, keepUndo);
    this.ownHistoryFrom = base.history.length;
  }

  get now(): string {
    return this.env.now;
  }

  id(prefix: string): string {
    return this.env.ids.next(prefix);
  }

  /** Records an effect; `input` must be a fresh object (it gets the id). */
  effect(input: EffectInput): Effect {
    const e = input as Effect;
    e.id = this.env.ids.next('effect');
    this.effects.push(e);
    if (this.tracking && !TRACKABLE.has(e.type)) this.tracking.external = true;
    return e;
  }

  /** Records an event; `fields` must be a fresh object (it becomes the event). */
  event(type: EngineEvent['type'], fields?: Omit<EngineEvent, 'type' | 'at'>): void {
    const e = (fields ?? {}) as EngineEvent;
    e.type = type;
    e.at = this.env.now;
    this.events.push(e);
  }

  /** Records a refusal; the first one wins and the command is abandoned. */
  refuse(code: RefusalCode, detail?: string, pointer?: string): void {
    this.refusal ??= refusal(code, this.actor, this.command, detail, pointer);
  }

  // Tasks

  task(id: string): Task | undefined {
    const tasks = this.s.tasks;
    for (let i = tasks.length - 1; i >= 0; i--) if (tasks[i]!.id === id) return tasks[i];
    return undefined;
  }

  tasksOf(actId: string): Task[] {
    const out: Task[] = [];
    for (const t of this.s.tasks) if (t.act === actId) out.push(t);
    return out;
  }

  addTask(task: Task): void {
    this.s.tasks.push(task);
    this.tracking?.created.push(task.id);
  }

  /** Replaces the task with the same id. */
  putTask(task: Task): void {
    const tasks = this.s.tasks;
    for (let i = tasks.length - 1; i >= 0; i--) {
      const old = tasks[i]!;
      if (old.id === task.id) {
        const tr = this.tracking;
        if (tr && !tr.prevTasks.some((p) => p.id === old.id) && !tr.created.includes(old.id)) tr.prevTasks.push(old);
        tasks[i] = task;
        return;
      }
    }
    throw new Error(`putTask: no task ${task.id}`);
  }

  /** Closes a pending task with a final status: its timers stop and the server hears of it. */
  closeTask(task: Task, status: Task['status'], extra?: Partial<Task>): Task {
    const closed = copyTask(task);
    if (extra) Object.assign(closed, extra);
    closed.status = status;
    closed.decided = this.now;
    this.putTask(closed);
    if (this.s.timers.length > 0) this.removeTimers((t) => t.task === task.id);
    this.effect({ type: 'task-closed', task: task.id, node: task.node, user: task.user, status });
    return closed;
  }

  // Activations

  activation(id: string): Activation | undefined {
    return this.s.active.find((a) => a.id === id);
  }

  activate(node: string, scope: string[] | undefined): Activation {
    this.s.seq += 1;
    const act: Activation = scope ? { id: `a${this.s.seq}`, node, scope } : { id: `a${this.s.seq}`, node };
    this.s.active.push(act);
    return act;
  }

  putActivation(act: Activation): void {
    const i = this.s.active.findIndex((a) => a.id === act.id);
    if (i < 0) throw new Error(`putActivation: no activation ${act.id}`);
    this.s.active[i] = act;
  }

  removeActivation(id: string): void {
    const i = this.s.active.findIndex((a) => a.id === id);
    if (i >= 0) this.s.active.splice(i, 1);
  }

  // Timers

  addTimer(timer: Timer): void {
    this.s.timers.push(timer);
    this.effect({ type: 'start-timer', timer: timer.id, due: timer.due });
  }

  removeTimers(match: (t: Timer) => boolean): void {
    const timers = this.s.timers;
    if (timers.length === 0) return;
    for (let i = timers.length - 1; i >= 0; i--) {
      const t = timers[i]!;
      if (!match(t)) continue;
      timers.splice(i, 1);
      this.tracking?.removedTimers.push(t);
      this.effect({ type: 'cancel-timer', timer: t.id });
    }
  }

  /** Marks that an assignee acted (the withdraw policy "before-first-action" reads it). */
  acted(): void {
    this.s.acted = true;
  }

  /** Data changed: conditions must see the new values. */
  dataChanged(data: Record<string, unknown>): void {
    this.s.data = data;
    this.celContext = undefined;
  }
}

// Effects take-back can live with: the server can undo or ignore them.
const TRACKABLE = new Set<Effect['type']>(['task-created', 'task-closed', 'start-timer', 'cancel-timer', 'notify', 'cc']);

/** A copy of a snapshot whose arrays this command may change; fields in one order (one shape). */
function copySnapshot(b: Snapshot, keepUndo: boolean): Snapshot {
  const s: Snapshot = {
    format: 1,
    id: b.id,
    workflow: b.workflow,
    revision: b.revision,
    status: b.status,
    initiator: b.initiator,
    created: b.created,
    updated: b.updated,
    data: b.data,
    active: b.active.slice(),
    tasks: b.tasks.slice(),
    timers: b.timers.slice(),
    history: b.history.slice(),
    seq: b.seq,
  };
  if (b.outcome !== undefined) s.outcome = b.outcome;
  if (b.title !== undefined) s.title = b.title;
  if (b.finished !== undefined) s.finished = b.finished;
  if (b.vars !== undefined) s.vars = b.vars;
  if (b.record !== undefined) s.record = b.record;
  if (b.patch !== undefined) s.patch = b.patch;
  if (b.selections !== undefined) s.selections = b.selections;
  if (b.forks !== undefined) s.forks = b.forks;
  if (b.comments !== undefined) s.comments = b.comments;
  if (b.readers !== undefined) s.readers = b.readers;
  if (b.lastUrge !== undefined) s.lastUrge = b.lastUrge;
  if (b.acted !== undefined) s.acted = b.acted;
  if (b.parked !== undefined) s.parked = b.parked;
  if (keepUndo && b.undo !== undefined) s.undo = b.undo;
  return s;
}

/** A copy of a task (fields in one order). */
export function copyTask(t: Task): Task {
  const c: Task = { id: t.id, node: t.node, act: t.act, user: t.user, status: t.status, created: t.created, why: t.why };
  if (t.seat !== undefined) c.seat = t.seat;
  if (t.decided !== undefined) c.decided = t.decided;
  if (t.by !== undefined) c.by = t.by;
  if (t.origin !== undefined) c.origin = t.origin;
  if (t.comment !== undefined) c.comment = t.comment;
  if (t.hold !== undefined) c.hold = t.hold;
  if (t.then !== undefined) c.then = t.then;
  if (t.opinion !== undefined) c.opinion = t.opinion;
  return c;
}

/** A copy of a task without some optional fields (instead of `delete`, which slows objects down). */
export function taskWithout(t: Task, ...fields: Array<'decided' | 'hold' | 'then'>): Task {
  const c = copyTask(t);
  for (const f of fields) if (c[f] !== undefined) Reflect.deleteProperty(c, f);
  return c;
}
