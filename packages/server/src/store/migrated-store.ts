// What both dialects do once Kysely has a connection: migrate to the latest schema, then wrap the
// handle as a Store. A failed migration closes the handle and throws (the server cannot start).
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrations.ts';
import type { Dialect, Store } from './store.ts';

export async function migratedStore(db: Kysely<Database>, dialect: Dialect): Promise<Store> {
  const result = await migrateToLatest(db, dialect);
  if (result.error) {
    await db.destroy();
    throw new Error(`${dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'} migration failed: ${String(result.error)}`);
  }
  return {
    dialect,
    db,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}
