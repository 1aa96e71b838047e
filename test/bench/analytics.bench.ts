// Analytics over a large history on SQLite, then PostgreSQL when installed (`pnpm bench analytics`): 50,000 requests and their
// task rows over 90 days in one flow, then the analytics routes and the request detail with its
// predicted finish, in-process (app.request: routing, auth, queries, JSON). Anchor: one bare
// `count(*)` over the same 30 days, the least any answer must touch. BATON_BENCH_KEEP=1 seeds,
// keeps the database file (for EXPLAIN QUERY PLAN) and skips the timings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import { argon2idHasher, createApp, openPostgresStore, openSqliteStore, seedDemoOrg, silentLogger } from '../../packages/server/src/index.ts';
import type { Store } from '../../packages/server/src/index.ts';
import { findPgBin, startPgCluster } from '../postgres/pg-harness.ts';

const N = 50_000;
const DAYS = 90;
const NOW = Date.parse('2026-06-30T12:00:00Z');
const H = 3_600_000;
const ORG = JSON.parse(readFileSync(new URL('../../templates/demo-org.json', import.meta.url), 'utf8')) as BatonOrgDirectory;
const FLOW = {
  key: 'bench-loan',
  name: { en: 'Loan', 'zh-CN': '借款' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }], timeouts: [{ after: 'PT24H', action: 'remind' }] },
    { id: 'finance', type: 'approval', assignees: [{ type: 'users', users: ['chen.jing'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'finance' }, { from: 'finance', to: 'end' }],
};

/** A small deterministic generator, so every run seeds the same history. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-analytics-'));
  console.log('### SQLite');
  await runOn(await openSqliteStore({ file: join(dir, 'bench.sqlite') }));
  if (process.env.BATON_BENCH_KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (process.env.BATON_BENCH_KEEP || !findPgBin()) return;
  const pg = await startPgCluster();
  try {
    console.log('### PostgreSQL');
    await runOn(await openPostgresStore({ connectionString: pg.createDatabase('bench_analytics'), max: 10 }));
  } finally {
    pg.stop();
  }
}

async function runOn(store: Store): Promise<void> {
  try {
    const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
    await seedDemoOrg(store, ORG, hasher, new Date(NOW).toISOString(), 'bench-pass-1');
    let ids = 0;
    const baton = createApp({ store, clock: { now: () => new Date(NOW) }, ids: { next: () => `b${++ids}` }, secrets: { sessionKey: new Uint8Array(32).fill(5) }, logger: silentLogger, hasher });
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const t0 = performance.now();
      const res = await baton.app.request(path, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const json = (await res.json()) as any;
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return { ms: performance.now() - t0, json };
    };
    const login = async (u: string) => (await call('POST', '/api/auth/login', undefined, { username: u, password: 'bench-pass-1' })).json.token as string;
    const designer = await login('xu.ting');
    const lina = await login('li.na');
    await call('POST', '/api/definitions', designer, FLOW);
    await call('POST', `/api/definitions/${FLOW.key}/publish`, designer);

    // The history, written straight to the tables the analytics read (snapshots are not read by them).
    const rnd = random(42);
    const t0 = performance.now();
    const instances: any[] = [];
    const tasks: any[] = [];
    const iso = (ms: number) => new Date(ms).toISOString();
    for (let i = 0; i < N; i++) {
      const created = NOW - rnd() * DAYS * 24 * H;
      const id = `h${i}`;
      const managerWait = (0.5 + rnd() * 30) * H;
      const financeWait = (0.5 + rnd() * 12) * H;
      const roll = rnd();
      const running = created + managerWait > NOW || roll < 0.08;
      const status = running ? 'running' : roll < 0.2 ? 'rejected' : roll < 0.25 ? 'withdrawn' : 'approved';
      const finished = status === 'running' ? null : status === 'withdrawn' ? created + managerWait / 2 : created + managerWait + (status === 'approved' ? financeWait : 0);
      const live = finished !== null && finished > NOW ? null : finished;
      instances.push({ id, definition_key: FLOW.key, version: 1, status: live === null ? 'running' : status, initiator: 'li.na', title: `Loan ${i}`, snapshot: '{}', revision: 1, search: '', created_at: iso(created), updated_at: iso(live ?? created), finished_at: live === null ? null : iso(live) });
      const managerDone = live !== null && status !== 'withdrawn';
      tasks.push({ id: `${id}-m`, instance_id: id, definition_key: FLOW.key, node_id: 'manager', assignee: 'wang.lei', status: live === null ? 'pending' : status === 'withdrawn' ? 'cancelled' : status === 'rejected' && roll < 0.14 ? 'rejected' : 'approved', created_at: iso(created), completed_at: managerDone || status === 'withdrawn' ? iso(created + (status === 'withdrawn' ? managerWait / 2 : managerWait)) : null });
      if (managerDone && !(status === 'rejected' && roll < 0.14)) {
        tasks.push({ id: `${id}-f`, instance_id: id, definition_key: FLOW.key, node_id: 'finance', assignee: 'chen.jing', status, created_at: iso(created + managerWait), completed_at: iso(live!) });
      }
    }
    await store.db.transaction().execute(async (tx) => {
      for (let i = 0; i < instances.length; i += 500) await tx.insertInto('instances').values(instances.slice(i, i + 500)).execute();
      for (let i = 0; i < tasks.length; i += 500) await tx.insertInto('tasks').values(tasks.slice(i, i + 500)).execute();
    });
    // Planner statistics after the bulk load. A compiled raw query by hand: kysely is not a root dependency, so no sql tag here.
    if (store.dialect === 'postgres') await store.db.executeQuery({ sql: 'ANALYZE', parameters: [], query: { kind: 'RawNode', sqlFragments: ['ANALYZE'], parameters: [] } } as never);
    console.log(`seeded ${N} requests and ${tasks.length} tasks over ${DAYS} days in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const open = (await call('POST', '/api/instances', lina, { definition: FLOW.key, data: { amount: 10 } })).json.id as string;

    const from = iso(NOW - 30 * 24 * H);
    const anchor: number[] = [];
    for (let i = 0; i < 7; i++) {
      const a = performance.now();
      await store.db.selectFrom('instances').select((eb) => eb.fn.countAll().as('n')).where('definition_key', '=', FLOW.key).where('created_at', '>=', from).executeTakeFirst();
      anchor.push(performance.now() - a);
    }
    const base = median(anchor);
    console.log(`anchor: count(*) of 30 days' requests: median ${base.toFixed(2)} ms`);
    const cases: Array<[string, string, string]> = [
      ['overview, 30 days', `/api/analytics/definitions?from=${from}`, designer],
      ['overview, 90 days', `/api/analytics/definitions?from=${iso(NOW - 90 * 24 * H)}`, designer],
      ['one flow, 30 days', `/api/analytics/definitions/${FLOW.key}?from=${from}&tz=Asia/Shanghai`, designer],
      ['one flow, 90 days', `/api/analytics/definitions/${FLOW.key}?from=${iso(NOW - 90 * 24 * H)}`, designer],
      ['stuck, 20 oldest', `/api/analytics/definitions/${FLOW.key}/stuck`, designer],
      ['request detail with predictedFinish', `/api/instances/${open}`, lina],
    ];
    for (const [name, path, token] of process.env.BATON_BENCH_KEEP ? [] : cases) {
      await call('GET', path, token);
      const times: number[] = [];
      let last: any;
      for (let i = 0; i < 7; i++) {
        const r = await call('GET', path, token);
        times.push(r.ms);
        last = r.json;
      }
      const m = median(times);
      const extra = last.truncated !== undefined ? `, truncated: ${last.truncated}` : last.predictedFinish !== undefined ? `, predictedFinish: ${JSON.stringify(last.predictedFinish)}` : '';
      console.log(`${name}: median ${m.toFixed(1)} ms (${(m / base).toFixed(0)}x the anchor)${extra}`);
    }
    if (!process.env.BATON_BENCH_KEEP) await writeCost(store);
  } finally {
    await store.close();
  }
}

const ANALYTICS_TASK_INDEXES = ['tasks_definition_created', 'tasks_definition_status'] as const;

/**
 * What the analytics indexes cost the write path: 1,000 transactions that each insert a task and
 * then decide it (as a command does), with the indexes and with the two task indexes dropped,
 * alternating three rounds each (the machine is shared). The instance finish index is left alone.
 */
async function writeCost(store: Store): Promise<void> {
  let n = 0;
  const round = async () => {
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) {
      const id = `w${++n}`;
      const at = new Date(NOW + n * 1000).toISOString();
      await store.db.transaction().execute(async (tx) => {
        await tx.insertInto('tasks').values({ id, instance_id: 'h0', definition_key: FLOW.key, node_id: 'manager', assignee: 'wang.lei', status: 'pending', created_at: at, completed_at: null }).execute();
        await tx.updateTable('tasks').set({ status: 'approved', completed_at: at }).where('id', '=', id).execute();
      });
    }
    return performance.now() - t0;
  };
  const withIdx: number[] = [];
  const without: number[] = [];
  for (let r = 0; r < 3; r++) {
    withIdx.push(await round());
    for (const i of ANALYTICS_TASK_INDEXES) await store.db.schema.dropIndex(i).execute();
    without.push(await round());
    await store.db.schema.createIndex('tasks_definition_created').on('tasks').columns(['definition_key', 'created_at', 'node_id', 'assignee', 'status', 'completed_at']).execute();
    await store.db.schema.createIndex('tasks_definition_status').on('tasks').columns(['definition_key', 'status', 'created_at', 'node_id', 'assignee']).execute();
  }
  const a = median(withIdx);
  const b = median(without);
  console.log(`write cost: 1,000 task insert+decide transactions: ${a.toFixed(0)} ms with the analytics task indexes, ${b.toFixed(0)} ms without (${(a / b).toFixed(2)}x; rounds ${withIdx.map((x) => x.toFixed(0)).join('/')} vs ${without.map((x) => x.toFixed(0)).join('/')})`);
}
