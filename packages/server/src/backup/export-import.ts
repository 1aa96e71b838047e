// Loads a JSON export into an EMPTY database (either dialect) in ONE transaction: the file is
// checked first, the target must hold nothing but what its migrations wrote, and any failure
// rolls everything back. Sequences (the audit seq on PostgreSQL) continue after the imported rows.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { failure } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { rebuildDerivedIndexes } from './derived-indexes.ts';
import { checkExportDocument } from './export-format.ts';
import { BINARY_TYPES, normaliseRow } from './export-writer.ts';
import { appliedMigrations, listTables } from './table-catalog.ts';
import type { TableInfo } from './table-catalog.ts';

export type ImportResult = { ok: true; value: { tables: Record<string, number> } } | { ok: false; error: ApiFailure };

// Bound parameters per INSERT stay well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMS = 20_000;

/** Imports a parsed export file. Never throws for a bad file or a non-empty target. */
export async function importExport(store: Store, doc: unknown): Promise<ImportResult> {
  const db = store.db as unknown as Kysely<any>;
  const tables = await listTables(db, store.dialect);
  const checked = checkExportDocument(doc, tables, await appliedMigrations(db));
  if (!checked.ok) return checked;
  const occupied = await firstOccupiedTable(db, tables);
  if (occupied) {
    return { ok: false, error: failure(409, 'not-empty', `The target database is not empty (table "${occupied}" has rows). Import only into a new, empty database.`, `目标数据库不是空的（表 "${occupied}" 有数据）。只能导入到新的空数据库。`, { pointer: `/tables/${occupied}` }) };
  }
  const counts: Record<string, number> = {};
  let current = '';
  try {
    await store.db.transaction().execute(async (trx) => {
      const tx = trx as unknown as Kysely<any>;
      // Only the rows the migrations wrote (org_meta, audit_head...) are here: the file replaces them.
      for (const t of [...tables].reverse()) await tx.deleteFrom(t.name).execute();
      current = tables[0]?.name ?? '';
      for (const t of tables) {
        current = t.name;
        const binary = t.columns.filter((col) => BINARY_TYPES.has(col.type)).map((col) => col.name);
        const rows = (checked.value.tables[t.name] ?? []).map((r) => (binary.length === 0 ? r : decodeBinary(r, binary)));
        const per = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, t.columns.length)));
        for (let i = 0; i < rows.length; i += per) await tx.insertInto(t.name).values(rows.slice(i, i + per)).execute();
        counts[t.name] = rows.length;
        if (store.dialect === 'postgres') {
          for (const c of t.columns.filter((col) => col.autoIncrement)) {
            await sql`select setval(pg_get_serial_sequence(${t.name}, ${c.name}), (select coalesce(max(${sql.ref(c.name)}), 0) from ${sql.table(t.name)}) + 1, false)`.execute(tx);
          }
        }
      }
      current = 'archive_entries';
      await rebuildDerivedIndexes(trx, store.dialect);
    });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: failure(400, 'import-failed', `Nothing was imported: the rows of "${current}" were refused by the database (${reason}).`, `未导入任何数据：数据库拒绝了表 "${current}" 的行（${reason}）。`, { pointer: `/tables/${current}` }) };
  }
  return { ok: true, value: { tables: counts } };
}

/** The first table holding rows beyond what a fresh migration writes, or undefined when empty. */
async function firstOccupiedTable(db: Kysely<any>, tables: readonly TableInfo[]): Promise<string | undefined> {
  const fresh = await openSqliteStore({ file: ':memory:' });
  try {
    const freshDb = fresh.db as unknown as Kysely<any>;
    for (const t of tables) {
      const rows = await readAll(db, t);
      if (rows.length === 0) continue;
      const baseline = await readAll(freshDb, t).catch(() => []);
      if (canonicalJson(rows) !== canonicalJson(baseline)) return t.name;
    }
    return undefined;
  } finally {
    await fresh.close();
  }
}

async function readAll(db: Kysely<any>, t: TableInfo) {
  let q = db.selectFrom(t.name).selectAll();
  for (const col of t.orderBy) q = q.orderBy(col);
  return ((await q.limit(100).execute()) as Record<string, unknown>[]).map((r) => normaliseRow(t, r));
}

/** The file's base64 text back into bytes for the table's binary columns. */
function decodeBinary(row: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  const out = { ...row };
  for (const c of columns) if (typeof out[c] === 'string') out[c] = Buffer.from(out[c] as string, 'base64');
  return out;
}
