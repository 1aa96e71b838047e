// Issue 4's HTTP benchmark: approve-task requests/s and p50 / p99 latency over real HTTP
// (autocannon, 32 connections, SQLite file), beside two ceilings measured in the same run on the
// same machine: bare better-sqlite3 transactions committing the same rows an approval commits,
// and a bare Hono endpoint. Goal: >= 40% of the bare SQLite transaction rate, p99 < 25 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySqlitePragmas, openSqliteStore } from '../../packages/server/src/index.ts';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startSqliteCheckpointer } from '../../packages/server/src/store/sqlite-checkpointer.ts';

const requireFromServer = createRequire(new URL('../../packages/server/package.json', import.meta.url));
const autocannon = requireFromServer('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;
interface Statement {
  run(...args: unknown[]): unknown;
  get(...args: unknown[]): unknown;
}
interface RawDb {
  prepare(sql: string): Statement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  pragma(text: string): unknown;
  close(): void;
}
const BetterSqlite3 = requireFromServer('better-sqlite3') as new (file: string) => RawDb;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  duration: number;
}

const CONNECTIONS = 32;
const TASKS = Number(process.env.BATON_BENCH_TASKS ?? 6000);
const WARMUP = Math.min(1000, Math.floor(TASKS / 6));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const serverScript = fileURLToPath(new URL('./http-bench-server.ts', import.meta.url));

/** What the bench server measured of the measured approvals (http-bench-server.ts). */
interface ServerSide {
  handlerP50: number;
  handlerP99: number;
  handlerMax: number;
  loopDelayP50: number;
  loopDelayP99: number;
  loopDelayMax: number;
}

function startServer(mode: 'approve' | 'bare', dataDir: string): Promise<{ info: { url: string; token?: string; tasks?: string[] }; serverSide: Promise<ServerSide>; stop: () => void }> {
  return new Promise((resolve, reject) => {
    // Its own process group: tsx runs node as a child, and both must go when the bench is done.
    const child = spawn(tsx, [serverScript, mode, dataDir, String(TASKS), String(WARMUP)], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    // BATON_BENCH_PROFILE=<file>: the server profiles the approvals and writes the profile on SIGTERM.
    const signal = process.env.BATON_BENCH_PROFILE && mode === 'approve' ? 'SIGTERM' : 'SIGKILL';
    let out = '';
    let reportServerSide: (s: ServerSide) => void = () => {};
    const serverSide = new Promise<ServerSide>((r) => (reportServerSide = r));
    let listening = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines.filter((l) => l.startsWith('{'))) {
        const message = JSON.parse(line) as { serverSide?: ServerSide };
        if (message.serverSide) reportServerSide(message.serverSide);
        else if (!listening) {
          listening = true;
          resolve({ info: message as { url: string }, serverSide, stop: () => process.kill(-child.pid!, signal) });
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

interface RowSizes {
  snapshot: number;
  auditDetail: number;
  outboxPayload: number;
}

/** The sizes the approvals actually wrote, read from the bench server's file once it has stopped. */
function measuredRowSizes(file: string): RowSizes {
  const db = new BetterSqlite3(file);
  const avg = (q: string) => Math.round(Number((db.prepare(q).get() as { n: number | null }).n ?? 0));
  const sizes = {
    snapshot: avg(`select avg(length(snapshot)) as n from instances where status = 'approved'`),
    auditDetail: avg(`select avg(length(detail)) as n from audit where action = 'instance.approve'`),
    outboxPayload: avg(`select avg(length(payload)) as n from outbox where kind <> 'task-created'`),
  };
  db.close();
  return sizes;
}

/** The rows one approval commits, in bare better-sqlite3 transactions on the same schema. */
async function bareSqliteRate(dir: string, sizes: RowSizes, checkpoints: 'inline' | 'worker', round: number): Promise<number> {
  const file = join(dir, `bare-${checkpoints}-${round}.sqlite`);
  const store = await openSqliteStore({ file, checkpointIntervalMs: 0 });
  await store.close();
  const db = new BetterSqlite3(file);
  applySqlitePragmas(db as unknown as Parameters<typeof applySqlitePragmas>[0]);
  // 'worker': WAL checkpoints in a worker thread, as Baton's store runs them (sqlite-checkpointer.ts).
  const checkpointer = checkpoints === 'worker' ? startSqliteCheckpointer(file, 100) : undefined;
  if (checkpointer) db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const snapshot = 'x'.repeat(sizes.snapshot);
  const detail = 'd'.repeat(sizes.auditDetail);
  const payload = 'p'.repeat(sizes.outboxPayload);
  const n = 3000;
  const now = new Date().toISOString();
  const insInstance = db.prepare(`insert into instances (id, definition_key, version, status, initiator, title, snapshot, revision, search, created_at, updated_at) values (?, 'k', 1, 'running', 'li.na', 't', ?, 1, 's', ?, ?)`);
  const insTask = db.prepare(`insert into tasks (id, instance_id, definition_key, node_id, assignee, status, created_at) values (?, ?, 'k', 'manager', 'wang.lei', 'pending', ?)`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      insInstance.run(`i${i}`, snapshot, now, now);
      insTask.run(`t${i}`, `i${i}`, now);
    }
  })();
  const selUser = db.prepare('select id, name, system_role, department, active from users where id = ?');
  const selInstance = db.prepare('select definition_key, version, snapshot from instances where id = ?');
  const updInstance = db.prepare(`update instances set snapshot = ?, revision = 2, status = 'approved', title = 't', search = 's', updated_at = ?, finished_at = ? where id = ? and revision = 1`);
  const updTask = db.prepare(`update tasks set node_id = 'manager', assignee = 'wang.lei', status = 'approved', completed_at = ? where id = ?`);
  const selHead = db.prepare('select seq, hash from audit_head where id = 1');
  const insAudit = db.prepare('insert into audit (seq, at, actor, action, subject, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const updHead = db.prepare('update audit_head set seq = ?, hash = ? where id = 1');
  const insOutbox = db.prepare(`insert into outbox (id, instance_id, kind, payload, status, attempts, available_at, created_at) values (?, ?, ?, ?, 'pending', 0, ?, ?)`);
  const approve = db.transaction((i: number) => {
    const head = selHead.get() as { seq: number; hash: string };
    const seq = head.seq + 1;
    updInstance.run(snapshot, now, now, `i${i}`);
    updTask.run(now, `t${i}`);
    insAudit.run(seq, now, 'wang.lei', 'instance.approve', `instance:i${i}`, detail, head.hash, head.hash);
    updHead.run(seq, head.hash);
    insOutbox.run(`o${i}a`, `i${i}`, 'task-closed', payload, now, now);
    insOutbox.run(`o${i}b`, `i${i}`, 'notify', payload, now, now);
  });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    // As Baton's write queue: every 32 approvals back to the event loop (the worker's reports
    // arrive), and a hold for the catch-up checkpoint when one is due (the WAL restart).
    if (checkpointer && i % 32 === 0) {
      await new Promise((r) => setImmediate(r));
      const hold = checkpointer.beforeWrite();
      if (hold) await hold;
    }
    // The reads an approval makes outside its transaction (principal, roles, instance).
    selUser.get('wang.lei');
    selInstance.get(`i${i}`);
    approve(i);
  }
  const rate = n / ((performance.now() - t0) / 1000);
  await checkpointer?.stop();
  db.close();
  return rate;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-http-bench-'));
  try {
    console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${TASKS} tasks (${WARMUP} of them a warm-up, not measured), ${CONNECTIONS} connections`);
    const bare = await startServer('bare', dir);
    const hono = await autocannon({ url: `${bare.info.url}/bare`, method: 'POST', connections: CONNECTIONS, duration: 5, headers: { 'content-type': 'application/json' }, body: '{}' });
    bare.stop();

    const server = await startServer('approve', dir);
    const { url, token, tasks: all } = server.info as { url: string; token: string; tasks: string[] };
    // Warm-up: the first WARMUP approvals (same connections, same requests) are not measured, so
    // the figures are the server's steady state, not V8 compiling the command path on first use.
    const warm = all.slice(0, WARMUP);
    const tasks = all.slice(WARMUP);
    let w = 0;
    await autocannon({
      url, connections: CONNECTIONS, amount: warm.length,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"comment":"ok"}', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: `/api/tasks/${warm[w++ % warm.length]}/approve` }) }],
    });
    let next = 0;
    // Timed here, first request to last response: autocannon finishes an `amount` run on its
    // once-a-second tick, so its duration made the rate 6000 / 3.01 or 6000 / 4.01 s.
    let t0 = 0;
    let lastResponse = 0;
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      amount: tasks.length,
      requests: [{
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{"comment":"ok"}',
        setupRequest: (req: Record<string, unknown>) => {
          if (next === 0) t0 = performance.now();
          return { ...req, path: `/api/tasks/${tasks[next++ % tasks.length]}/approve` };
        },
        onResponse: () => {
          lastResponse = performance.now();
        },
      }],
    });
    const seconds = (lastResponse - t0) / 1000;
    const side = await server.serverSide;
    server.stop();
    const sizes = measuredRowSizes(join(dir, 'baton.sqlite'));
    // Two rounds of each anchor, alternating: on a shared machine one round moves by tens of percent.
    const rounds: Array<[number, number]> = [];
    for (let r = 0; r < 2; r++) rounds.push([await bareSqliteRate(dir, sizes, 'inline', r), await bareSqliteRate(dir, sizes, 'worker', r)]);
    const inlineRate = (rounds[0]![0] + rounds[1]![0]) / 2;
    const workerRate = (rounds[0]![1] + rounds[1]![1]) / 2;
    // The goal is read against the faster anchor.
    const sqliteRate = Math.max(inlineRate, workerRate);

    const rps = result.requests.total / seconds;
    console.log('| | requests/s | p50 ms | p99 ms | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(`| approve task over HTTP (Baton) | ${rps.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`);
    console.log(`| bare Hono endpoint | ${hono.requests.average.toFixed(0)} | ${hono.latency.p50} | ${hono.latency.p99} | ${hono.non2xx} |`);
    console.log(`| bare better-sqlite3 transactions, same rows, checkpoints inline (mean of ${rounds.map((r) => r[0].toFixed(0)).join(', ')}) | ${inlineRate.toFixed(0)} tx/s | | | |`);
    console.log(`| bare better-sqlite3 transactions, same rows, checkpoints in a worker as Baton (mean of ${rounds.map((r) => r[1].toFixed(0)).join(', ')}) | ${workerRate.toFixed(0)} tx/s | | | |`);
    console.log(`rows per approval as written by Baton: snapshot ${sizes.snapshot} B, audit detail ${sizes.auditDetail} B, outbox payload ${sizes.outboxPayload} B (the bare loop writes the same sizes)`);
    console.log(`ratio approve / bare SQLite (the faster anchor): ${(rps / sqliteRate).toFixed(2)} (goal >= 0.40) ${rps / sqliteRate >= 0.4 ? 'MET' : 'NOT MET'}`);
    console.log(`ratio approve / bare Hono: ${(rps / hono.requests.average).toFixed(2)}`);
    console.log(`p99 ${result.latency.p99} ms (goal < 25 ms) ${result.latency.p99 < 25 ? 'MET' : 'NOT MET'}`);
    console.log(`server side (ms): time in the app p50 ${side.handlerP50}, p99 ${side.handlerP99}, max ${side.handlerMax}; event-loop delay p50 ${side.loopDelayP50}, p99 ${side.loopDelayP99}, max ${side.loopDelayMax}`);
    console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
