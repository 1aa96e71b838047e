// Export and import on SQLite files in memory: the table list comes from the migrated database
// (so a table a new migration adds is covered without anyone listing it), a round trip copies
// every table row for row with the audit chain intact, and bad files or occupied targets are
// refused before anything is written.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatonOrgDirectory } from '@baton/schema';
import { appendAudit, verifyAudit } from '../audit/audit-log.ts';
import { argon2idHasher } from '../auth/passwords.ts';
import { seedDemoOrg } from '../seed/demo-seed.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { importExport } from './export-import.ts';
import { writeExport } from './export-writer.ts';
import { appliedMigrations, listTables } from './table-catalog.ts';

const org = JSON.parse(readFileSync(new URL('../../../../templates/demo-org.json', import.meta.url), 'utf8')) as BatonOrgDirectory;

async function exportText(store: Store): Promise<string> {
  let text = '';
  await writeExport(store, '2026-03-02T09:00:00.000Z', async (chunk) => void (text += chunk));
  return text;
}

async function rowsOf(store: Store, table: string, orderBy: string[]) {
  let q = (store.db as unknown as Kysely<any>).selectFrom(table).selectAll();
  for (const c of orderBy) q = q.orderBy(c);
  return q.execute();
}

describe('backup export and import', () => {
  let source: Store;
  let target: Store;
  beforeEach(async () => {
    source = await openSqliteStore({ file: ':memory:' });
    target = await openSqliteStore({ file: ':memory:' });
    await seedDemoOrg(source, org, argon2idHasher({ memoryCost: 1024, timeCost: 1 }), '2026-03-01T00:00:00.000Z', 'pw-123456');
    for (let i = 1; i <= 3; i++) {
      await source.db.transaction().execute((tx) => appendAudit(tx, 'sqlite', { at: `2026-03-0${i}T00:00:00.000Z`, actor: 'admin', action: 'org.role.create', subject: `role:r${i}`, detail: { i } }));
    }
  });
  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('lists every migrated table, referenced tables before the tables that reference them', async () => {
    const all = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(source.db);
    // Virtual (FTS5) tables and their shadow tables are derived indexes, rebuilt on import.
    const virtual = all.rows.filter((r) => r.sql.startsWith('CREATE VIRTUAL TABLE')).map((r) => r.name);
    const stored = all.rows.map((r) => r.name).filter((n) => !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
    const tables = await listTables(source.db, 'sqlite');
    expect(tables.map((t) => t.name).sort()).toEqual(stored.sort());
    expect(stored).toContain('audit');
    const position = new Map(tables.map((t, i) => [t.name, i]));
    for (const t of tables) for (const r of t.references) expect(position.get(r)!).toBeLessThan(position.get(t.name)!);
    expect(tables.find((t) => t.name === 'user_roles')!.references.sort()).toEqual(['roles', 'users']);
  });

  it('round-trips every table row for row, and the audit chain still verifies', async () => {
    const doc = JSON.parse(await exportText(source));
    expect(doc).toMatchObject({ format: 'baton-export', version: 1, source: { dialect: 'sqlite' }, migrations: await appliedMigrations(source.db) });
    const result = await importExport(target, doc);
    expect(result).toMatchObject({ ok: true });
    const tables = await listTables(source.db, 'sqlite');
    expect(Object.keys(doc.tables).sort()).toEqual(tables.map((t) => t.name).sort());
    for (const t of tables) expect(await rowsOf(target, t.name, t.orderBy)).toEqual(await rowsOf(source, t.name, t.orderBy));
    expect(result.ok && result.value.tables.users).toBe(org.users.length + 1);
    const verdict = await verifyAudit(source.db);
    expect(verdict).toMatchObject({ ok: true });
    expect(await verifyAudit(target.db)).toEqual(verdict);
    // The chain continues on the imported head.
    await target.db.transaction().execute((tx) => appendAudit(tx, 'sqlite', { at: '2026-03-05T00:00:00.000Z', actor: 'admin', action: 'x', subject: 's', detail: {} }));
    expect(await verifyAudit(target.db)).toMatchObject({ ok: true, checked: verdict.checked + 1 });
  });

  it('carries binary columns (attachment bytes) as base64 and restores every byte', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0xff, 0x00, 0xc3, 0x28, 0x0a, 0xfe]);
    await (source.db as unknown as Kysely<any>).insertInto('attachments').values({
      id: 'att-1', name: 'scan.png', content_type: 'image/png', size: bytes.length, sha256: 'x'.repeat(64), content: bytes, uploaded_by: 'admin', created_at: '2026-03-02T00:00:00.000Z',
    }).execute();
    const doc = JSON.parse(await exportText(source));
    expect(doc.tables.attachments[0].content).toBe(bytes.toString('base64'));
    expect(await importExport(target, doc)).toMatchObject({ ok: true });
    const row = await (target.db as unknown as Kysely<any>).selectFrom('attachments').select('content').where('id', '=', 'att-1').executeTakeFirstOrThrow();
    expect(Buffer.from(row.content as Uint8Array).equals(bytes)).toBe(true);
  });

  it('pages through tables larger than a page, by key and by offset (composite keys)', async () => {
    await source.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 2500; i++) await appendAudit(tx, 'sqlite', { at: '2026-03-04T00:00:00.000Z', actor: 'admin', action: 'bulk', subject: `s:${i}`, detail: { i } });
      await tx.insertInto('roles').values(Array.from({ length: 1200 }, (_, i) => ({ id: `bulk-${String(i).padStart(4, '0')}`, name: null }))).execute();
      await tx.insertInto('user_roles').values(Array.from({ length: 1200 }, (_, i) => ({ user_id: 'admin', role_id: `bulk-${String(i).padStart(4, '0')}` }))).execute();
    });
    const doc = JSON.parse(await exportText(source));
    expect(doc.tables.audit.length).toBeGreaterThan(2500);
    expect(new Set(doc.tables.audit.map((r: { seq: number }) => r.seq)).size).toBe(doc.tables.audit.length);
    expect((await importExport(target, doc)).ok).toBe(true);
    for (const t of ['audit', 'roles', 'user_roles']) {
      const info = (await listTables(source.db, 'sqlite')).find((x) => x.name === t)!;
      expect(await rowsOf(target, t, info.orderBy), t).toEqual(await rowsOf(source, t, info.orderBy));
    }
    expect(await verifyAudit(target.db)).toMatchObject({ ok: true });
  });

  it('refuses a target that holds anything beyond what its migrations wrote', async () => {
    const doc = JSON.parse(await exportText(source));
    expect((await importExport(target, doc)).ok).toBe(true);
    const again = await importExport(target, doc);
    expect(again).toMatchObject({ ok: false, error: { status: 409, code: 'not-empty' } });
    expect(again.ok || again.error.pointer).toMatch(/^\/tables\//);
  });

  it('checks the file before writing and names what is wrong', async () => {
    const good = JSON.parse(await exportText(source));
    const cases: Array<[unknown, string, string]> = [
      [[1, 2], 'not-an-export', ''],
      [{ ...good, format: 'zip' }, 'not-an-export', '/format'],
      [{ ...good, version: 2 }, 'unsupported-version', '/version'],
      [{ ...good, exportedAt: 5 }, 'bad-header', '/exportedAt'],
      [{ ...good, migrations: ['0001-initial', '9999-future'] }, 'migration-mismatch', '/migrations/1'],
      [{ ...good, tables: [] }, 'bad-tables', '/tables'],
      [{ ...good, tables: { ...good.tables, secrets: [] } }, 'unknown-table', '/tables/secrets'],
      [{ ...good, tables: { ...good.tables, roles: {} } }, 'bad-rows', '/tables/roles'],
      [{ ...good, tables: { ...good.tables, roles: [7] } }, 'bad-row', '/tables/roles/0'],
      [{ ...good, tables: { ...good.tables, roles: [{ id: 'r', 'a/b': 1 }] } }, 'unknown-column', '/tables/roles/0/a~1b'],
      [{ ...good, tables: { ...good.tables, roles: [{ id: 'r', name: { __proto__: 1 } }] } }, 'bad-value', '/tables/roles/0/name'],
    ];
    for (const [doc, code, pointer] of cases) {
      const r = await importExport(target, doc);
      expect(r, code).toMatchObject({ ok: false, error: { status: 400, code, pointer } });
    }
    expect(await rowsOf(target, 'users', ['id'])).toEqual([]);
  });

  it('writes nothing when the database refuses a row halfway through', async () => {
    const doc = JSON.parse(await exportText(source));
    doc.tables.user_roles.push(doc.tables.user_roles[0]);
    const r = await importExport(target, doc);
    expect(r).toMatchObject({ ok: false, error: { code: 'import-failed', pointer: '/tables/user_roles' } });
    expect(await rowsOf(target, 'users', ['id'])).toEqual([]);
    expect(await rowsOf(target, 'audit_head', ['id'])).toEqual([{ id: 1, seq: 0, hash: '0'.repeat(64) }]);
    expect((await importExport(target, JSON.parse(await exportText(source)))).ok).toBe(true);
  });
});
