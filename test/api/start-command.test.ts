// `pnpm start` as a user runs it: a fresh data folder, nothing else. The server starts on the
// embedded SQLite, seeds the demo company and the templates, prints the URL and the logins, and a
// template's scenario runs through it over HTTP. A second start reuses the data and the secret.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startPgCluster } from '../postgres/pg-harness.ts';
import { api, login } from './server-process.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'baton-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  url: string;
  output: string;
  stop(): Promise<void>;
}

function start(env: Record<string, string>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['packages/server/src/main.ts'], { cwd: root, env: { ...process.env, PORT: '0', BATON_DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const stop = () => new Promise<void>((done) => {
      child.once('exit', () => done());
      process.kill(-child.pid!, 'SIGTERM');
    });
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(output);
      if (m && output.includes('demo logins')) resolve({ url: m[1]!, output, stop });
    });
    child.stderr.on('data', (d: Buffer) => void (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

describe('pnpm start', () => {
  it('runs on PostgreSQL when DATABASE_URL is set', async () => {
    const pg = await startPgCluster();
    const secretDir = mkdtempSync(join(tmpdir(), 'baton-start-pg-'));
    try {
      const s = await start({ DATABASE_URL: pg.createDatabase('start_cmd'), BATON_DATA_DIR: secretDir });
      try {
        expect(s.output).toContain('PostgreSQL (DATABASE_URL)');
        expect(((await (await fetch(`${s.url}/api/health`)).json()) as any).store).toBe('postgres');
        expect((await api(s.url, 'POST', '/api/auth/login', undefined, { username: 'admin', password: 'baton-demo' })).status).toBe(200);
      } finally {
        await s.stop();
      }
    } finally {
      pg.stop();
      rmSync(secretDir, { recursive: true, force: true });
    }
  });

  it('refuses production mode without a strong secret', async () => {
    await expect(start({ NODE_ENV: 'production' })).rejects.toThrow(/BATON_SECRET/);
  });

  it('starts on a fresh data folder, seeds the demo company and templates, and runs a template', async () => {
    const s = await start({});
    try {
      expect(s.output).toContain('first run: seeded the demo company');
      expect(s.output).toContain('discount-approval');
      expect(s.output).toContain('baton-demo');
      expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
      const lina = await login(s.url, 'li.na');
      const wang = await login(s.url, 'wang.lei');
      const defs = (await api(s.url, 'GET', '/api/definitions', lina)).body;
      expect(defs.items.map((d: any) => d.key)).toEqual(expect.arrayContaining(['discount-approval', 'contract-approval', 'order-change-request']));
      // Seeded through installTemplate: the gallery knows each one is installed, from which version.
      const gallery = (await api(s.url, 'GET', '/api/templates', await login(s.url, 'xu.ting'))).body;
      const discount = gallery.items.find((t: any) => t.key === 'discount-approval');
      expect(discount.installed).toEqual([expect.objectContaining({ definition: 'discount-approval', latestVersion: 1 })]);
      // templates/discount-approval/scenarios/small-discount-manager-approves.json, over HTTP.
      const data = { amount: 8000, customer: 'cust-sh-0107', discount_rate: 3, lines: [{ product: 'Northwind grinder G1', quantity: 4, unit_price: 2000 }], reason: 'Repeat customer, fourth order this year.', total_cost: 5200 };
      const started = await api(s.url, 'POST', '/api/instances', lina, { definition: 'discount-approval', data });
      expect(started.status).toBe(201);
      expect(started.body.tasks).toEqual([expect.objectContaining({ node: 'manager', user: 'wang.lei' })]);
      const approved = await api(s.url, 'POST', `/api/tasks/${started.body.tasks[0].id}/approve`, wang, {});
      expect(approved.body.status).toBe('approved');
      const detail = (await api(s.url, 'GET', `/api/instances/${started.body.id}`, lina)).body;
      expect(detail.graph.nodes.filter((n: any) => n.state === 'done').map((n: any) => n.id)).toEqual(['start', 'manager', 'amount_check', 'approved']);
      // A change request on one of the demo orders (li.na's): the order-change-request flow locks
      // the field, her manager approves, and the approval applies the patch in its transaction.
      const admin = await login(s.url, 'admin');
      const order = (await api(s.url, 'GET', '/api/records/order/rec_demo_order_1', lina)).body;
      expect(order.values).toMatchObject({ number: 'SO-2026-0001', delivery_date: '2026-04-15' });
      const change = await api(s.url, 'POST', '/api/records/order/rec_demo_order_1/change-requests', lina, { definition: 'order-change-request', patch: { delivery_date: '2026-05-20' }, data: { change_reason: 'customer-request', details: 'Customer asked to move delivery after their store renovation.' } });
      expect(change.status, JSON.stringify(change.body)).toBe(201);
      expect(change.body.tasks).toEqual([expect.objectContaining({ node: 'manager', user: 'wang.lei' })]);
      const impact = (await api(s.url, 'GET', '/api/definitions/order-change-request/impact', admin)).body;
      expect(impact.record.lockedRecords).toEqual(['rec_demo_order_1']);
      expect((await api(s.url, 'POST', `/api/tasks/${change.body.tasks[0].id}/approve`, wang, {})).body.status).toBe('approved');
      const changed = (await api(s.url, 'GET', '/api/records/order/rec_demo_order_1', lina)).body;
      expect(changed).toMatchObject({ revision: order.revision + 1, values: { delivery_date: '2026-05-20' }, locks: [] });
      const audit = (await api(s.url, 'GET', `/api/audit?subject=${encodeURIComponent('record:order:rec_demo_order_1')}`, admin)).body;
      expect(audit.items.map((a: any) => a.action)).toContain('record.change-applied');

      expect((await fetch(`${s.url}/`, { redirect: 'manual' })).status).toBeLessThan(400);
      const apiMiss = await fetch(`${s.url}/api/no-such-route`);
      expect(apiMiss.status).toBe(404);
      expect(((await apiMiss.json()) as any).error.code).toBe('no-route');
    } finally {
      await s.stop();
    }
    const again = await start({});
    try {
      expect(again.output).not.toContain('first run');
      expect((await api(again.url, 'POST', '/api/auth/login', undefined, { username: 'li.na', password: 'baton-demo' })).status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});
