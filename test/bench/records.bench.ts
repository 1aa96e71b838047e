// Records (issue 5 item 1): the records list on 20,000 orders spread over the demo company's sales
// reps, first page in-process (routing, auth, access scope, query, JSON) for a rep, a manager, the
// sales director and an admin, against the same page read straight through Kysely (the anchor:
// what the route adds); and the change-request round trip (request + manager approval, the patch
// applied in the approving command's transaction).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import { argon2idHasher, createApp, openSqliteStore, recordTypeFiles, seedDemoOrg, seedRecordTypes, silentLogger } from '../../packages/server/src/index.ts';
import { seedTemplates } from '../../packages/server/src/seed/template-seed.ts';
import { accessScope } from '../../packages/server/src/records/record-access.ts';
import { listRecords } from '../../packages/server/src/records/record-repo.ts';
import { fmt, load, summary } from './bench-app.ts';

const ORDERS = 20_000;
const ROUNDS = 40;
const CYCLES = 60;
const REPS = ['li.na', 'zhang.wei', 'liu.yang', 'emma.wilson'];
const DEPT: Record<string, string> = { 'li.na': 'sales-east', 'zhang.wei': 'sales-east', 'liu.yang': 'sales-north', 'emma.wilson': 'sales-north' };
const VIEWERS = ['li.na', 'wang.lei', 'sarah.chen', 'admin'];
const NOW = '2026-03-02T09:00:00.000Z';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-records-bench-'));
  const templates = new URL('../../templates/', import.meta.url).pathname;
  const store = await openSqliteStore({ file: join(dir, 'baton.sqlite') });
  const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
  const org = JSON.parse(readFileSync(join(templates, 'demo-org.json'), 'utf8')) as BatonOrgDirectory;
  await seedDemoOrg(store, org, hasher, NOW, 'bench-pass-1');
  await seedTemplates(store, templates, NOW);
  await seedRecordTypes(store, recordTypeFiles(templates), NOW);
  for (let i = 0; i < ORDERS; i += 1000) {
    await store.db.transaction().execute(async (tx) => {
      const rows = [];
      for (let j = i; j < Math.min(ORDERS, i + 1000); j++) {
        const owner = REPS[j % REPS.length]!;
        const values = { number: `SO-2026-${String(j).padStart(4, '0')}`, customer: 'rec_c', amount: 1000 + j, discount: 5, status: 'confirmed', owner };
        const at = new Date(Date.parse(NOW) - (ORDERS - j) * 60_000).toISOString();
        rows.push({ id: `rec_b${j}`, type: 'order', owner, department: DEPT[owner]!, values: JSON.stringify(values), revision: 1, title: values.number, search: `${values.number} ${owner}`.toLowerCase(), external_id: null, created_by: owner, created_at: at, updated_at: at, deleted_at: null });
      }
      await tx.insertInto('records').values(rows).execute();
    });
  }
  let n = 0;
  const clock = { t: Date.parse(NOW), now() { return new Date(this.t); } };
  const baton = createApp({ store, clock, ids: { next: () => `b${++n}` }, secrets: { sessionKey: new Uint8Array(32).fill(7) }, logger: silentLogger, hasher });
  const call = async (user: string, method: string, path: string, body?: unknown) => {
    const res = await baton.app.request(path, { method, headers: { authorization: `Bearer ${tokens[user]}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const tokens: Record<string, string> = {};
  for (const u of [...VIEWERS, 'wang.lei']) {
    const res = await baton.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u, password: 'bench-pass-1' }) });
    tokens[u] = ((await res.json()) as { token: string }).token;
  }

  console.log(`${ORDERS} orders over ${REPS.length} reps; first page (limit 20), ${ROUNDS} rounds per viewer; load ${load()}`);
  console.log('viewer       rows seen   route p50 / p95 ms   Kysely p50 ms   route / Kysely');
  const snap = await baton.ctx.directory.get();
  const principal = (u: string) => ({ userId: u, name: u, systemRole: u === 'admin' ? 'admin' as const : 'member' as const, roles: [], department: org.users.find((x) => x.id === u)?.department ?? null, via: 'session' as const });
  for (const v of VIEWERS) {
    const route: number[] = [];
    const direct: number[] = [];
    for (let r = 0; r < ROUNDS + 5; r++) {
      let t0 = performance.now();
      const res = await call(v, 'GET', '/api/records/order?limit=20');
      const routeMs = performance.now() - t0;
      if (res.status !== 200) throw new Error(`list as ${v}: ${res.status}`);
      t0 = performance.now();
      await listRecords(store.db, { type: 'order', scope: accessScope(principal(v), 'owner', snap), limit: 20 });
      const directMs = performance.now() - t0;
      if (r >= 5) {
        route.push(routeMs);
        direct.push(directMs);
      }
    }
    const sc = accessScope(principal(v), 'owner', snap);
    let q = store.db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).where('type', '=', 'order');
    if (!sc.all) q = q.where((eb) => eb.or([eb('owner', 'in', sc.owners.length ? sc.owners : ['']), eb('department', 'in', sc.departments.length ? sc.departments : [''])]));
    const seen = (await q.executeTakeFirstOrThrow()).n;
    const a = summary(route);
    const b = summary(direct);
    console.log(`${v.padEnd(12)} ${String(seen).padStart(9)}   ${fmt(a.p50).padStart(6)} / ${fmt(a.p95).padEnd(8)}   ${fmt(b.p50).padStart(12)}   ${fmt(a.p50 / b.p50).padStart(14)}`);
  }

  const cycle: number[] = [];
  for (let i = 0; i < CYCLES; i++) {
    clock.t += 1000;
    const t0 = performance.now();
    const cr = await call('li.na', 'POST', `/api/records/order/rec_b${i * REPS.length}/change-requests`, { definition: 'order-change-request', patch: { discount: 7 }, data: { change_reason: 'customer-request', details: 'bench' } });
    if (cr.status !== 201) throw new Error(`change request: ${cr.status} ${JSON.stringify(cr.body)}`);
    const task = (cr.body.tasks as Array<{ id: string }>)[0]!;
    const ok = await call('wang.lei', 'POST', `/api/tasks/${task.id}/approve`, {});
    if (ok.status !== 200 || ok.body.status !== 'approved') throw new Error(`approve: ${ok.status} ${JSON.stringify(ok.body)}`);
    cycle.push(performance.now() - t0);
  }
  const c = summary(cycle);
  console.log(`change request + approval (patch applied in the approving transaction), ${CYCLES} cycles: p50 ${fmt(c.p50)} ms, p95 ${fmt(c.p95)} ms`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
