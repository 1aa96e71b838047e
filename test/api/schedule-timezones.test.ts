// Schedule time zones over HTTP on SQLite and PostgreSQL with the fake clock: each schedule
// trigger is read in its own IANA zone, or the app's scheduleTimezone option when it names none
// (here UTC), never the process's TZ; the listing shows each schedule's zone and fixed instants;
// each zone's 09:00 fires at its own instant; a zone that is not IANA is refused with its pointer.
// Two apps on one database whose default zones differ (a rolling upgrade, a misconfigured process)
// leave each other's rows alone: a trigger naming no zone keeps the zone its row was given until
// the trigger itself changes, next_due_at does not move, the due time fires once, and the
// disagreeing process warns once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduleRunner } from '../../packages/server/src/schedules/schedule-runner.ts';
import { DIALECTS, startSecondServer, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const cluster = usePgCluster();
const DAILY = '0 9 * * *';

const accountType = (triggers: unknown[]) => ({
  key: 'account',
  name: { en: 'Account', 'zh-CN': '客户' },
  titleField: 'name',
  fields: [{ key: 'name', type: 'text', label: { en: 'Name', 'zh-CN': '名称' }, required: true }],
  triggers,
});
const daily = (timezone?: string) => ({ on: 'schedule', cron: DAILY, start: 'account-review', ...(timezone === undefined ? {} : { timezone }) });

const reviewFlow = {
  key: 'account-review',
  name: { en: 'Account review', 'zh-CN': '客户复核' },
  record: { type: 'account' },
  form: { fields: [{ key: 'account', type: 'record-link', recordType: 'account', label: { en: 'Account' }, required: true }] },
  nodes: [{ id: 'start', type: 'start' }, { id: 'review', type: 'approval', assignees: [{ type: 'users', users: ['sarah.chen'] }] }, { id: 'end', type: 'end' }],
  edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'end' }],
};

for (const dialect of DIALECTS) {
  describe(`schedule time zones on ${dialect}`, () => {
    let s: TestServer;
    let designer = '';
    // Session tokens expire as the fake clock moves on: sign in afresh after it moves.
    const admin = () => s.signIn('admin');
    const list = async () => (await s.call('GET', '/api/admin/schedules', { token: await admin() })).body;
    const run = async () => (await s.call('POST', '/api/admin/schedules/run', { token: await admin() })).body as { fired: Array<{ schedule: string; due: string; started: number }> };

    beforeAll(async () => {
      // Clock starts Monday 2026-03-02T09:00Z; the org default is UTC for this app.
      s = await startTestServer(dialect, cluster.pg, { scheduleTimezone: 'UTC' });
      designer = await s.token('xu.ting');
      expect((await s.call('POST', '/api/definitions', { token: designer, body: reviewFlow })).status).toBe(201);
      expect((await s.call('POST', '/api/definitions/account-review/publish', { token: designer })).status).toBe(201);
      expect((await s.call('PUT', '/api/record-types/account', { token: designer, body: accountType([daily(), daily('Asia/Shanghai'), daily('America/New_York')]) })).status).toBe(201);
      expect((await s.call('POST', '/api/records/account', { token: await s.token('li.na'), body: { values: { name: 'Acme' } } })).status).toBe(201);
    }, 60_000);
    afterAll(() => s?.close());

    it('refuses a zone that is not an IANA name with its pointer, and keeps the type as it was', async () => {
      for (const [timezone, code] of [['Nowhere/City', 'lint/unknown-timezone'], ['Mars/Olympus_Mons', 'lint/unknown-timezone'], ['+08:00', 'schema/pattern'], ['', 'schema/minLength'], ['Asia/' + 'x'.repeat(70), 'schema/maxLength'], [8, 'schema/type']] as const) {
        const r = await s.call('PUT', '/api/record-types/account', { token: designer, body: accountType([daily(), daily(timezone as string)]) });
        expect(r.status, String(timezone)).toBe(422);
        expect(r.body.error).toMatchObject({ code: 'validation-failed', pointer: '/triggers/1/timezone', message: { en: expect.any(String), 'zh-CN': expect.any(String) } });
        expect(r.body.error.details.problems[0], String(timezone)).toMatchObject({ pointer: '/triggers/1/timezone', code: expect.stringContaining(code.split('/')[0]!) });
      }
      const r = await s.call('PUT', '/api/record-types/account', { token: designer, body: accountType([daily('Nowhere/City')]) });
      expect(r.body.error.details.problems).toEqual([expect.objectContaining({ code: 'lint/unknown-timezone', pointer: '/triggers/0/timezone' })]);
      expect((await s.call('GET', '/api/record-types/account', { token: designer })).body.revision).toBe(1);
    });

    it('lists each schedule in its own zone, the default one in the app\'s option, at fixed instants', async () => {
      const body = await list();
      expect(body.timezone).toBe('UTC');
      expect(body.items.map((i: any) => [i.id, i.timezone, i.nextRun])).toEqual([
        ['record:account:0', 'UTC', '2026-03-03T09:00:00.000Z'],
        ['record:account:1', 'Asia/Shanghai', '2026-03-03T01:00:00.000Z'],
        // New York is on EST (UTC-5) until 8 March.
        ['record:account:2', 'America/New_York', '2026-03-02T14:00:00.000Z'],
      ]);
    });

    it('fires each zone\'s 09:00 at its own instant, and only that schedule', async () => {
      expect((await run()).fired).toEqual([]);
      s.clock.set('2026-03-02T14:00:00.000Z');
      expect((await run()).fired.map((f) => [f.schedule, f.due, f.started])).toEqual([['record:account:2', '2026-03-02T14:00:00.000Z', 1]]);
      s.clock.set('2026-03-03T01:00:00.000Z');
      expect((await run()).fired.map((f) => [f.schedule, f.due, f.started])).toEqual([['record:account:1', '2026-03-03T01:00:00.000Z', 1]]);
      s.clock.set('2026-03-03T09:00:00.000Z');
      expect((await run()).fired.map((f) => [f.schedule, f.due, f.started])).toEqual([['record:account:0', '2026-03-03T09:00:00.000Z', 1]]);
      expect((await list()).items.map((i: any) => i.nextRun)).toEqual(['2026-03-04T09:00:00.000Z', '2026-03-04T01:00:00.000Z', '2026-03-03T14:00:00.000Z']);
    });

    it('moves a schedule when its zone changes (the clock restarts in the new zone)', async () => {
      expect((await s.call('PUT', '/api/record-types/account', { token: await s.signIn('xu.ting'), body: accountType([daily('Europe/Berlin')]) })).status).toBe(200);
      // 2026-03-03T09:00Z is 10:00 in Berlin (CET): the next 09:00 there is the 4th at 08:00Z.
      expect((await list()).items.map((i: any) => [i.id, i.timezone, i.nextRun])).toEqual([['record:account:0', 'Europe/Berlin', '2026-03-04T08:00:00.000Z']]);
    });
  });

  describe(`one database, two default zones, on ${dialect}`, () => {
    let a: TestServer;
    let b: TestServer;
    const rows = async () => (await a.store.db.selectFrom('schedules').select(['id', 'timezone', 'timezone_source', 'next_due_at', 'last_fired_at']).orderBy('id').execute())
      .map((r) => [r.id, r.timezone, r.timezone_source, r.next_due_at, r.last_fired_at]);
    const run = async (app: TestServer) => {
      const r = await app.call('POST', '/api/admin/schedules/run', { token: await app.signIn('admin') });
      expect(r.status).toBe(200);
      return (r.body as { fired: Array<{ schedule: string; due: string; started: number }> }).fired.map((f) => [f.schedule, f.due, f.started]);
    };
    const listed = async (app: TestServer) => (await app.call('GET', '/api/admin/schedules', { token: await app.signIn('admin') })).body;

    beforeAll(async () => {
      // a reads triggers without a zone in UTC; b (no option) in the default, Asia/Shanghai.
      a = await startTestServer(dialect, cluster.pg, { scheduleTimezone: 'UTC' });
      const designer = await a.token('xu.ting');
      expect((await a.call('POST', '/api/definitions', { token: designer, body: reviewFlow })).status).toBe(201);
      expect((await a.call('POST', '/api/definitions/account-review/publish', { token: designer })).status).toBe(201);
      expect((await a.call('PUT', '/api/record-types/account', { token: designer, body: accountType([daily(), daily('America/New_York')]) })).status).toBe(201);
      expect((await a.call('POST', '/api/records/account', { token: await a.token('li.na'), body: { values: { name: 'Acme' } } })).status).toBe(201);
      expect((await listed(a)).items).toHaveLength(2);
      b = await startSecondServer(a);
    }, 60_000);
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('leaves the rows and their due times alone whichever app reconciles, and fires each due time once', async () => {
      const first = [
        ['record:account:0', 'UTC', 'default', '2026-03-03T09:00:00.000Z', null],
        ['record:account:1', 'America/New_York', 'trigger', '2026-03-02T14:00:00.000Z', null],
      ];
      expect(await rows()).toEqual(first);
      // b lists and runs (each reconciles first), then a, then b again: nothing moves.
      const viaB = await listed(b);
      expect([viaB.timezone, viaB.items.map((i: any) => [i.timezone, i.nextRun])]).toEqual(['Asia/Shanghai', [['UTC', '2026-03-03T09:00:00.000Z'], ['America/New_York', '2026-03-02T14:00:00.000Z']]]);
      for (const app of [b, a, b, a]) expect(await run(app)).toEqual([]);
      expect(await rows()).toEqual(first);

      // 01:00Z is Shanghai's 09:00: had b taken the row over, it would fire here.
      for (const app of [a, b]) app.clock.set('2026-03-03T01:00:00.000Z');
      expect(await run(b)).toEqual([['record:account:1', '2026-03-02T14:00:00.000Z', 1]]);
      expect(await run(a)).toEqual([]);
      for (const app of [a, b]) app.clock.set('2026-03-03T09:00:00.000Z');
      const both = await Promise.all([a, b, a, b].map((app) => run(app)));
      expect(both.flat()).toEqual([['record:account:0', '2026-03-03T09:00:00.000Z', 1]]);
      expect(await rows()).toEqual([
        ['record:account:0', 'UTC', 'default', '2026-03-04T09:00:00.000Z', '2026-03-03T09:00:00.000Z'],
        ['record:account:1', 'America/New_York', 'trigger', '2026-03-03T14:00:00.000Z', '2026-03-02T14:00:00.000Z'],
      ]);
    });

    it('warns once per process whose default differs from the stored zones, and not at all where it agrees', async () => {
      const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
      const logger = { info: () => {}, error: () => {}, warn: (m: string, f?: Record<string, unknown>) => void warnings.push([m, f]) };
      const onB = createScheduleRunner({ ...b.baton.ctx, logger });
      for (let i = 0; i < 3; i++) await onB.run();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]![1]).toEqual({ defaultTimezone: 'Asia/Shanghai', storedZones: ['UTC'] });
      const onA = createScheduleRunner({ ...a.baton.ctx, logger });
      await onA.run();
      expect(warnings).toHaveLength(1);
    });

    it('gives a row a new zone only when its trigger changes: the app that sees the change resolves it', async () => {
      // b saves a new cron for the trigger naming no zone: b's default now holds it.
      const designer = await b.signIn('xu.ting');
      const changed = { on: 'schedule', cron: '0 10 * * *', start: 'account-review' };
      expect((await b.call('PUT', '/api/record-types/account', { token: designer, body: accountType([changed, daily('America/New_York')]) })).status).toBe(200);
      await run(b);
      // 10:00 in Shanghai after 2026-03-03T09:00Z is 2026-03-04T02:00Z; a leaves it there.
      const moved = ['record:account:0', 'Asia/Shanghai', 'default', '2026-03-04T02:00:00.000Z', '2026-03-03T09:00:00.000Z'];
      expect((await rows())[0]).toEqual(moved);
      await run(a);
      await listed(a);
      expect((await rows())[0]).toEqual(moved);
      // Dropping a named zone hands the row to the default of whoever reconciles it (here a: UTC).
      expect((await b.call('PUT', '/api/record-types/account', { token: designer, body: accountType([changed, daily()]) })).status).toBe(200);
      await listed(a);
      expect((await rows())[1]).toEqual(['record:account:1', 'UTC', 'default', '2026-03-04T09:00:00.000Z', '2026-03-02T14:00:00.000Z']);
      await listed(b);
      expect((await rows())[1]).toEqual(['record:account:1', 'UTC', 'default', '2026-03-04T09:00:00.000Z', '2026-03-02T14:00:00.000Z']);
    });

    it('keeps the zone and due time of a row written before its zone\'s source was recorded', async () => {
      await a.store.db.updateTable('schedules').set({ timezone: 'Europe/Berlin', timezone_source: null }).where('id', '=', 'record:account:1').execute();
      const before = await rows();
      await listed(b);
      await listed(a);
      expect((await rows())[1]).toEqual(['record:account:1', 'Europe/Berlin', 'default', before[1]![3], before[1]![4]]);
    });
  });
}
