// The embedded store: one SQLite file in WAL mode. better-sqlite3 is synchronous, so Kysely runs
// every query on one connection and serialises transactions; WAL lets readers proceed meanwhile.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.ts';
import { migratedStore } from './migrated-store.ts';
import type { Store } from './store.ts';

export interface SqliteStoreOptions {
  /** A file path, or ":memory:". */
  file: string;
}

/** Opens (creating if needed) and migrates a SQLite store. Throws if the file cannot be opened. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const raw = new BetterSqlite3(options.file);
  applySqlitePragmas(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return migratedStore(db, 'sqlite');
}

/** The pragmas every Baton SQLite connection uses (also used by the bench's bare baseline). */
export function applySqlitePragmas(raw: BetterSqlite3.Database): void {
  raw.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives an application crash; only power loss may lose the
  // last transactions. The documented recommendation for WAL.
  raw.pragma('synchronous = NORMAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
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
