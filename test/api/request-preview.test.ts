// The approval path before submitting, over real HTTP on SQLite and PostgreSQL: who approves each
// step and why for the caller and their data; the refusal a submit would get, with its pointer;
// only for those who may start the flow; nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();
const data = (amount: number, rate: number) => ({ customer: 'cust-bj-0042', amount, discount_rate: rate, reason: 'Hotel chain pilot' });

for (const dialect of DIALECTS) {
  describe(`request preview on ${dialect}`, () => {
    let s: TestServer;
    let member: string;
    const count = async (table: 'instances' | 'audit' | 'outbox') =>
      Number((await s.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      const r = await s.call('POST', '/api/templates/discount-approval/install', { token: await s.token('xu.ting'), body: { publish: true } });
      expect(r.status).toBe(201);
      member = await s.token('li.na');
    }, 60_000);
    afterAll(() => s.close());

    it('shows a small discount going to the direct manager only, with who and why', async () => {
      const r = await s.call('POST', '/api/definitions/discount-approval/preview', { token: member, body: { data: data(8000, 3) } });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ key: 'discount-approval', version: 1, outcome: 'approved' });
      expect(r.body.steps.map((x: { node: string }) => x.node)).toEqual(['manager', 'approved']);
      const manager = r.body.steps[0];
      expect(manager.name.en).toBeTruthy();
      expect(manager.assignees).toEqual([{ user: 'wang.lei', name: expect.any(String), explanation: expect.arrayContaining([expect.stringContaining('wang.lei')]) }]);
    });

    it('adds the director and finance for a large discount', async () => {
      const r = await s.call('POST', '/api/definitions/discount-approval/preview', { token: member, body: { data: data(300000, 18) } });
      expect(r.status).toBe(200);
      expect(r.body.steps.map((x: { node: string }) => x.node)).toEqual(['manager', 'director', 'finance', 'approved']);
      expect(r.body.steps[1].assignees.map((a: { user: string }) => a.user)).toEqual(['sarah.chen']);
    });

    it('answers the refusal a submit would get, with its pointer, and writes nothing', async () => {
      const before = { instances: await count('instances'), audit: await count('audit'), outbox: await count('outbox') };
      const { reason: _r, ...noReason } = data(8000, 3);
      const missing = await s.call('POST', '/api/definitions/discount-approval/preview', { token: member, body: { data: noReason } });
      expect(missing.status).toBe(422);
      expect(missing.body.error.pointer).toBe('/data/reason');
      const extra = await s.call('POST', '/api/definitions/discount-approval/preview', { token: member, body: { data: data(1, 1), initiator: 'sarah.chen' } });
      expect(extra.status).toBe(422);
      expect(extra.body.error.pointer).toBe('/initiator');
      expect((await s.call('POST', '/api/definitions/discount-approval/preview', { token: member, body: {} })).body.error.pointer).toBe('/data');
      expect((await s.call('POST', '/api/definitions/no-such-flow/preview', { token: member, body: { data: {} } })).status).toBe(404);
      expect((await s.call('POST', '/api/definitions/discount-approval/preview', { body: { data: {} } })).status).toBe(401);
      expect({ instances: await count('instances'), audit: await count('audit'), outbox: await count('outbox') }).toEqual(before);
    });

    it('is refused to someone who may not start the flow', async () => {
      const scoped = await s.call('PUT', '/api/definitions/discount-approval/scopes', { token: await s.token('admin'), body: { start: { roles: ['finance'] } } });
      expect(scoped.status).toBe(200);
      const r = await s.call('POST', '/api/definitions/discount-approval/preview', { token: member, body: { data: data(8000, 3) } });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('not-allowed-to-start');
    });
  });
}
