// `baton types`: the TypeScript type of a workflow's form data, checked by compiling it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO, runBaton, runProcess } from './run-baton.ts';

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'baton-types-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const TSC = join(REPO, 'node_modules/typescript/bin/tsc');

describe('baton types', () => {
  test('prints an interface named after the workflow key, with the form fields typed', async () => {
    const run = await runBaton(['types', 'templates/discount-approval/workflow.json']);
    expect(run.code).toBe(0);
    const ts = run.stdout;
    expect(ts).toContain('export interface DiscountApprovalData {');
    expect(ts).toMatch(/\bcustomer: string;/);
    expect(ts).toMatch(/\bamount: number;/);
    expect(ts).toMatch(/\bdiscount_rate: number;/);
    expect(ts).toMatch(/\breason: string;/);
    expect(ts).toMatch(/\btotal_cost\?: number;/);
    expect(ts).toMatch(/\blines\??: /);
  });

  test('the output compiles and rejects data of the wrong shape', async () => {
    const run = await runBaton(['types', 'templates/discount-approval/workflow.json', '--name', 'DiscountRequest']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('export interface DiscountRequest {');
    await writeFile(join(dir, 'discount-request.ts'), run.stdout);
    await writeFile(
      join(dir, 'use.ts'),
      `import type { DiscountRequest } from './discount-request.ts';
export const ok: DiscountRequest = {
  customer: 'cust-1',
  amount: 8000,
  discount_rate: 3,
  reason: 'repeat customer',
  lines: [{ product: 'grinder', quantity: 4, unit_price: 2000 }],
};
// @ts-expect-error the amount is a number
export const wrongType: DiscountRequest = { ...ok, amount: 'lots' };
// @ts-expect-error the form has no such field
export const unknownField: DiscountRequest = { ...ok, colour: 'red' };
`,
    );
    const tsc = await runProcess(process.execPath, [
      TSC,
      '--noEmit',
      '--strict',
      '--target',
      'es2022',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--allowImportingTsExtensions',
      join(dir, 'use.ts'),
    ]);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });

  test('every template gets a type', async () => {
    for (const key of ['contract-approval', 'order-change-request']) {
      const run = await runBaton(['types', `templates/${key}`]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/export interface [A-Z][A-Za-z]+Data \{/);
    }
  });

  test('a --name that is not an identifier is a usage error', async () => {
    const run = await runBaton(['types', 'templates/discount-approval/workflow.json', '--name', 'my type']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--name must be a TypeScript identifier');
  });

  test('a file that is not a workflow fails with a problem line', async () => {
    const run = await runBaton(['types', 'templates/demo-org.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('templates/demo-org.json: expected a workflow, found an org file');
  });
});
