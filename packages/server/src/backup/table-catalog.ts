// The tables a backup covers, read from the database itself after migration (never a hand-kept
// list, so tables other migrations add are included the day they land), in an order that
// satisfies foreign keys: a table comes after every table it references.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../store/store.ts';

export interface ColumnInfo {
  name: string;
  /** The dialect's type name, lower-cased ("integer", "int8", "text", "varchar"...). */
  type: string;
  /** Filled from a sequence (PostgreSQL serial) or SQLite AUTOINCREMENT. */
  autoIncrement: boolean;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** Primary-key columns in key order (all columns when the table has none), for a stable row order. */
  orderBy: string[];
  /** Tables this one references. */
  references: string[];
}

const INTERNAL = /^kysely_migration/;
/** Search-index types: derived from other columns, different per dialect, rebuilt on import. */
const DERIVED_TYPES = new Set(['tsvector']);

/**
 * Every application table, referenced tables first. Left out as derived data: SQLite virtual
 * tables (FTS5) with their shadow tables, and PostgreSQL tsvector columns (derived-indexes.ts
 * rebuilds them). Never throws for an empty database.
 */
export async function listTables(db: Kysely<any>, dialect: Dialect): Promise<TableInfo[]> {
  const virtual = dialect === 'sqlite' ? await sqliteVirtualTables(db) : [];
  const derived = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
  const meta = (await db.introspection.getTables()).filter((t) => !INTERNAL.test(t.name) && !t.isView && !derived(t.name));
  const keys = dialect === 'postgres' ? await postgresKeys(db) : await sqliteKeys(db, meta.map((t) => t.name));
  const tables = meta.map<TableInfo>((t) => {
    const columns = t.columns.filter((c) => !DERIVED_TYPES.has(c.dataType.toLowerCase())).map((c) => ({ name: c.name, type: c.dataType.toLowerCase(), autoIncrement: c.isAutoIncrementing }));
    const pk = keys.primary.get(t.name) ?? [];
    return { name: t.name, columns, orderBy: pk.length > 0 ? pk : columns.map((c) => c.name), references: [...new Set(keys.foreign.get(t.name) ?? [])].filter((r) => r !== t.name) };
  });
  return referencedFirst(tables);
}

interface Keys {
  primary: Map<string, string[]>;
  foreign: Map<string, string[]>;
}

async function sqliteVirtualTables(db: Kysely<any>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%'`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function sqliteKeys(db: Kysely<any>, names: string[]): Promise<Keys> {
  const out: Keys = { primary: new Map(), foreign: new Map() };
  for (const name of names) {
    const cols = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name})`.execute(db);
    out.primary.set(name, cols.rows.filter((c) => Number(c.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((c) => c.name));
    const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(db);
    out.foreign.set(name, fks.rows.map((f) => f.table));
  }
  return out;
}

async function postgresKeys(db: Kysely<any>): Promise<Keys> {
  const out: Keys = { primary: new Map(), foreign: new Map() };
  const pks = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
    order by kcu.table_name, kcu.ordinal_position`.execute(db);
  for (const r of pks.rows) out.primary.set(r.table_name, [...(out.primary.get(r.table_name) ?? []), r.column_name]);
  const fks = await sql<{ table_name: string; referenced: string }>`
    select tc.table_name, ccu.table_name as referenced from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
  for (const r of fks.rows) out.foreign.set(r.table_name, [...(out.foreign.get(r.table_name) ?? []), r.referenced]);
  return out;
}

/** Topological order by name for determinism; a reference cycle keeps the remaining tables by name. */
function referencedFirst(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo, path: Set<string>) => {
    if (done.has(t.name) || path.has(t.name)) return;
    path.add(t.name);
    for (const r of [...t.references].sort()) {
      const ref = byName.get(r);
      if (ref) visit(ref, path);
    }
    done.add(t.name);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t, new Set());
  return out;
}

/** The names of the migrations applied to this database, in order. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const rows = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
  return rows.map((r: { name: string }) => r.name);
}
