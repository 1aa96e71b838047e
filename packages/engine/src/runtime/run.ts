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
  prevTasks: Map<string, Task>;
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
  ) {
    this.s = {
      ...base,
      active: base.active.slice(),
      tasks: base.tasks.slice(),
      timers: base.timers.slice(),
      history: base.history.slice(),
    };
    this.ownHistoryFrom = base.history.length;
  }

  get now(): string {
    return this.env.now;
  }

  id(prefix: string): string {
    return this.env.ids.next(prefix);
  }

  effect(input: EffectInput): Effect {
    const e = { id: this.env.ids.next('effect'), ...input } as Effect;
    this.effects.push(e);
    if (this.tracking && !TRACKABLE.has(e.type)) this.tracking.external = true;
    return e;
  }

  event(type: EngineEvent['type'], fields?: Omit<EngineEvent, 'type' | 'at'>): void {
    this.events.push({ type, at: this.env.now, ...fields });
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
    return this.s.tasks.filter((t) => t.act === actId);
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
        if (this.tracking && !this.tracking.prevTasks.has(old.id)) this.tracking.prevTasks.set(old.id, old);
        tasks[i] = task;
        return;
      }
    }
    throw new Error(`putTask: no task ${task.id}`);
  }

  /** Closes a pending task with a final status: its timers stop and the server hears of it. */
  closeTask(task: Task, status: Task['status'], extra?: Partial<Task>): Task {
    const closed: Task = { ...task, ...extra, status, decided: this.now };
    this.putTask(closed);
    this.removeTimers((t) => t.task === task.id);
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
