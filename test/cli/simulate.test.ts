// `baton simulate`: the path, the assignees with their explanations, and the outcome.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lines, runBaton, writeJson } from './run-baton.ts';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'baton-simulate-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const large = {
  customer: 'cust-bj-0042',
  amount: 300000,
  discount_rate: 12,
  reason: 'pilot',
  lines: [{ product: 'X2', quantity: 20, unit_price: 15000 }],
};

describe('baton simulate', () => {
  test('prints the path, who is asked at each step and why, and the outcome', async () => {
    const run = await runBaton([
      'simulate',
      'templates/discount-approval/workflow.json',
      '--as',
      'li.na',
      '--data',
      JSON.stringify(large),
      '--decide',
      'finance=reject',
    ]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe('path     start -> manager -> amount_check -> director -> finance');
    expect(out).toContain('  wang.lei  approved');
    expect(out).toContain('    rule 1: manager level 1 of li.na');
    expect(out).toContain('  sarah.chen  approved');
    expect(out).toContain('  chen.jing  rejected');
    expect(out).toContain('    rule 1: role finance-lead -> chen.jing');
    expect(out).toContain('status   rejected (outcome rejected)');
    expect(run.stderr).toBe('');
  });

  test('without --as it picks a plain requester from the demo org and says so', async () => {
    const run = await runBaton(['simulate', 'templates/discount-approval', '--data', JSON.stringify(large)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('simulating as li.na (use --as to choose)\n');
    expect(run.stdout).toContain('status   approved (outcome approved)');
  });

  test('--json prints the result as JSON; data can come from a file', async () => {
    const data = join(dir, 'request.json');
    await writeJson(data, { ...large, amount: 8000, discount_rate: 3 });
    const run = await runBaton(['simulate', 'templates/discount-approval', '--as', 'emma.wilson', '--data', `@${data}`, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { path: string[]; status: string; steps: Array<{ node: string; assignees: Array<{ user: string; explanation: string[] }> }>; snapshot?: unknown };
    expect(result.path).toEqual(['start', 'manager', 'amount_check', 'approved']);
    expect(result.status).toBe('approved');
    expect(result.steps.find((s) => s.node === 'manager')?.assignees[0]?.user).toBe('tom.baker');
    expect(result.snapshot).toBeUndefined();
  });

  test("the director's rejection goes back to the requester: the walk stops there, returned", async () => {
    const run = await runBaton(['simulate', 'templates/discount-approval', '--as', 'li.na', '--data', JSON.stringify(large), '--decide', 'director=reject', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { status: string; path: string[] };
    expect(result.path).toEqual(['start', 'manager', 'amount_check', 'director']);
    expect(result.status).toBe('returned');
  });

  test('a change-set flow with a record and a patch', async () => {
    const run = await runBaton([
      'simulate',
      'templates/order-change-request',
      '--as',
      'li.na',
      '--data',
      JSON.stringify({ order: 'SO-2026-0142', amount: 98000, change_reason: 'other', details: 'fewer machines' }),
      '--record',
      JSON.stringify({ id: 'SO-2026-0142', owner: 'li.na', values: { amount: 128000 } }),
      '--patch',
      JSON.stringify({ amount: 98000 }),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { path: string[]; effects: Array<{ type: string; after?: unknown }> };
    expect(result.path).toEqual(['start', 'manager', 'amount_check', 'finance', 'notify_owner', 'approved']);
    expect(result.effects.find((e) => e.type === 'apply-patch')?.after).toEqual({ amount: 98000 });
  });

  test('data the form rejects: the refusal is printed and the exit code is 1', async () => {
    const run = await runBaton(['simulate', 'templates/discount-approval', '--as', 'li.na', '--data', JSON.stringify({ ...large, lines: [] })]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('status   refused');
    expect(run.stdout).toMatch(/refused  invalid-data: /);
  });

  test('--org names another directory', async () => {
    const org = join(dir, 'tiny-org.json');
    await writeJson(org, {
      users: [
        { id: 'ann', name: 'Ann', manager: 'bo' },
        { id: 'bo', name: 'Bo', roles: ['sales-director', 'finance-lead'] },
      ],
    });
    const run = await runBaton(['simulate', 'templates/discount-approval', '--org', org, '--data', JSON.stringify({ ...large, amount: 8000, discount_rate: 3 })]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('simulating as ann (use --as to choose)\n');
    expect(lines(run.stdout)).toContain('  bo  approved');
  });

  test('a broken org file is reported', async () => {
    const org = join(dir, 'broken-org.json');
    await writeFile(org, '{"users": [');
    const run = await runBaton(['simulate', 'templates/discount-approval', '--org', org, '--data', '{}']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${org}:1:12: invalid JSON`);
  });
});
