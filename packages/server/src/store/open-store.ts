// Opens the store the environment names: PostgreSQL when DATABASE_URL is set, else the SQLite
// file under BATON_DATA_DIR (default ./data). Shared by `pnpm start` and tools such as
// `baton audit verify`.
import { join, resolve } from 'node:path';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export function sqliteFileFor(env: Record<string, string | undefined>, cwd: string): string {
  return join(resolve(cwd, env.BATON_DATA_DIR ?? './data'), 'baton.sqlite');
}

export async function openStoreFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Promise<Store> {
  return env.DATABASE_URL ? openPostgresStore({ connectionString: env.DATABASE_URL }) : openSqliteStore({ file: sqliteFileFor(env, cwd) });
}
