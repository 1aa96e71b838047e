// The state of one request (instance), as plain JSON. The server stores it as it is and hands it
// back with the next command; it holds no copy of the definition, so it stays small.

export type InstanceStatus = 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn' | 'terminated' | 'completed';

/** The outcome an end node records (or a rejection records). */
export type Outcome = 'approved' | 'rejected' | 'completed';

export type TaskStatus =
  | 'pending'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'transferred'
  | 'delegated'
  | 'auto-approved'
  | 'cancelled'
  | 'completed';

export type SignerPosition = 'before' | 'after' | 'parallel';

/** Where a task came from, when it is not one of the node's own assignees. */
export type TaskOrigin =
  | { type: 'transferred-from'; task: string; by: string }
  | { type: 'delegated-from'; task: string; by: string }
  | { type: 'added-signer'; task: string; by: string; position: SignerPosition }
  | { type: 'reassigned-from'; task: string }
  | { type: 'escalated-from'; task: string };

export interface Task {
  id: string;
  /** The node the task belongs to. */
  node: string;
  /** The activation (one visit of the node) the task belongs to. */
  act: string;
  /** The seat (one vote in the node's mode) when it is not the task's own id: transfers and "after" signers keep the seat. */
  seat?: string;
  /** The assignee. Never empty. */
  user: string;
  status: TaskStatus;
  created: string;
  decided?: string;
  /** Who decided, when not the assignee ("system" for timeouts, a before-signer who rejected). */
  by?: string;
  /** Why this user has the task: the assignee rule, the policies and the delegations applied. */
  why: string[];
  origin?: TaskOrigin;
  comment?: string;
  /** Before-signers that must approve before this task may act. */
  hold?: number;
  /** Signers added after this task, in order: each gets a task when the one before approves. */
  then?: Array<{ user: string; by: string }>;
  /** A delegate's opinion, handed back to the delegator. */
  opinion?: 'approve' | 'reject';
}

/** One visit of a node that waits: for tasks, a timer, or an effect's result. */
export interface Activation {
  id: string;
  node: string;
  /** The fork branches this token runs in, innermost last ("f1.0" = branch 0 of fork f1). */
  scope?: string[];
  /** Sequential mode: the assignees still to come, in order. */
  queue?: Array<{ user: string; why: string[] }>;
  /** Automation and subflow nodes: the effect whose result the node waits for. */
  effect?: string;
  /** Delay nodes: the timer it waits for. */
  timer?: string;
}

/** A parallel or inclusive fork whose join has not yet seen every branch. */
export interface Fork {
  id: string;
  node: string;
  branches: number;
  /** Branch indexes that reached the join. */
  arrived: number[];
}

export interface Timer {
  id: string;
  due: string;
  kind: 'timeout' | 'delay';
  act: string;
  task?: string;
  /** Index into the node's `timeouts`. */
  rule?: number;
  /** Reminders already sent by this rule (for repeats). */
  count?: number;
}

/** A node entered, in order: the path of the request. */
export interface HistoryEntry {
  node: string;
  at: string;
  act?: string;
  scope?: string[];
  /** What happened there that no task shows (policies applied, branches chosen, conditions that failed). */
  note?: string[];
}

export interface Comment {
  id: string;
  by: string;
  at: string;
  text: string;
  task?: string;
}

/** What take-back (取回) restores: the state just before the last decision. */
export interface Undo {
  task: string;
  active: Activation[];
  forks?: Fork[];
  /** Earlier versions of the tasks the decision changed. */
  tasks: Task[];
  /** Tasks the decision created (cancelled by take-back). */
  created: string[];
  /** Timers the decision removed (restarted by take-back). */
  timers: Timer[];
}

export interface RecordRef {
  id: string;
  type?: string;
  owner?: string;
  values?: Record<string, unknown>;
}

export interface Snapshot {
  format: 1;
  id: string;
  /** The workflow key. */
  workflow: string;
  /** Increments on each accepted command: the server's optimistic-concurrency guard. */
  revision: number;
  status: InstanceStatus;
  outcome?: Outcome;
  initiator: string;
  title?: string;
  created: string;
  updated: string;
  finished?: string;
  data: Record<string, unknown>;
  /** Variables set while running (automation results); declared defaults stay in the definition. */
  vars?: Record<string, unknown>;
  record?: RecordRef;
  /** Change-set flows: the proposed values, applied only on approval. */
  patch?: Record<string, unknown>;
  /** Assignees picked by the initiator or a previous approver, by node id. */
  selections?: Record<string, string[]>;
  active: Activation[];
  forks?: Fork[];
  tasks: Task[];
  timers: Timer[];
  history: HistoryEntry[];
  comments?: Comment[];
  /** Users copied (抄送) on the request. */
  readers?: string[];
  lastUrge?: string;
  /** Whether any assignee has acted (for the withdraw policy "before-first-action"). */
  acted?: true;
  /** While returned: the nodes resubmit re-enters with settings.resubmit "resume". */
  parked?: Array<{ node: string; scope?: string[] }>;
  undo?: Undo;
  /** Counter for activation and fork ids. */
  seq: number;
}
