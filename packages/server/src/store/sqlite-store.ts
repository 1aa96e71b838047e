// The embedded store: one SQLite file in WAL mode. better-sqlite3 is synchronous, so Kysely runs
// every query on one connection and serialises transactions; WAL lets readers proceed meanwhile.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.ts';
import { migratedStore } from './migrated-store.ts';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startSqliteCheckpointer } from './sqlite-checkpointer.ts';
import { createSqliteDirect } from './sqlite-direct.ts';
import type { SqliteDirect } from './sqlite-direct.ts';
import type { Store } from './store.ts';

export interface SqliteStoreOptions {
  /** A file path, or ":memory:". */
  file: string;
  /**
   * How often a worker thread checkpoints the WAL (sqlite-checkpointer.ts), in ms; default 100.
   * 0: no worker, SQLite checkpoints inside the commits as it does by default.
   */
  checkpointIntervalMs?: number;
}

/** Opens (creating if needed) and migrates a SQLite store. Throws if the file cannot be opened. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const raw = new BetterSqlite3(options.file);
  applySqlitePragmas(raw);
  const cached = withStatementCache(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
  const store = await migratedStore(db, 'sqlite');
  const direct = createSqliteDirect((text) => cached.prepare(text));
  const interval = options.checkpointIntervalMs ?? 100;
  const checkpointer = options.file === ':memory:' || interval <= 0 ? undefined : startSqliteCheckpointer(options.file, interval);
  if (checkpointer) raw.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  // `direct` and `beforeWrite` ride beside the Store interface (sqliteDirectOf, walWriteGateOf).
  const opened: Store & { direct: SqliteDirect; beforeWrite?: () => Promise<void> | undefined } = {
    dialect: store.dialect,
    db: store.db,
    direct,
    ...(checkpointer ? { beforeWrite: () => checkpointer.beforeWrite() } : {}),
    ping: () => store.ping(),
    async close() {
      await checkpointer?.stop();
      await store.close();
    },
  };
  return opened;
}

/** The pragmas every Baton SQLite connection uses (also used by the bench's bare baseline). */
export function applySqlitePragmas(raw: BetterSqlite3.Database): void {
  raw.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives an application crash; only power loss may lose the
  // last transactions. The documented recommendation for WAL.
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  // Group commit gives each command a savepoint; its sub-journal belongs in memory, not in a temp
  // file (SQLITE_TEMP_STORE=1 in better-sqlite3's build): about a tenth of an approval's CPU.
  raw.pragma('temp_store = MEMORY');
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs more than running the small
 * queries Baton makes. Statements are reused by SQL text (Kysely binds values as parameters, so
 * the texts are few), in a bounded map.
 */
function withStatementCache(raw: BetterSqlite3.Database, max = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(raw, {
    get(target, prop, receiver) {
      if (prop === 'prepare') {
        return (text: string) => {
          let stmt = cache.get(text);
          if (!stmt) {
            stmt = target.prepare(text);
            if (cache.size >= max) cache.delete(cache.keys().next().value as string);
            cache.set(text, stmt);
          }
          return stmt;
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
