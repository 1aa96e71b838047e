// Backup evidence: a store filled through the API (org, two flows, requests approved, rejected,
// withdrawn, waiting, half-way through a parallel review, comments, a CC, a draft, a webhook,
// an archived request found by keyword, audit) is exported over HTTP, imported into an empty SQLite AND an empty PostgreSQL store, and
// an app started on each answers the same inboxes (every view, counts), request details, drafts
// and audit queries as the original, with the audit chain verifying. The SQLite online copy,
// opened by a new app, answers the same too. An export is one snapshot and does not hold up writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backupSqliteFile,
  importExport,
  openPostgresStore,
  openSqliteStore,
  writeExport,
} from '../../packages/server/src/index.ts';
import type { Store } from '../../packages/server/src/index.ts';
import { parallelFlow, simpleFlow } from './fixtures.ts';
import { DIALECTS, startServerOn, startTestServer, usePgCluster } from './harness.ts';
import type { DialectName, TestServer } from './harness.ts';

const cluster = usePgCluster();
const USERS = ['li.na', 'wang.lei', 'chen.jing', 'zhao.ming', 'sarah.chen', 'admin'];
const scratch = mkdtempSync(join(tmpdir(), 'baton-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let dbCounter = 0;

async function emptyStore(dialect: DialectName): Promise<Store> {
  if (dialect === 'sqlite') return openSqliteStore({ file: join(scratch, `restored-${++dbCounter}.sqlite`) });
  return openPostgresStore({ connectionString: cluster.pg!.createDatabase(`restore_${process.pid}_${++dbCounter}`) });
}

/** Everything a user or admin can see, read through the API. */
async function observe(api: Pick<TestServer, 'call' | 'token'>, instanceIds: readonly string[], auditUpTo: number) {
  const seen: Record<string, unknown> = {};
  for (const user of USERS) {
    const token = await api.token(user);
    seen[`${user} counts`] = (await api.call('GET', '/api/inbox/counts', { token })).body;
    for (const view of ['todo', 'done', 'cc', 'started']) seen[`${user} ${view}`] = (await api.call('GET', `/api/inbox/${view}?limit=100`, { token })).body;
    seen[`${user} drafts`] = (await api.call('GET', '/api/request-drafts', { token })).body;
  }
  const admin = { token: await api.token('admin') };
  for (const id of instanceIds) seen[`instance ${id}`] = (await api.call('GET', `/api/instances/${id}`, admin)).body;
  const audit = (await api.call('GET', `/api/audit?limit=500&cursor=${auditUpTo + 1}`, admin)).body;
  seen.audit = audit.items;
  seen.instanceAudit = (await api.call('GET', `/api/audit?subject=instance:${instanceIds[0]}`, admin)).body;
  seen.webhooks = (await api.call('GET', '/api/webhooks', admin)).body;
  seen.definitions = (await api.call('GET', '/api/definitions', admin)).body;
  seen.archiveSearch = (await api.call('GET', '/api/archive?q=first%20class', admin)).body;
  seen.archiveAll = (await api.call('GET', '/api/archive', admin)).body;
  return seen;
}

for (const source of DIALECTS) {
  describe(`backup from ${source}`, () => {
    let s: TestServer;
    const ids: string[] = [];
    let headSeq = 0;
    let exported = '';
    let original: Record<string, unknown>;

    beforeAll(async () => {
      s = await startTestServer(source, cluster.pg);
      const designer = await s.token('xu.ting');
      const lina = await s.token('li.na');
      const wang = await s.token('wang.lei');
      const chen = await s.token('chen.jing');
      const admin = await s.token('admin');
      for (const flow of [simpleFlow('expense'), parallelFlow('dual-review')]) {
        expect((await s.call('POST', '/api/definitions', { token: designer, body: flow })).status).toBe(201);
        expect((await s.call('POST', `/api/definitions/${flow.key}/publish`, { token: designer })).status).toBe(201);
      }
      expect((await s.call('POST', '/api/webhooks', { token: admin, body: { url: 'https://hooks.example.com/baton', events: ['*'] } })).status).toBe(201);
      const start = async (definition: string, data: Record<string, unknown>) => {
        s.clock.advance(60_000);
        const r = await s.call('POST', '/api/instances', { token: lina, body: { definition, data } });
        expect(r.status).toBe(201);
        ids.push(r.body.id);
        return r.body as { id: string; tasks: Array<{ id: string; user: string }> };
      };
      const approved = await start('expense', { amount: 100, reason: 'taxi' });
      expect((await s.call('POST', `/api/tasks/${approved.tasks[0]!.id}/approve`, { token: wang, body: { comment: 'ok' } })).status).toBe(200);
      const rejected = await start('expense', { amount: 9000, reason: 'first class' });
      expect((await s.call('POST', `/api/tasks/${rejected.tasks[0]!.id}/reject`, { token: wang, body: { comment: 'too much' } })).status).toBe(200);
      // Archived, so its keyword index (FTS5 / tsvector, left out of the file) must be rebuilt.
      expect((await s.call('POST', `/api/instances/${rejected.id}/archive`, { token: admin, body: {} })).status).toBe(200);
      const withdrawn = await start('expense', { amount: 50, reason: 'lunch' });
      expect((await s.call('POST', `/api/instances/${withdrawn.id}/withdraw`, { token: lina, body: {} })).status).toBe(200);
      const waiting = await start('expense', { amount: 70, reason: 'books', cost_centre: 'CC-1' });
      expect((await s.call('POST', `/api/instances/${waiting.id}/comment`, { token: lina, body: { comment: '请尽快 please' } })).status).toBe(200);
      expect((await s.call('POST', `/api/instances/${waiting.id}/cc`, { token: lina, body: { users: ['sarah.chen'] } })).status).toBe(200);
      const parallel = await start('dual-review', { amount: 500 });
      const left = parallel.tasks.find((t) => t.user === 'wang.lei')!;
      expect((await s.call('POST', `/api/tasks/${left.id}/approve`, { token: wang, body: {} })).status).toBe(200);
      expect(parallel.tasks.some((t) => t.user === 'chen.jing')).toBe(true);
      void chen;
      expect((await s.call('POST', '/api/request-drafts', { token: lina, body: { definition: 'expense', data: { amount: 1, reason: '草稿' } } })).status).toBe(201);
      headSeq = (await s.call('GET', '/api/audit/verify', { token: admin })).body.headSeq;
      expect(headSeq).toBeGreaterThan(10);

      const res = await fetch(`${s.url}/api/admin/export`, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="baton-export-/);
      exported = await res.text();
      original = await observe(s, ids, headSeq);
    }, 120_000);
    afterAll(() => s.close());

    it('refuses the export to anyone but an admin', async () => {
      expect((await s.call('GET', '/api/admin/export')).status).toBe(401);
      expect((await s.call('GET', '/api/admin/export', { token: await s.token('xu.ting') })).status).toBe(403);
      expect((await s.call('GET', '/api/admin/export', { token: await s.token('li.na') })).status).toBe(403);
    });

    for (const target of DIALECTS) {
      it(`restores into an empty ${target} store that answers the same`, async () => {
        const store = await emptyStore(target);
        const imported = await importExport(store, JSON.parse(exported));
        expect(imported).toMatchObject({ ok: true });
        const app = await startServerOn(target, store, s.clock.now().toISOString());
        try {
          const restored = await observe(app, ids, headSeq);
          for (const key of Object.keys(original)) expect(restored[key], key).toEqual(original[key]);
          expect(original['wang.lei todo']).toMatchObject({ items: [expect.anything()] });
          expect(original.archiveSearch).toMatchObject({ items: [expect.anything()] });
          const verify = await app.call('GET', '/api/audit/verify', { token: await app.token('admin') });
          expect(verify.status).toBe(200);
          expect(verify.body.ok).toBe(true);
          expect(verify.body.checked).toBeGreaterThanOrEqual(headSeq);
          // The restored store works on: the waiting request can be approved there.
          const todo = (await app.call('GET', '/api/inbox/todo', { token: await app.token('wang.lei') })).body.items as Array<{ task: { id: string }; instance: { id: string } }>;
          const waiting = todo.find((i) => i.instance.id === ids[3])!;
          expect((await app.call('POST', `/api/tasks/${waiting.task.id}/approve`, { token: await app.token('wang.lei'), body: {} })).status).toBe(200);
          expect((await app.call('GET', '/api/audit/verify', { token: await app.token('admin') })).body.ok).toBe(true);
          // A second import into the now occupied store is refused.
          expect(await importExport(store, JSON.parse(exported))).toMatchObject({ ok: false, error: { code: 'not-empty' } });
        } finally {
          await app.close();
        }
      }, 120_000);
    }

    if (source === 'sqlite') {
      it('makes an online SQLite copy that a new app opens and answers the same', async () => {
        const file = join(scratch, `copy-${++dbCounter}.sqlite`);
        const dbFile = s.databaseFile!;
        const copied = await backupSqliteFile(dbFile, file);
        expect(copied).toMatchObject({ ok: true });
        expect(await backupSqliteFile(dbFile, file)).toMatchObject({ ok: false, error: { code: 'target-exists' } });
        const app = await startServerOn('sqlite', await openSqliteStore({ file }), s.clock.now().toISOString());
        try {
          const restored = await observe(app, ids, headSeq);
          for (const key of Object.keys(original)) expect(restored[key], key).toEqual(original[key]);
          expect((await app.call('GET', '/api/audit/verify', { token: await app.token('admin') })).body.ok).toBe(true);
        } finally {
          await app.close();
        }
      }, 120_000);
    }

    it('exports one snapshot while writes carry on', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let text = '';
      const exporting = writeExport(s.store, s.clock.now().toISOString(), async (chunk) => {
        const first = text === '';
        text += chunk;
        if (first) await gate;
      });
      // The export has read its header and waits; a request is started and decided meanwhile.
      const r = await s.call('POST', '/api/instances', { token: await s.token('li.na'), body: { definition: 'expense', data: { amount: 3 } } });
      expect(r.status).toBe(201);
      expect((await s.call('POST', `/api/tasks/${r.body.tasks[0].id}/approve`, { token: await s.token('wang.lei'), body: {} })).status).toBe(200);
      release();
      await exporting;
      const doc = JSON.parse(text);
      expect(doc.tables.instances.map((i: { id: string }) => i.id).sort()).toEqual([...ids].sort());
      expect(doc.tables.audit_head[0].seq).toBe(doc.tables.audit.length);
    }, 60_000);
  });
}

