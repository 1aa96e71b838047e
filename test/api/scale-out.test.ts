// Scale-out evidence: two real server processes (pnpm start's main.ts) on one real PostgreSQL.
// 1,000 task timeouts that are due fire exactly once each while both processes run their timer
// loops (one timer-fired audit row per instance, each instance advanced once, no pending timer
// left); and approvals of the same tasks sent to both processes at once give exactly one success
// per task and advance each instance once; and a record type's every-second cron schedule, run by
// both processes' schedule loops, fires each due second once (three accounts, three reviews per
// firing). The requests are created through the API of an in-process app with a fake clock in
// March, so to the processes (real clock) they are overdue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simpleFlow } from './fixtures.ts';
import { PASSWORD, startTestServer, usePgCluster } from './harness.ts';
import { api, login, startServerProcess } from './server-process.ts';
import type { ServerProcess } from './server-process.ts';

const cluster = usePgCluster();
const dataDir = mkdtempSync(join(tmpdir(), 'baton-scale-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const TIMERS = 1000;
const RACED = 100;

async function pool<T>(n: number, width: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < n) {
      const i = next++;
      out[i] = await run(i);
    }
  }));
  return out;
}

/** Polls the database (not the clock) until `done` holds, for at most `ms`. */
async function until(done: () => Promise<boolean>, ms: number): Promise<void> {
  const give = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > give) throw new Error('gave up waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('two server processes on one PostgreSQL', () => {
  it(`fire ${TIMERS} due timers once each, give one success per raced approval, fire each cron second once`, async () => {
    const seed = await startTestServer('postgres', cluster.pg);
    const url = seed.databaseUrl!;
    const db = seed.store.db;
    const processes: ServerProcess[] = [];
    try {
      const designer = await seed.token('xu.ting');
      const lina = await seed.token('li.na');
      const timed = simpleFlow('timed');
      (timed.nodes[1] as any).timeouts = [{ after: 'PT1H', action: 'auto-approve' }];
      for (const doc of [timed, simpleFlow('expense')]) {
        expect((await seed.call('POST', '/api/definitions', { token: designer, body: doc })).status).toBe(201);
        expect((await seed.call('POST', `/api/definitions/${doc.key}/publish`, { token: designer })).status).toBe(201);
      }
      const reviewFlow = {
        key: 'account-review', name: { en: 'Account review' }, record: { type: 'account' },
        form: { fields: [{ key: 'account', type: 'record-link', recordType: 'account', label: { en: 'Account' }, required: true }] },
        nodes: [{ id: 'start', type: 'start' }, { id: 'review', type: 'approval', assignees: [{ type: 'users', users: ['sarah.chen'] }] }, { id: 'end', type: 'end' }],
        edges: [{ from: 'start', to: 'review' }, { from: 'review', to: 'end' }],
      };
      expect((await seed.call('POST', '/api/definitions', { token: designer, body: reviewFlow })).status).toBe(201);
      expect((await seed.call('POST', '/api/definitions/account-review/publish', { token: designer })).status).toBe(201);
      const accountType = { key: 'account', name: { en: 'Account' }, titleField: 'name', fields: [{ key: 'name', type: 'text', label: { en: 'Name' }, required: true }], triggers: [{ on: 'schedule', cron: '* * * * * *', start: 'account-review' }] };
      expect((await seed.call('PUT', '/api/record-types/account', { token: designer, body: accountType })).status).toBe(201);
      for (const name of ['Acme', 'Globex', 'Initech']) expect((await seed.call('POST', '/api/records/account', { token: lina, body: { values: { name } } })).status).toBe(201);
      const timedIds = await pool(TIMERS, 8, async () => {
        const r = await seed.call('POST', '/api/instances', { token: lina, body: { definition: 'timed', data: { amount: 1 } } });
        expect(r.status).toBe(201);
        return r.body.id as string;
      });
      const raced = await pool(RACED, 8, async () => {
        const r = await seed.call('POST', '/api/instances', { token: lina, body: { definition: 'expense', data: { amount: 2 } } });
        return { id: r.body.id as string, task: r.body.tasks[0].id as string, revision: r.body.revision as number };
      });
      expect(Number((await db.selectFrom('timers').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow()).n)).toBe(TIMERS);

      // Both processes start their timer loops at once, every 200 ms.
      const env = { DATABASE_URL: url, BATON_TIMER_INTERVAL_MS: '200', BATON_SCHEDULE_INTERVAL_MS: '150' };
      processes.push(...(await Promise.all([startServerProcess(dataDir, env), startServerProcess(dataDir, env)])));
      const [a, b] = processes as [ServerProcess, ServerProcess];

      // Meanwhile: each raced task is approved twice through each process, all at once.
      const tokens = await Promise.all([a, b].map((p) => login(p.url, 'wang.lei', PASSWORD)));
      const answers = await pool(RACED, 10, async (i) => Promise.all([a, b, a, b].map((p, j) => api(p.url, 'POST', `/api/tasks/${raced[i]!.task}/approve`, tokens[j % 2], {}))));
      for (const per of answers) {
        expect(per.filter((r) => r.status === 200)).toHaveLength(1);
        expect(per.filter((r) => r.status !== 200).map((r) => r.status).every((s) => s === 409)).toBe(true);
      }

      await until(async () => Number((await db.selectFrom('timers').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow()).n) === 0, 180_000);

      // Exactly one firing per timer: one timer-fired audit row per instance, each approved once.
      const fired = await db.selectFrom('audit').select(['subject']).where('action', '=', 'instance.timer-fired').execute();
      expect(fired).toHaveLength(TIMERS);
      expect(new Set(fired.map((r) => r.subject))).toEqual(new Set(timedIds.map((id) => `instance:${id}`)));
      const timedRows = await db.selectFrom('instances').select(['status', 'revision']).where('definition_key', '=', 'timed').execute();
      expect(timedRows).toHaveLength(TIMERS);
      expect(timedRows.every((r) => r.status === 'approved')).toBe(true);
      expect(new Set(timedRows.map((r) => Number(r.revision))).size).toBe(1);
      const timedTasks = await db.selectFrom('tasks').select(['status']).where('definition_key', '=', 'timed').execute();
      expect(timedTasks).toHaveLength(TIMERS);

      // Raced approvals: one approve audit row per instance, each revision advanced exactly once.
      const approvals = await db.selectFrom('audit').select(['subject']).where('action', '=', 'instance.approve').execute();
      expect(approvals).toHaveLength(RACED);
      for (const r of raced) {
        const row = await db.selectFrom('instances').select(['status', 'revision']).where('id', '=', r.id).executeTakeFirstOrThrow();
        expect(row.status).toBe('approved');
        expect(Number(row.revision)).toBe(r.revision + 1);
      }
      // The every-second schedule: wait for a few firings, stop both processes, then count.
      const firings = async () => db.selectFrom('audit').select(['detail']).where('action', '=', 'schedule.fired').execute();
      await until(async () => (await firings()).length >= 4, 60_000);
      const admin = await login(a.url, 'admin', PASSWORD);
      expect((await api(b.url, 'GET', '/api/audit/verify', admin)).body.ok).toBe(true);
      await Promise.all(processes.splice(0).map((p) => p.kill()));
      const scheduled = (await firings()).map((r) => JSON.parse(r.detail) as { due: string; started: number; failed: unknown[] });
      expect(new Set(scheduled.map((f) => f.due)).size).toBe(scheduled.length);
      expect(scheduled.every((f) => f.started === 3 && f.failed.length === 0)).toBe(true);
      const reviews = await db.selectFrom('instances').select('id').where('definition_key', '=', 'account-review').execute();
      expect(reviews).toHaveLength(3 * scheduled.length);
    } finally {
      await Promise.all(processes.map((p) => p.kill()));
      await seed.close();
    }
  }, 300_000);
});
