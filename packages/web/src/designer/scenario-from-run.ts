// Turns a simulation run into a scenario (schemas/scenario.schema.json) the flow keeps: who
// submitted what, each decision in the order the run took it, and the end it reached as the
// expectation. Saving it pins today's behaviour, so a later draft that changes it shows up red.
import type { BatonScenario } from '@baton/schema';
import type { SimulationResult } from '../api/definitions.ts';

const COMMAND_OF: Record<string, 'approve' | 'reject' | 'return' | 'complete'> = {
  approved: 'approve',
  rejected: 'reject',
  returned: 'return',
  completed: 'complete',
};
const SIMULATED = 'simulated';
const STATUSES = new Set(['running', 'returned', 'approved', 'rejected', 'withdrawn', 'terminated', 'completed']);
const OUTCOMES = new Set(['approved', 'rejected', 'completed']);

/** A scenario id from a name: lowercase letters, digits and dashes (the server's rule). */
export function scenarioSlug(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : `scenario-${Date.now().toString(36)}`;
}

export type ScenarioFromRun = { ok: true; scenario: BatonScenario } | { ok: false; reason: 'refused' | 'truncated' };

export function scenarioFromRun(input: { name: string; initiator: string; data: Record<string, unknown>; result: SimulationResult }): ScenarioFromRun {
  const { result } = input;
  if (result.status === 'refused' || !STATUSES.has(result.status)) return { ok: false, reason: 'refused' };
  if (result.truncated) return { ok: false, reason: 'truncated' };
  const steps: NonNullable<BatonScenario['steps']> = [];
  const assignees: Record<string, string[]> = {};
  for (const step of result.steps) {
    if (step.type !== 'approval' && step.type !== 'handler') continue;
    for (const a of step.assignees) {
      (assignees[step.node] ??= []).push(a.user);
      const command = COMMAND_OF[a.status];
      // The simulation comments every decision (some steps require one) and returns to the initiator.
      if (command) steps.push({ as: a.user, do: command, node: step.node, comment: SIMULATED, ...(command === 'return' ? { to: 'initiator' } : {}) });
    }
  }
  const expect: BatonScenario['expect'] = {
    status: result.status as BatonScenario['expect']['status'],
    ...(result.outcome && OUTCOMES.has(result.outcome) ? { outcome: result.outcome as NonNullable<BatonScenario['expect']['outcome']> } : {}),
    path: [...result.path],
    assignees,
  };
  // `org` names a file for `baton test` in git; on the server scenarios run against the live org.
  return { ok: true, scenario: { name: input.name, org: 'org.json', initiator: input.initiator, data: input.data, steps, expect } };
}
