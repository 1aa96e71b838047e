// Model tests (DESIGN.md section 4): random valid definitions and random command sequences,
// checked against the invariants after every step. Commands come from allowedActions (which must
// then be accepted) and at random (which may be refused, but must never break anything).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { createSequentialIds } from './directory/sequential-ids.ts';
import { createStaticDirectory } from './directory/static-directory.ts';
import { createEngine } from './engine.ts';
import { definitionArbitrary } from './testing/definition-arbitrary.ts';
import { deepFreeze } from './testing/harness.ts';
import { ORG } from './testing/crm-fixtures.ts';
import { addDuration } from './time/duration.ts';
import { paths } from './tools/paths.ts';
import { simulate } from './tools/simulate.ts';
import type { Action } from './allowed-actions.ts';
import type { Command, ReturnTarget } from './types/command.ts';
import type { Result } from './types/result.ts';
import type { Snapshot } from './types/snapshot.ts';

const USERS = ['sam', 'sue', 'mia', 'vp', 'ceo', 'dan', 'fay', 'fred', 'fin', 'lee', 'ada', 'old', 'ghost'];
const org = { ...ORG, users: ORG.users.map((u) => (u.id === 'fay' ? { ...u, outOfOffice: [{ from: '2026-01-05T12:00:00Z', to: '2026-01-06T12:00:00Z', delegate: 'fred' }] } : u)) };
const directory = createStaticDirectory(org);
const ARG_CODES = new Set(['unknown-user', 'self-target', 'already-assignee']);

type Step = [number, number, number];
/** What the random runs reached, so the suite cannot quietly stop exercising the engine. */
const accepted = new Map<string, number>();
const statuses = new Set<string>();
interface Trace {
  now: string;
  command: Command;
}

function startInput(def: BatonWorkflowDefinition, pick: number) {
  const selections: Record<string, string[]> = {};
  for (const n of def.nodes) if ((n.type === 'approval' || n.type === 'handler') && n.assignees.some((r) => r.type === 'initiator-selects')) selections[n.id] = ['lee'];
  return {
    initiator: ['sam', 'sue', 'mia', 'dan', 'fay'][pick % 5]!,
    data: { amount: [500, 1500, 2500, 5000][pick % 4]!, approver: 'lee' },
    record: { id: 'o-1', owner: 'sue', values: { discount: 0 } },
    patch: { discount: 10 },
    selections,
  };
}

function commandFor(action: Action, actor: string, s: Snapshot, a: number): Command {
  const other = USERS[a % USERS.length]!;
  switch (action.action) {
    case 'approve':
    case 'reject':
    case 'complete':
      return { type: action.action, actor, taskId: action.taskId, comment: 'ok' };
    case 'return': {
      const t = action.targets[a % action.targets.length]!;
      const target: ReturnTarget = t === 'initiator' ? { to: 'initiator' } : t === 'previous' ? { to: 'previous' } : { to: 'node', node: t };
      return { type: 'return', actor, taskId: action.taskId, target, comment: 'ok' };
    }
    case 'transfer':
    case 'delegate':
      return { type: action.action, actor, taskId: action.taskId, to: other };
    case 'add-signer':
      return { type: 'add-signer', actor, taskId: action.taskId, users: [other], position: (['before', 'after', 'parallel'] as const)[a % 3]! };
    case 'remove-signer':
      return { type: 'remove-signer', actor, node: action.node, users: [action.users[a % action.users.length]!] };
    case 'take-back':
      return { type: 'take-back', actor, taskId: action.taskId };
    case 'edit-fields':
      return { type: 'edit-fields', actor, taskId: action.taskId, data: { amount: (a % 7) * 1000 } };
    case 'resubmit':
      return { type: 'resubmit', actor, data: { amount: (a % 5) * 1000 } };
    case 'comment':
      return { type: 'comment', actor, text: `note ${a}` };
    case 'cc':
      return { type: 'cc', actor, users: [other] };
    case 'urge':
    case 'withdraw':
    case 'terminate':
      return { type: action.action, actor };
  }
  void s;
}

function randomCommand(s: Snapshot, [k, u, a]: Step): Command {
  const actor = USERS[u % USERS.length]!;
  const task = s.tasks[a % Math.max(1, s.tasks.length)];
  const taskId = task && a % 5 !== 0 ? task.id : `task-${a}`;
  const types = ['approve', 'reject', 'complete', 'return', 'transfer', 'take-back', 'withdraw', 'urge', 'terminate', 'resubmit', 'comment', 'edit-fields'] as const;
  const type = types[(k >> 4) % types.length]!;
  switch (type) {
    case 'return':
      return { type, actor, taskId, target: a % 2 ? { to: 'initiator' } : { to: 'node', node: s.history[a % s.history.length]!.node } };
    case 'transfer':
      return { type, actor, taskId, to: USERS[a % USERS.length]! };
    case 'take-back':
      return { type, actor, taskId };
    case 'withdraw':
    case 'urge':
    case 'terminate':
    case 'resubmit':
      return { type, actor };
    case 'comment':
      return { type, actor, text: a % 3 ? 'x' : '' };
    case 'edit-fields':
      return { type, actor, taskId, data: a % 2 ? { amount: 'many' } : { colour: 1 } };
    default:
      return { type, actor, taskId };
  }
}

function checkInvariants(s: Snapshot, prev: Snapshot | undefined, r: Extract<Result, { ok: true }>, seenEffects: Set<string>, trace: Trace[] = []): void {
  // JSON round trip: plain data only.
  expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
  expect(JSON.parse(JSON.stringify(r.effects))).toStrictEqual(r.effects);
  expect(JSON.parse(JSON.stringify(r.events))).toStrictEqual(r.events);
  if (prev) expect(s.revision).toBe(prev.revision + 1);
  for (const e of r.effects) {
    expect(seenEffects.has(e.id)).toBe(false);
    seenEffects.add(e.id);
  }
  for (const t of s.tasks) {
    expect(typeof t.user).toBe('string');
    expect(t.user).not.toBe('');
    expect(t.why.length).toBeGreaterThan(0);
  }
  const open = s.tasks.filter((t) => t.status === 'pending' || t.status === 'delegated');
  if (s.status === 'running') {
    const waiting = open.length > 0 || s.timers.length > 0 || s.active.some((a) => a.effect);
    expect(waiting, `running but waiting on nothing after ${JSON.stringify(trace.map((t) => t.command))}: ${JSON.stringify(prev)} -> ${JSON.stringify(s)}`).toBe(true);
    // Every open task belongs to an open visit.
    for (const t of open) expect(s.active.some((a) => a.id === t.act)).toBe(true);
  } else {
    expect(open).toEqual([]);
    expect(s.timers).toEqual([]);
    expect(s.active).toEqual([]);
  }
  if (s.status !== 'running' && s.status !== 'returned') expect(s.finished).toBeDefined();
  for (const t of s.timers) expect(s.active.some((a) => a.id === t.act)).toBe(true);
}

function run(def: BatonWorkflowDefinition, pick: number, steps: Step[]) {
  deepFreeze(def); // the engine must never write to a definition
  const engine = createEngine();
  const ids = createSequentialIds();
  let now = '2026-01-05T09:00:00.000Z';
  const env = () => ({ now, ids, directory });
  const started = engine.start(def, startInput(def, pick), env());
  expect(started.ok, started.ok ? '' : JSON.stringify(started.refusal)).toBe(true);
  if (!started.ok) return { results: [] as Result[], trace: [] as Trace[] };
  const seen = new Set<string>();
  checkInvariants(started.snapshot, undefined, started, seen);
  let s = deepFreeze(started.snapshot);
  const results: Result[] = [started];
  const trace: Trace[] = [];
  let lastActor: string | undefined;
  for (const step of steps) {
    const [k, u, a] = step;
    let command: Command | undefined;
    let fromAllowed = false;
    const kind = k % 10;
    if (kind <= 4 || kind === 9) {
      // 0-2: someone with an open task; 3: the initiator; 4: anyone; 9: whoever acted last
      // (take-back and remove-signer need that).
      const assignees = [...new Set(s.tasks.filter((t) => t.status === 'pending').map((t) => t.user))];
      const actor =
        kind === 9 && lastActor ? lastActor : kind <= 2 && assignees.length > 0 ? assignees[u % assignees.length]! : kind === 3 ? s.initiator : USERS[u % USERS.length]!;
      const list = engine.allowedActions(def, s, actor, { now, directory });
      if (list.length > 0) {
        command = commandFor(list[a % list.length]!, actor, s, a);
        fromAllowed = true;
      }
    } else if (kind === 5) command = randomCommand(s, step);
    else if (kind === 6) {
      const due = [...s.timers].sort((x, y) => Date.parse(x.due) - Date.parse(y.due))[0];
      if (due) {
        if (Date.parse(due.due) > Date.parse(now)) now = due.due;
        command = { type: 'timer-fired', actor: 'system', timerId: due.id };
        fromAllowed = true;
      }
    } else if (kind === 7) {
      const waiting = s.active.find((x) => x.effect);
      if (waiting) {
        const sub = def.nodes.find((n) => n.id === waiting.node)?.type === 'subflow';
        command = sub
          ? { type: 'subflow-finished', actor: 'system', effectId: waiting.effect!, outcome: (['approved', 'rejected', 'completed'] as const)[a % 3]! }
          : { type: 'automation-result', actor: 'system', effectId: waiting.effect!, ok: a % 4 !== 0, result: a };
        fromAllowed = true;
      }
    } else now = addDuration(now, 'PT1H')!;
    if (!command) continue;
    const r = engine.apply(def, s, command, env());
    trace.push({ now, command });
    results.push(r);
    if (!r.ok) {
      if (fromAllowed) expect(ARG_CODES.has(r.refusal.code) && ['transfer', 'delegate', 'add-signer', 'cc'].includes(command.type), `${command.type} was offered but refused: ${r.refusal.code} ${r.refusal.message.en}`).toBe(true);
      continue;
    }
    checkInvariants(r.snapshot, s, r, seen, trace);
    lastActor = command.actor;
    accepted.set(command.type, (accepted.get(command.type) ?? 0) + 1);
    statuses.add(r.snapshot.status);
    s = deepFreeze(r.snapshot);
  }
  return { results, trace, final: s };
}

const RUNS = Number(process.env.MODEL_RUNS ?? 200);
const steps = fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 }), fc.nat({ max: 1000 })), { minLength: 5, maxLength: 50, size: 'max' });

describe('engine model', () => {
  it('holds the invariants for random definitions and command sequences', () => {
    fc.assert(
      fc.property(definitionArbitrary, fc.nat(), steps, (def, pick, cmds) => {
        run(def, pick, cmds);
      }),
      { numRuns: RUNS },
    );
  });

  it('reached every command and every status along the way', () => {
    console.log([...accepted].sort(), [...statuses]);
    for (const type of ['approve', 'reject', 'complete', 'return', 'resubmit', 'withdraw', 'take-back', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'urge', 'comment', 'cc', 'terminate', 'timer-fired', 'automation-result', 'subflow-finished', 'edit-fields']) {
      expect(accepted.get(type) ?? 0, type).toBeGreaterThan(0);
    }
    for (const status of ['running', 'returned', 'approved', 'rejected', 'withdrawn', 'terminated']) expect(statuses).toContain(status);
  });

  it('is deterministic: the same inputs give the same outputs, also from snapshots stored as JSON', () => {
    fc.assert(
      fc.property(definitionArbitrary, fc.nat(), steps, (def, pick, cmds) => {
        const first = run(def, pick, cmds);
        const engine = createEngine();
        const ids = createSequentialIds();
        let now = '2026-01-05T09:00:00.000Z';
        const again: Result[] = [engine.start(def, startInput(def, pick), { now, ids, directory })];
        let s = (again[0] as Extract<Result, { ok: true }>).snapshot;
        for (const t of first.trace) {
          now = t.now;
          // The replay hands each snapshot over as the server would: stored as JSON, read back.
          const r = engine.apply(JSON.parse(JSON.stringify(def)), JSON.parse(JSON.stringify(s)), t.command, { now, ids, directory });
          again.push(r);
          if (r.ok) s = r.snapshot;
        }
        expect(again).toStrictEqual(first.results);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('simulates every random flow to an end, along one of its paths', () => {
    fc.assert(
      fc.property(definitionArbitrary, fc.nat(), (def, pick) => {
        const r = simulate(def, startInput(def, pick), directory, { now: '2026-01-05T09:00:00.000Z' });
        expect(r.status).not.toBe('refused');
        expect(r.truncated).toBeUndefined();
        expect(['approved', 'rejected', 'terminated', 'completed', 'returned']).toContain(r.status);
        const all = paths(def);
        expect(all.length).toBeGreaterThan(0);
        if (r.status === 'approved' && all.length < 1000) {
          // (At 1,000 paths the list is capped and need not hold this one.)
          const key = (p: string[]) => [...new Set(p)].sort().join(' ');
          expect(all.map(key)).toContain(key(r.path));
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
