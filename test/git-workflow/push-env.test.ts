// Promotion with push --env: the same files in git pushed to two servers with two mapping files;
// each server's draft holds its own people, threshold and ERP URL. Record types beside the flows
// are pushed first (and used to check them).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPO } from '../cli/run-baton.ts';
import { baton, startRemoteServer, type RemoteServer } from './remote-harness.ts';

const FIXTURES = join(REPO, 'test/environments/fixtures');
let staging: RemoteServer;
let production: RemoteServer;
let tokens: { staging: string; production: string };
let work: string;

beforeAll(async () => {
  [staging, production] = await Promise.all([startRemoteServer(), startRemoteServer()]);
  tokens = { staging: await staging.apiToken('admin'), production: await production.apiToken('admin') };
  work = await mkdtemp(join(tmpdir(), 'baton-env-push-'));
  await cp(join(FIXTURES, 'flows'), join(work, 'workflows'), { recursive: true });
  // One config file holds both profiles (the harness points BATON_CONFIG into the first server's folder).
  expect((await baton(staging, ['login', '--server', staging.url, '--token', tokens.staging, '--profile', 'staging'])).code).toBe(0);
  expect((await baton(staging, ['login', '--server', production.url, '--token', tokens.production, '--profile', 'production'])).code).toBe(0);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await Promise.all([staging.close(), production.close()]);
});

const node = (def: any, id: string) => def.nodes.find((n: any) => n.id === id);

test('the same files pushed with two mapping files give each server its own people, threshold and URL', async () => {
  for (const env of ['staging', 'production'] as const) {
    const r = await baton(staging, ['push', '--env', join(FIXTURES, `${env}.env.json`), '--profile', env], work);
    // The record type goes first, then the flows that use it.
    expect(r.stdout).toContain('create       record type vendor (workflows/record-types/vendor.json)');
    expect(r.stdout.indexOf('record type vendor')).toBeLessThan(r.stdout.indexOf('vendor-payment'));
    expect(r.stdout).toContain('create       vendor-payment (workflows/vendor-payment.json)');
    expect(r.code).toBe(0);
  }
  const stagingDef = (await staging.call('GET', '/api/definitions/vendor-payment', tokens.staging)).body.draft;
  const productionDef = (await production.call('GET', '/api/definitions/vendor-payment', tokens.production)).body.draft;
  expect([node(stagingDef, 'clerk').assignees, node(productionDef, 'clerk').assignees]).toEqual([[{ type: 'users', users: ['qa.clerk'] }], [{ type: 'users', users: ['u-10442'] }]]);
  expect([stagingDef.variables.cfo_threshold.value, productionDef.variables.cfo_threshold.value]).toEqual([1000, 250000]);
  expect([node(stagingDef, 'pay').action.url, node(productionDef, 'pay').action.url]).toEqual(['https://erp.staging.example.com/api/payments', 'https://erp.example.com/api/payments']);

  // Pushing the same files to the same environment again changes nothing.
  const again = await baton(staging, ['push', '--env', join(FIXTURES, 'production.env.json'), '--profile', 'production'], work);
  expect(again.code).toBe(0);
  expect(again.stderr).toContain('0 to create, 0 to update, 0 to publish, 2 unchanged; record types: 0 to create, 0 to update, 1 unchanged');
});

test('a mapping that leaves a reference unresolved stops the push before anything is sent', async () => {
  const r = await baton(staging, ['push', '--env', join(FIXTURES, 'staging.env.json'), '--profile', 'production', '--dry-run', join(work, 'workflows/vendor-payment.json')], work);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('[env/unresolved-record-type]');
  expect(r.stderr).toContain('baton push: nothing sent; fix the problems above');
});
