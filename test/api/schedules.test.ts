// Cron-scheduled triggers on SQLite and PostgreSQL with the fake clock: a record type's
// `on: "schedule"` trigger becomes a schedule row whose next run croner computes in the trigger's
// zone (else the app's scheduleTimezone; schedule-timezones.test.ts); admins list them; a due firing starts the flow once per matching record (condition
// applied, record owner as initiator) in one transaction with its claim, fires once however many
// apps run it, survives a restart (the due time lives in the database), catches up a missed run
// once, follows edits of the record type; a bad cron is refused with its pointer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRunAfter } from '../../packages/server/src/schedules/cron-expression.ts';
import { DIALECTS, startSecondServer, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();
const CRON = '0 9 * * 1';

const accountType = (triggers: unknown[]) => ({
  key: 'account',
  name: { en: 'Account', 'zh-CN': '客户' },
  titleField: 'name',
  fields: [
    { key: 'name', type: 'text', label: { en: 'Name', 'zh-CN': '名称' }, required: true },
    { key: 'tier', type: 'select', label: { en: 'Tier', 'zh-CN': '等级' }, options: [{ value: 'gold', label: { en: 'Gold' } }, { value: 'silver', label: { en: 'Silver' } }] },
  ],
  triggers,
});
const weekly = { on: 'schedule', cron: CRON, condition: 'record.tier == "gold"', start: 'account-review' };

const reviewFlow = {
  key: 'account-review',
  name: { en: 'Account review', 'zh-CN': '客户复核' },
  record: { type: 'account' },
  form: { fields: [{ key: 'account', type: 'record-link', recordType: 'account', label: { en: 'Account' }, required: true }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'review', type: 'approval', assignees: [{ type: 'users', users: ['sarah.chen'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'end' }],
};


for (const dialect of DIALECTS) {
  describe(`cron-scheduled triggers on ${dialect}`, () => {
    let s: TestServer;
    let admin = '';
    let designer = '';
    const reviews = async () => s.store.db.selectFrom('instances').select(['id', 'initiator', 'snapshot']).where('definition_key', '=', 'account-review').execute();
    // Session tokens expire as the fake clock moves on by days: sign in afresh for each call.
    const list = async () => (await s.call('GET', '/api/admin/schedules', { token: await s.signIn('admin') })).body;
    const run = async () => (await s.call('POST', '/api/admin/schedules/run', { token: await s.signIn('admin') })).body;

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      admin = await s.token('admin');
      designer = await s.token('xu.ting');
      expect((await s.call('POST', '/api/definitions', { token: designer, body: reviewFlow })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/account-review/publish', { token: designer })).status).toBe(201);
      expect((await s.call('PUT', '/api/record-types/account', { token: designer, body: accountType([weekly]) })).status).toBe(201);
      for (const [user, name, tier] of [['li.na', 'Acme', 'gold'], ['wang.lei', 'Globex', 'gold'], ['li.na', 'Initech', 'silver']] as const) {
        expect((await s.call('POST', '/api/records/account', { token: await s.token(user), body: { values: { name, tier } } })).status).toBe(201);
      }
    }, 60_000);
    afterAll(() => s.close());

    it('refuses a bad or missing cron with its pointer, and keeps the type as it was', async () => {
      for (const [trigger, code] of [[{ ...weekly, cron: '61 9 * * 1' }, 'bad-cron'], [{ ...weekly, cron: 'every monday' }, 'bad-cron'], [{ ...weekly, cron: '0 0 31 2 *' }, 'cron-never-fires'], [{ on: 'schedule', start: 'account-review' }, 'lint/trigger-incomplete']] as const) {
        const r = await s.call('PUT', '/api/record-types/account', { token: designer, body: accountType([{ on: 'create', start: 'account-review', condition: 'false' }, trigger]) });
        expect(r.status, code).toBe(422);
        expect(r.body.error).toMatchObject({ code: 'validation-failed', pointer: '/triggers/1/cron', message: { en: expect.any(String), 'zh-CN': expect.any(String) } });
        expect(r.body.error.details.problems[0]).toMatchObject({ code, pointer: '/triggers/1/cron' });
      }
      expect((await s.call('GET', '/api/record-types/account', { token: designer })).body.revision).toBe(1);
    });

    it('lists schedules with the next run to admins only', async () => {
      expect((await s.call('GET', '/api/admin/schedules')).status).toBe(401);
      expect((await s.call('GET', '/api/admin/schedules', { token: designer })).status).toBe(403);
      expect((await s.call('POST', '/api/admin/schedules/run', { token: await s.token('li.na') })).status).toBe(403);
      const body = await list();
      const next = nextRunAfter(CRON, body.timezone, s.clock.now());
      expect(next.ok && next.next).toBeTruthy();
      expect(body.items).toEqual([{ id: 'record:account:0', recordType: 'account', trigger: 0, cron: CRON, timezone: body.timezone, start: 'account-review', nextRun: next.ok ? next.next : null, lastRun: null, lastResult: null }]);
    });

    it('fires once per matching record when due, once only, and moves to the next run', async () => {
      const { items: [schedule], timezone } = await list();
      expect(await run()).toEqual({ fired: [] });
      s.clock.set(schedule.nextRun);
      const fired = await run();
      expect(fired.fired).toEqual([{ schedule: 'record:account:0', due: schedule.nextRun, started: 2, failed: [], skipped: 0 }]);
      expect(await run()).toEqual({ fired: [] });
      const started = await reviews();
      expect(started.map((r) => r.initiator).sort()).toEqual(['li.na', 'wang.lei']);
      const names = started.map((r) => (JSON.parse(r.snapshot) as { record?: { values: { name: string } } }).record?.values.name).sort();
      expect(names).toEqual(['Acme', 'Globex']);
      const after = (await list()).items[0];
      const following = nextRunAfter(CRON, timezone, new Date(schedule.nextRun));
      expect(after).toMatchObject({ lastRun: schedule.nextRun, nextRun: following.ok ? following.next : 'x', lastResult: { started: 2, failed: 0, skipped: 0 } });
      const audit = (await s.call('GET', '/api/audit?action=schedule.fired', { token: await s.signIn('admin') })).body.items;
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: 'system', subject: 'schedule:record:account:0', detail: { started: 2 } });
    });

    it('fires once across two apps on the same database, the due time surviving a restart', async () => {
      const due = (await list()).items[0].nextRun as string;
      const [a, b] = [await startSecondServer(s, due), await startSecondServer(s, due)];
      try {
        const before = (await reviews()).length;
        const tokens = [await a.token('admin'), await b.token('admin')];
        const runs = await Promise.all([a, b, a, b].map((app, i) => app.call('POST', '/api/admin/schedules/run', { token: tokens[i % 2]! })));
        expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200]);
        expect(runs.flatMap((r) => r.body.fired)).toEqual([{ schedule: 'record:account:0', due, started: 2, failed: [], skipped: 0 }]);
        expect((await reviews()).length).toBe(before + 2);
      } finally {
        await a.close();
        await b.close();
      }
      s.clock.set((await list()).items[0].lastRun);
    });

    it('catches up a missed run once, then continues from now', async () => {
      const before = (await reviews()).length;
      s.clock.advance(30 * 24 * 3600 * 1000);
      const fired = await run();
      expect(fired.fired).toHaveLength(1);
      expect((await reviews()).length).toBe(before + 2);
      expect(await run()).toEqual({ fired: [] });
      expect(Date.parse((await list()).items[0].nextRun)).toBeGreaterThan(s.clock.now().getTime());
    });

    it('reaches matching records behind hundreds of older ones that do not match (the cap counts matches)', async () => {
      // 600 older silver accounts come first in record order; the two gold ones come after them.
      const rows = Array.from({ length: 600 }, (_, i) => ({
        id: `old-${String(i).padStart(4, '0')}`, type: 'account', owner: 'li.na', department: 'sales-east', values: JSON.stringify({ name: `Old ${i}`, tier: 'silver' }),
        revision: 1, title: `Old ${i}`, search: `old ${i}`, external_id: null, created_by: 'li.na', created_at: '2020-01-01T00:00:00.000Z', updated_at: '2020-01-01T00:00:00.000Z', deleted_at: null,
      }));
      for (let i = 0; i < rows.length; i += 100) await s.store.db.insertInto('records').values(rows.slice(i, i + 100)).execute();
      const before = (await reviews()).length;
      s.clock.set((await list()).items[0].nextRun);
      const fired = await run();
      expect(fired.fired).toEqual([expect.objectContaining({ started: 2, failed: [], skipped: 0 })]);
      expect((await reviews()).length).toBe(before + 2);
    });

    it('follows edits of the record type: a new cron restarts its clock, a removed trigger its schedule', async () => {
      const designerNow = await s.signIn('xu.ting');
      expect((await s.call('PUT', '/api/record-types/account', { token: designerNow, body: accountType([{ ...weekly, cron: '0 0 12 1 * *' }]) })).status).toBe(200);
      const { items, timezone } = await list();
      const next = nextRunAfter('0 0 12 1 * *', timezone, s.clock.now());
      expect(items).toMatchObject([{ id: 'record:account:0', cron: '0 0 12 1 * *', nextRun: next.ok ? next.next : 'x' }]);
      expect((await s.call('PUT', '/api/record-types/account', { token: designerNow, body: accountType([]) })).status).toBe(200);
      expect((await list()).items).toEqual([]);
      s.clock.advance(365 * 24 * 3600 * 1000);
      expect(await run()).toEqual({ fired: [] });
    });
  });
}
