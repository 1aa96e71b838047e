// Promotion between environments: the same files in git, two mapping files. Installing the flow
// in staging and in production gives two different definitions (users, thresholds, URLs), and
// the same requests run in each with that environment's own people.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createStaticDirectory, runScenario, simulate } from '../../packages/engine/src/index.ts';
import {
  applyEnvironment,
  diffWorkflows,
  validateEnvironment,
  validateOrg,
  type BatonEnvironmentMapping,
  type BatonOrgDirectory,
  type BatonScenario,
  type BatonWorkflowDefinition,
} from '../../packages/schema/src/index.ts';

const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8')) as unknown;
const payment = () => read('flows/vendor-payment.json') as BatonWorkflowDefinition;

function environment(name: 'staging' | 'production') {
  const env = validateEnvironment(read(`${name}.env.json`));
  const org = validateOrg(read(`${name}-org.json`));
  if (!env.ok || !org.ok) throw new Error(`${name}: ${JSON.stringify([env.problems, org.problems])}`);
  const installed = applyEnvironment(payment(), env.value);
  if (!installed.ok) throw new Error(JSON.stringify(installed.problems));
  return { env: env.value, org: org.value as BatonOrgDirectory, def: installed.value };
}

/** A scenario written with the user ids of git, as the environment knows those people. */
function inEnvironment(scenario: BatonScenario, env: BatonEnvironmentMapping): BatonScenario {
  const map = (id: string) => env.users?.[id] ?? id;
  return {
    ...scenario,
    initiator: map(scenario.initiator),
    steps: scenario.steps?.map((s) => ('as' in s ? { ...s, as: map(s.as) } : s)),
  } as BatonScenario;
}

describe('two mapping files, two installed definitions', () => {
  const staging = environment('staging');
  const production = environment('production');

  test('users, thresholds and URLs are each environment\'s own; the logic is the same', () => {
    const clerk = (d: BatonWorkflowDefinition) => (d.nodes.find((n) => n.id === 'clerk') as { assignees: unknown }).assignees;
    const url = (d: BatonWorkflowDefinition) => (d.nodes.find((n) => n.id === 'pay') as { action: { url: string } }).action.url;
    expect([clerk(staging.def), clerk(production.def)]).toEqual([[{ type: 'users', users: ['qa.clerk'] }], [{ type: 'users', users: ['u-10442'] }]]);
    expect([staging.def.variables?.['cfo_threshold']?.value, production.def.variables?.['cfo_threshold']?.value]).toEqual([1000, 250000]);
    expect([url(staging.def), url(production.def)]).toEqual(['https://erp.staging.example.com/api/payments', 'https://erp.example.com/api/payments']);
    expect([staging.def.settings?.admins, production.def.settings?.admins]).toEqual([[{ type: 'users', users: ['qa.admin'] }], [{ type: 'users', users: ['u-10001'] }]]);
    // What changed, in the words of the diff: values and people, never nodes or edges.
    const changes = diffWorkflows(staging.def, production.def);
    expect([...new Set(changes.map((c) => c.target.type))].sort()).toEqual(['node', 'settings', 'variable']);
    expect(changes.map((c) => c.kind)).not.toContain('node-added');
    expect(changes.map((c) => c.kind)).not.toContain('node-removed');
    expect(staging.def.edges).toEqual(production.def.edges);
    expect(payment().variables?.['cfo_threshold']?.value).toBe(100000);
  });

  const request: BatonScenario = {
    name: 'A known vendor is paid',
    initiator: 'buyer',
    data: { vendor: 'v-1', amount: 800, new_vendor: false },
    steps: [],
    expect: {},
  } as unknown as BatonScenario;

  test.each([
    ['staging', staging, { manager: ['qa.lead'], clerk: ['qa.clerk'] }],
    ['production', production, { manager: ['u-20001'], clerk: ['u-10442'] }],
  ] as const)('the same request runs in %s with its own people and its own ERP', (_name, e, assignees) => {
    const scenario = inEnvironment(
      {
        ...request,
        steps: [
          { as: assignees.manager[0], do: 'approve', node: 'manager' },
          { as: 'li.lei', do: 'approve', node: 'clerk' },
          { automation: 'pay', ok: true },
        ],
        expect: { status: 'approved', outcome: 'approved', path: ['start', 'manager', 'new_vendor_check', 'clerk', 'amount_check', 'pay', 'tell_treasury', 'paid'], assignees },
      } as unknown as BatonScenario,
      e.env,
    );
    const run = runScenario(e.def, scenario, e.org);
    expect(run.mismatches).toEqual([]);
    expect(run.ok).toBe(true);
    const http = run.result.effects.find((x) => x.type === 'http') as { url: string; secret?: string } | undefined;
    const erp = e.env.name === 'staging' ? 'https://erp.staging.example.com/api/payments' : 'https://erp.example.com/api/payments';
    expect([http?.url, http?.secret]).toEqual([erp, 'erp-token']);
  });

  test('the threshold is the environment\'s: 80,000 goes to the CFO in staging, not in production', () => {
    const walk = (e: typeof staging) => simulate(e.def, { initiator: e.env.users?.['buyer'] ?? 'buyer', data: { vendor: 'v-1', amount: 80_000, new_vendor: false } }, createStaticDirectory(e.org));
    const s = walk(staging);
    const p = walk(production);
    expect([s.status, p.status]).toEqual(['approved', 'approved']);
    expect(s.path).toContain('cfo');
    expect(p.path).not.toContain('cfo');
    expect(s.steps.find((x) => x.node === 'cfo')?.assignees.map((a) => a.user)).toEqual(['qa.treasurer']);
  });
});
