// `baton test`: runs scenarios through the engine, names the scenario and its first difference,
// reports path coverage.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lines, readJson, runBaton, scratchCopy, writeJson } from './run-baton.ts';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await scratchCopy()));
afterAll(() => dispose());

describe('baton test', () => {
  test('runs every scenario of a template, reports each and the paths they walk', async () => {
    const run = await runBaton(['test', 'templates/contract-approval']);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.filter((l) => l.startsWith('ok   templates/contract-approval/scenarios/'))).toHaveLength(7);
    expect(out).toContain('templates/contract-approval/workflow.json: 3 of 3 paths walked by its scenarios');
    expect(run.stderr).toBe('7 scenarios: 7 passed, 0 failed\n');
  });

  test('the order change template: apply-patch only on approval', async () => {
    const run = await runBaton(['test', 'templates/order-change-request/template.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('8 scenarios: 8 passed, 0 failed\n');
  });

  test('a mismatch exits 1 and names the scenario and the first difference', async () => {
    const file = join(dir, 'templates/discount-approval/scenarios/small-discount-manager-approves.json');
    const sc = await readJson(file);
    (sc['expect'] as { assignees: Record<string, string[]> }).assignees['manager'] = ['sarah.chen'];
    await writeJson(file, sc);
    const run = await runBaton(['test', file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lines(run.stdout).slice(0, 2)).toEqual([
      `FAIL ${file}  Small discount: the direct manager approves and the request ends`,
      '       assignees.manager: expected ["sarah.chen"], got ["wang.lei"]',
    ]);
    expect(run.stderr).toBe('baton test: 1 scenario: 0 passed, 1 failed\n');
  });

  test('--all shows every difference; --json is parseable', async () => {
    const file = join(dir, 'templates/discount-approval/scenarios/finance-rejects.json');
    const sc = await readJson(file);
    (sc['expect'] as Record<string, unknown>)['status'] = 'approved';
    (sc['expect'] as { path: string[] }).path.push('approved');
    await writeJson(file, sc);
    const all = await runBaton(['test', '--all', file]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('status: expected approved, got rejected');
    expect(all.stdout).toContain('path: expected ');
    const json = await runBaton(['test', '--json', file]);
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as Array<{ file: string; ok: boolean; mismatches: Array<{ what: string }> }>;
    expect(results).toHaveLength(1);
    expect(results[0]!.ok).toBe(false);
    expect(results[0]!.mismatches.map((m) => m.what)).toEqual(expect.arrayContaining(['status', 'path']));
  });

  test('template parameters in a scenario are installed through the bindings before it runs', async () => {
    const source = join(dir, 'templates/discount-approval/scenarios/large-discount-director-and-finance.json');
    const sc = await readJson(source);
    // With the director threshold raised above the amount, 300,000 at 12% is only "medium".
    sc['name'] = 'Raised thresholds make a large deal medium';
    sc['parameters'] = { director_amount: 500000 };
    sc['steps'] = [
      { as: 'wang.lei', do: 'approve', node: 'manager' },
      { as: 'sarah.chen', do: 'approve', node: 'manager_chain' },
    ];
    sc['expect'] = { path: ['start', 'manager', 'amount_check', 'manager_chain', 'approved'], status: 'approved' };
    const file = join(dir, 'templates/discount-approval/scenarios/raised-thresholds.json');
    await writeJson(file, sc);
    try {
      const run = await runBaton(['test', file]);
      expect(run.stdout).toContain(`ok   ${file}`);
      expect(run.code).toBe(0);
      sc['parameters'] = { director_budget: 1 };
      await writeJson(file, sc);
      const bad = await runBaton(['test', file]);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain('/parameters/director_budget: the template has no parameter "director_budget"');
    } finally {
      await rm(file);
    }
  });

  test('a scenario that cannot run (its org file is missing) fails with the reason', async () => {
    const file = join(dir, 'templates/contract-approval/scenarios/legal-rejects.json');
    const sc = await readJson(file);
    sc['org'] = '../../no-such-org.json';
    await writeJson(file, sc);
    const run = await runBaton(['test', file]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[0]).toBe(`FAIL ${file}`);
    expect(run.stdout).toContain('no-such-org.json: cannot read the file: no such file');
    expect(await readFile(file, 'utf8')).toContain('no-such-org');
  });

  test('nothing to run is a failure, not a silent pass', async () => {
    const run = await runBaton(['test', 'templates/nothing-here/*.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('baton test: no scenarios to run');
  });
});
