// Schedule time zones over HTTP on SQLite and PostgreSQL with the fake clock: each schedule
// trigger is read in its own IANA zone, or the app's scheduleTimezone option when it names none
// (here UTC), never the process's TZ; the listing shows each schedule's zone and fixed instants;
// each zone's 09:00 fires at its own instant; a zone that is not IANA is refused with its pointer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, PASSWORD, startTestServer, usePgCluster } from './harness.ts';
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
    const fresh = async (user: string) => (await s.call('POST', '/api/auth/login', { body: { username: user, password: PASSWORD } })).body.token as string;
    const admin = () => fresh('admin');
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
      expect((await s.call('PUT', '/api/record-types/account', { token: await fresh('xu.ting'), body: accountType([daily('Europe/Berlin')]) })).status).toBe(200);
      // 2026-03-03T09:00Z is 10:00 in Berlin (CET): the next 09:00 there is the 4th at 08:00Z.
      expect((await list()).items.map((i: any) => [i.id, i.timezone, i.nextRun])).toEqual([['record:account:0', 'Europe/Berlin', '2026-03-04T08:00:00.000Z']]);
    });
  });
}
