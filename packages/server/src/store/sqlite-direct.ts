// Statements run straight on the better-sqlite3 handle, for the command path's hot statements
// inside a transaction. Kysely's executor costs about 3.6 µs a statement over the prepared
// statement itself (0.6 µs; docs/performance.md, http.bench.ts), and an approval runs eight or
// more in its transaction. Only inside a transaction: Kysely holds its one connection for the
// transaction's length, so nothing else runs on it meanwhile; outside one, another request's open
// transaction could be read before it commits. Values stay bound parameters.
import type BetterSqlite3 from 'better-sqlite3';
import type { Db, Store } from './store.ts';

export interface DirectResult<R> {
  rows: R[];
  numAffectedRows?: bigint;
}

export interface SqliteDirect {
  /** Runs `sql` with `parameters` when `db` is a transaction; undefined otherwise (use Kysely). */
  execute<R>(db: Db, sql: string, parameters: readonly unknown[]): DirectResult<R> | undefined;
}

/** `prepare` is the store's cached one (sqlite-store.ts), so each text is prepared once. */
export function createSqliteDirect(prepare: (sql: string) => BetterSqlite3.Statement): SqliteDirect {
  return {
    execute<R>(db: Db, sql: string, parameters: readonly unknown[]): DirectResult<R> | undefined {
      if (!db.isTransaction) return undefined;
      const stmt = prepare(sql);
      if (stmt.reader) return { rows: stmt.all(...parameters) as R[] };
      return { rows: [], numAffectedRows: BigInt(stmt.run(...parameters).changes) };
    },
  };
}

/** The direct path of a SQLite store opened by openSqliteStore, or undefined (PostgreSQL, other stores). */
export function sqliteDirectOf(store: Store): SqliteDirect | undefined {
  return (store as Store & { direct?: SqliteDirect }).direct;
}
