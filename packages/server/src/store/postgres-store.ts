// The PostgreSQL store (DATABASE_URL): a pg pool under Kysely. Row locks (FOR UPDATE) serialise
// what must be serial; everything else runs concurrently.
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './database.ts';
import { migratedStore } from './migrated-store.ts';
import type { Store } from './store.ts';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Pool size (default 10). */
  max?: number;
}

/** Connects to and migrates a PostgreSQL store. Throws if the server cannot be reached. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return migratedStore(db, 'postgres');
}
