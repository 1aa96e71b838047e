// runScenario: executes a scenario (schemas/scenario.schema.json) through the engine: submit,
// then each step (a person acts, time passes and due timers fire in order, an automation answers),
// then compares the end state with `expect`. Mismatches are values; nothing throws.
import type { BatonOrgDirectory, BatonScenario, BatonWorkflowDefinition } from '@baton/schema';
import { createSequentialIds } from '../directory/sequential-ids.ts';
import { createStaticDirectory } from '../directory/static-directory.ts';
import { createEngine, type Engine } from '../engine.ts';
import { addDuration } from '../time/duration.ts';
import type { Effect } from '../types/effect.ts';
import type { Env } from '../types/env.ts';
import type { Snapshot } from '../types/snapshot.ts';
import { scenarioCommand, type PersonStep } from './scenario-commands.ts';
import { DEFAULT_START } from './simulate.ts';

export interface Mismatch {
  /** What differs: "status", "path", "assignees.finance", "step 3"... */
  what: string;
  expected: unknown;
  actual: unknown;
}

export interface ScenarioResult {
  ok: boolean;
  mismatches: Mismatch[];
  result: {
    status: Snapshot['status'] | 'refused';
    outcome?: Snapshot['outcome'];
    path: string[];
    assignees: Record<string, string[]>;
    effects: Effect[];
    snapshot?: Snapshot;
  };
}

export function runScenario(definition: BatonWorkflowDefinition, scenario: BatonScenario, org: BatonOrgDirectory, engine: Engine = createEngine()): ScenarioResult {
  const directory = createStaticDirectory(org);
  const ids = createSequentialIds();
  let now = scenario.start ?? DEFAULT_START;
  const env = (): Env => ({ now, ids, directory });
  const mismatches: Mismatch[] = [];
  const effects: Effect[] = [];
  const started = engine.start(
    definition,
    {
      initiator: scenario.initiator,
      data: scenario.data as Record<string, unknown>,
      ...(scenario.record ? { record: scenario.record as { id: string; owner?: string; values?: Record<string, unknown> } } : {}),
      ...(scenario.patch ? { patch: scenario.patch as Record<string, unknown> } : {}),
      ...(scenario.selections ? { selections: scenario.selections } : {}),
    },
    env(),
  );
  if (!started.ok) {
    mismatches.push({ what: 'start', expected: 'accepted', actual: started.refusal.code });
    return { ok: false, mismatches, result: { status: 'refused', path: [], assignees: {}, effects } };
  }
  let s = started.snapshot;
  effects.push(...started.effects);

  (scenario.steps ?? []).forEach((step, i) => {
    const what = `step ${i + 1}`;
    if ('wait' in step) {
      const until = addDuration(now, step.wait);
      if (!until) return mismatches.push({ what, expected: 'a duration', actual: step.wait });
      // Timers fall due in order; each fires at its own time, and may start later ones.
      for (let guard = 0; guard < 10_000; guard++) {
        const due = s.timers.filter((t) => Date.parse(t.due) <= Date.parse(until)).sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
        if (!due) break;
        if (Date.parse(due.due) > Date.parse(now)) now = due.due;
        const r = engine.apply(definition, s, { type: 'timer-fired', actor: 'system', timerId: due.id }, env());
        if (!r.ok) {
          mismatches.push({ what: `${what} (timer ${due.id})`, expected: 'fired', actual: r.refusal.code });
          break;
        }
        s = r.snapshot;
        effects.push(...r.effects);
      }
      now = until;
      return;
    }
    const command =
      'automation' in step
        ? { type: 'automation-result' as const, actor: 'system', node: step.automation, ok: step.ok ?? true, ...(step.result !== undefined ? { result: step.result } : {}) }
        : scenarioCommand(s, step as PersonStep);
    const r = engine.apply(definition, s, command, env());
    const expected = 'expect' in step ? step.expect : undefined;
    if (expected !== undefined) {
      if (r.ok) mismatches.push({ what, expected: `refused with ${expected}`, actual: 'accepted' });
      else if (r.refusal.code !== expected) mismatches.push({ what, expected: `refused with ${expected}`, actual: `refused with ${r.refusal.code}` });
      if (!r.ok) return;
    } else if (!r.ok) {
      return mismatches.push({ what, expected: 'accepted', actual: `refused with ${r.refusal.code}: ${r.refusal.message.en}` });
    }
    if (r.ok) {
      s = r.snapshot;
      effects.push(...r.effects);
    }
  });

  const assignees: Record<string, string[]> = {};
  for (const t of s.tasks) (assignees[t.node] ??= []).push(t.user);
  const path = s.history.map((h) => h.node);
  const exp = scenario.expect;
  if (exp.status !== s.status) mismatches.push({ what: 'status', expected: exp.status, actual: s.status });
  if (exp.outcome !== undefined && exp.outcome !== s.outcome) mismatches.push({ what: 'outcome', expected: exp.outcome, actual: s.outcome ?? null });
  if (exp.path && JSON.stringify(exp.path) !== JSON.stringify(path)) mismatches.push({ what: 'path', expected: exp.path, actual: path });
  for (const [node, users] of Object.entries(exp.assignees ?? {})) {
    const actual = assignees[node] ?? [];
    if (JSON.stringify(users) !== JSON.stringify(actual)) mismatches.push({ what: `assignees.${node}`, expected: users, actual });
  }
  const types = new Set(effects.map((e) => e.type));
  for (const t of exp.effects ?? []) if (!types.has(t as Effect['type'])) mismatches.push({ what: `effects`, expected: `a "${t}" effect`, actual: [...types] });
  for (const t of exp.noEffects ?? []) if (types.has(t as Effect['type'])) mismatches.push({ what: `noEffects`, expected: `no "${t}" effect`, actual: [...types] });
  return {
    ok: mismatches.length === 0,
    mismatches,
    result: { status: s.status, ...(s.outcome ? { outcome: s.outcome } : {}), path, assignees, effects, snapshot: s },
  };
}
