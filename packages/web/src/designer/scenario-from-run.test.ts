import { describe, expect, it } from 'vitest';
import { createStaticDirectory, runScenario, simulate } from '@baton/engine';
import { validateScenario } from '@baton/schema';
import type { BatonOrgDirectory, BatonWorkflowDefinition } from '@baton/schema';
import { readFileSync } from 'node:fs';
import { scenarioFromRun, scenarioSlug } from './scenario-from-run.ts';

const read = (p: string) => JSON.parse(readFileSync(new URL(`../../../../templates/${p}`, import.meta.url), 'utf8')) as unknown;
const org = read('demo-org.json') as BatonOrgDirectory;
const { $schema: _s, ...discount } = read('discount-approval/workflow.json') as BatonWorkflowDefinition & { $schema?: string };
const data = { amount: 300000, customer: 'cust-1', discount_rate: 18, lines: [{ product: 'X2', quantity: 20, unit_price: 15000 }], reason: 'rollout', total_cost: 198000 };

function run(decisions: Record<string, 'approve' | 'reject' | 'return'>) {
  const { snapshot: _snap, ...result } = simulate(discount, { initiator: 'li.na', data }, createStaticDirectory(org), { decisions });
  return result;
}

describe('scenarioFromRun', () => {
  it('writes a valid scenario that, run again, reproduces the simulated path, approvers and end', () => {
    const runs: Array<Record<string, 'approve' | 'reject' | 'return'>> = [{}, { director: 'reject' }, { finance: 'return' }, { manager: 'reject' }];
    for (const decisions of runs) {
      const made = scenarioFromRun({ name: 'Big deal', initiator: 'li.na', data, result: run(decisions) });
      expect(made.ok).toBe(true);
      if (!made.ok) continue;
      expect(validateScenario(made.scenario).problems).toEqual([]);
      const replay = runScenario(discount, made.scenario, org);
      expect(replay.mismatches, JSON.stringify(decisions)).toEqual([]);
      expect(replay.ok).toBe(true);
    }
  });

  it('records the decisions in order with who took them, and the assignees per step', () => {
    const made = scenarioFromRun({ name: 'Director rejects', initiator: 'li.na', data, result: run({ director: 'reject' }) });
    if (!made.ok) throw new Error('expected a scenario');
    expect(made.scenario.steps).toEqual([
      { as: 'wang.lei', do: 'approve', node: 'manager', comment: 'simulated' },
      { as: 'sarah.chen', do: 'reject', node: 'director', comment: 'simulated' },
    ]);
    expect(made.scenario.expect).toMatchObject({ status: 'returned', assignees: { manager: ['wang.lei'], director: ['sarah.chen'] } });
  });

  it('refuses a run that was refused or cut short', () => {
    expect(scenarioFromRun({ name: 'x', initiator: 'li.na', data, result: { status: 'refused', path: [], steps: [], effects: [] } })).toEqual({ ok: false, reason: 'refused' });
    expect(scenarioFromRun({ name: 'x', initiator: 'li.na', data, result: { status: 'running', path: [], steps: [], effects: [], truncated: true } })).toEqual({ ok: false, reason: 'truncated' });
  });

  it('slugs names the way the server accepts ids', () => {
    expect(scenarioSlug('Big deal: director rejects!')).toBe('big-deal-director-rejects');
    expect(scenarioSlug('大额折扣')).toMatch(/^scenario-[a-z0-9]+$/);
    expect(scenarioSlug('x'.repeat(100))).toHaveLength(64);
  });
});
