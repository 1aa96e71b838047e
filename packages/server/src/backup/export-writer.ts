// Writes the JSON export as a stream of text chunks, one page of rows at a time, all read in ONE
// transaction so the file is a consistent snapshot while the server keeps running: REPEATABLE READ
// on PostgreSQL; on a SQLite file a second, read-only connection whose transaction reads one WAL
// snapshot, so the server's own connection keeps writing meanwhile.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely as KyselyDb, SqliteDialect } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.ts';
import type { ExportHeader, ExportRow } from './export-format.ts';
import { appliedMigrations, listTables } from './table-catalog.ts';
import type { TableInfo } from './table-catalog.ts';

const PAGE = 1000;

/** Binary columns (attachment bytes): base64 text in the file, bytes again on import. */
export const BINARY_TYPES = new Set(['blob', 'bytea']);

/** PostgreSQL answers int8 columns as strings; the file holds them as numbers on both dialects. */
export function normaliseRow(table: TableInfo, row: Record<string, unknown>): ExportRow {
  const out: ExportRow = {};
  for (const c of table.columns) {
    const v = row[c.name];
    if (v === undefined || v === null) out[c.name] = null;
    else if (v instanceof Uint8Array) out[c.name] = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    else if (typeof v === 'string' && /^(int8|bigint|int4|integer|int2|smallint|bigserial|serial)$/.test(c.type) && /^-?\d+$/.test(v)) out[c.name] = Number(v);
    else if (v instanceof Date) out[c.name] = v.toISOString();
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[c.name] = v;
    else out[c.name] = String(v);
  }
  return out;
}

/**
 * The export, chunk by chunk: `write` is awaited for each chunk (backpressure). Resolves with the
 * row count of each table.
 */
export async function writeExport(store: Store, now: string, write: (chunk: string) => Promise<void>): Promise<Record<string, number>> {
  const reader = store.dialect === 'sqlite' ? await sqliteReader(store) : undefined;
  try {
    return await exportFrom(reader ?? store.db, store.dialect, now, write);
  } finally {
    await reader?.destroy();
  }
}

/** A read-only connection to the store's SQLite file (none for an in-memory database). */
async function sqliteReader(store: Store): Promise<KyselyDb<Database> | undefined> {
  const files = (await store.db.selectFrom('pragma_database_list' as never).selectAll().execute()) as Array<{ name: string; file: string }>;
  const file = files.find((f) => f.name === 'main')?.file;
  if (!file) return undefined;
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  raw.pragma('busy_timeout = 5000');
  return new KyselyDb<Database>({ dialect: new SqliteDialect({ database: raw }) });
}

async function exportFrom(source: KyselyDb<Database>, dialect: Store['dialect'], now: string, write: (chunk: string) => Promise<void>): Promise<Record<string, number>> {
  let tx = source.transaction();
  if (dialect === 'postgres') tx = tx.setIsolationLevel('repeatable read');
  return tx.execute(async (trx) => {
    const db = trx as unknown as Kysely<any>;
    const tables = await listTables(db, dialect);
    const header: ExportHeader = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, source: { dialect }, migrations: await appliedMigrations(db) };
    const counts: Record<string, number> = {};
    await write(JSON.stringify(header).slice(0, -1) + ',"tables":{');
    for (const [ti, table] of tables.entries()) {
      await write(`${ti === 0 ? '' : ','}\n${JSON.stringify(table.name)}:[`);
      let n = 0;
      // One-column keys page by key (each page an index seek); composite keys by offset.
      const key = table.orderBy.length === 1 ? table.orderBy[0]! : undefined;
      let last: unknown;
      for (;;) {
        let q = db.selectFrom(table.name).selectAll();
        for (const col of table.orderBy) q = q.orderBy(col);
        if (key !== undefined && last !== undefined) q = q.where(key, '>', last);
        const rows = (await (key !== undefined ? q.limit(PAGE) : q.limit(PAGE).offset(n)).execute()) as Record<string, unknown>[];
        if (rows.length > 0) await write((n === 0 ? '\n' : ',\n') + rows.map((r) => JSON.stringify(normaliseRow(table, r))).join(',\n'));
        n += rows.length;
        if (key !== undefined && rows.length > 0) last = rows[rows.length - 1]![key];
        if (rows.length < PAGE) break;
      }
      await write(']');
      counts[table.name] = n;
    }
    await write('\n}}\n');
    return counts;
  });
}
