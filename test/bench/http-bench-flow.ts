// The one-step flow the HTTP benches approve (start -> manager approval -> end), and the app and
// pending tasks both set up the same way (http-bench-server.ts over a socket, http-profile.ts in
// process).
import { readFileSync } from 'node:fs';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import { argon2idHasher, createApp, openSqliteStore, randomIds, seedDemoOrg, silentLogger, systemClock } from '../../packages/server/src/index.ts';

export const BENCH_FLOW = {
  key: 'bench-approval',
  name: { en: 'Bench approval', 'zh-CN': '压测审批' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }, { key: 'reason', type: 'text', label: { en: 'Reason' } }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};

/** A request to the app under test: POST `path` as `token` (none: anonymous), the JSON answer. */
export type BenchPost = (path: string, token: string | undefined, body: unknown) => Promise<Record<string, unknown>>;

/** The app both HTTP benches run: a SQLite file with the demo org (password "bench-pass"). */
export async function openBenchApp(file: string) {
  const store = await openSqliteStore({ file });
  const hasher = argon2idHasher({ memoryCost: 4096, timeCost: 1 });
  const org = JSON.parse(readFileSync(new URL('../../templates/demo-org.json', import.meta.url), 'utf8')) as BatonOrgDirectory;
  await seedDemoOrg(store, org, hasher, new Date().toISOString(), 'bench-pass');
  // BATON_GROUP_COMMIT=0 turns group commit off, for A/B runs.
  const { app, ctx } = createApp({ store, clock: systemClock, ids: randomIds, secrets: { sessionKey: new TextEncoder().encode('bench-secret-bench-secret-bench-secret') }, logger: silentLogger, hasher, options: { loginAttempts: 1000, groupCommit: process.env.BATON_GROUP_COMMIT !== '0' } });
  return { store, app, ctx };
}

/**
 * Publishes BENCH_FLOW through `post` and starts `count` requests in-process (the benches
 * measure approvals, not starts): wang.lei's token and his `count` pending task ids.
 */
export async function prepareApprovals(post: BenchPost, bench: Awaited<ReturnType<typeof openBenchApp>>, count: number): Promise<{ approver: string; tasks: string[] }> {
  const token = async (user: string) => (await post('/api/auth/login', undefined, { username: user, password: 'bench-pass' })).token as string;
  const designer = await token('xu.ting');
  await post('/api/definitions', designer, BENCH_FLOW);
  await post('/api/definitions/bench-approval/publish', designer, {});
  const approver = await token('wang.lei');
  const def = (await bench.ctx.runtime.port.version(bench.store.db, 'bench-approval', 1))!;
  const tasks: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await bench.ctx.runtime.start('li.na', 'bench-approval', 1, def, { initiator: 'li.na', data: { amount: 100 + i, reason: `bench request ${i}` } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    tasks.push((r.value.body as { tasks: Array<{ id: string }> }).tasks[0]!.id);
  }
  return { approver, tasks };
}
