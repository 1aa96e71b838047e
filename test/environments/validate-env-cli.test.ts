// `baton validate --env` over real processes: the same files checked against two environments,
// each unresolved reference named at its pointer; broken mapping files reported as themselves.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lines, runBaton } from '../cli/run-baton.ts';

const F = 'test/environments/fixtures';
const FLOWS = `${F}/flows`;
const PAYMENT = `${FLOWS}/vendor-payment.json`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baton-env-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function envFile(name: string, value: unknown): Promise<string> {
  const file = join(dir, `${name}.env.json`);
  await writeFile(file, JSON.stringify(value, null, 2));
  return file;
}

describe('baton validate --env', () => {
  test('every reference resolves in staging and in production (each with its org directory)', async () => {
    for (const name of ['staging', 'production']) {
      const run = await runBaton(['validate', '--env', `${F}/${name}.env.json`, '--org', `${F}/${name}-org.json`, FLOWS]);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`3 files checked against environment "${name}": no problems\n`);
      expect(run.code).toBe(0);
    }
  });

  test('checked alone, the payment flow misses the record type and the subflow of the other files', async () => {
    const run = await runBaton(['validate', '--env', `${F}/production.env.json`, PAYMENT]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${PAYMENT}:/form/fields/0/recordType: record type "vendor" does not exist in environment "production" (not among the files checked, nor in "recordTypes") [env/unresolved-record-type]`,
      `${PAYMENT}:/nodes/3/flow: workflow "vendor-onboarding" does not exist in environment "production" (not among the files checked, nor in "workflows") [env/unresolved-workflow]`,
    ]);
  });

  test('an environment that lacks things: each unresolved user, role, department and secret at its pointer', async () => {
    const bare = await envFile('bare', { name: 'bare', users: { buyer: 'b-1' }, roles: ['compliance'], recordTypes: ['vendor'], workflows: ['vendor-onboarding'] });
    const run = await runBaton(['validate', '--env', bare, '--json', PAYMENT]);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as Array<{ file: string; pointer: string; code: string; message: string }>;
    expect(problems.map((p) => [p.pointer, p.code])).toEqual([
      ['/nodes/4/assignees/0/users/0', 'env/unresolved-user'],
      ['/nodes/8/action/to/1/users/0', 'env/unresolved-user'],
      ['/settings/admins/0/users/0', 'env/unresolved-user'],
      ['/nodes/6/assignees/0/role', 'env/unresolved-role'],
      ['/nodes/8/action/to/0/department', 'env/unresolved-department'],
      ['/settings/starters/departments/0', 'env/unresolved-department'],
      ['/nodes/7/action/secret', 'env/unresolved-secret'],
    ]);
    expect(problems.every((p) => p.file === PAYMENT)).toBe(true);
    expect(problems[0]?.message).toBe('user "li.lei" has no mapping in environment "bare": add it to "users"');
  });

  test('with --org, users mapped to people the org does not have are named', async () => {
    const env = JSON.parse(await readFile(`${F}/staging.env.json`, 'utf8')) as { users: Record<string, string> };
    env.users['li.lei'] = 'qa.nobody';
    const file = await envFile('staging-typo', env);
    const run = await runBaton(['validate', '--env', file, '--org', `${F}/staging-org.json`, FLOWS]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${PAYMENT}:/nodes/4/assignees/0/users/0: user "li.lei" maps to "qa.nobody", who is not in the org directory of environment "staging" [env/unresolved-user]`,
      `${PAYMENT}:/nodes/8/action/to/1/users/0: user "li.lei" maps to "qa.nobody", who is not in the org directory of environment "staging" [env/unresolved-user]`,
    ]);
  });

  test('values that do not fit the flow are errors at the variable or node', async () => {
    const file = await envFile('bad-values', {
      name: 'bad-values',
      variables: { cfo_threshold: 'lots' },
      overrides: { 'vendor-payment': { urls: { clerk: 'https://example.com/x' } } },
      roles: ['cfo', 'compliance'],
      departments: ['purchasing', 'treasury'],
      users: { 'li.lei': 'x', 'ops.admin': 'y' },
      secrets: ['erp-token'],
    });
    const run = await runBaton(['validate', '--env', file, FLOWS]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${PAYMENT}:/variables/cfo_threshold/value: environment "bad-values" sets "cfo_threshold" to "lots", but the variable is a number [env/variable-type]`,
      `${PAYMENT}:/nodes: environment "bad-values" sets the URL of "clerk", which is not an HTTP automation of this workflow [env/unknown-node]`,
    ]);
  });

  test('a broken mapping file is reported as itself: secret values and URLs with credentials are refused', async () => {
    const file = await envFile('leaky', { name: 'leaky', secrets: { 'erp-token': 'hunter2' }, urls: { pay: 'https://admin:hunter2@erp.example.com/pay' } });
    const run = await runBaton(['validate', '--env', file, FLOWS]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout).map((l) => l.replace(/: .*\[/, ' [')).sort()).toEqual([`${file}:/secrets [schema/type]`, `${file}:/urls/pay [schema/pattern]`]);
  });

  test('a missing mapping file is a problem, --org without --env a usage error', async () => {
    const missing = await runBaton(['validate', '--env', join(dir, 'none.env.json'), FLOWS]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('none.env.json: cannot read the file: no such file [file/unreadable]');
    const usage = await runBaton(['validate', '--org', `${F}/staging-org.json`, FLOWS]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('error: --org needs --env (the org directory of the environment checked)\n');
  });

  test('mapping files are Baton files: validate and fmt know them by $schema', async () => {
    const run = await runBaton(['validate', `${F}/staging.env.json`, `${F}/production.env.json`]);
    expect(run.stderr).toBe('2 files checked: no problems\n');
    expect((await runBaton(['fmt', '--check', `${F}/staging.env.json`])).code).toBe(0);
  });
});
