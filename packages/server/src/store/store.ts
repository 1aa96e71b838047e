// The store port: a Kysely handle on one of two dialects. Repositories take a `Db` (the handle or
// a transaction) so the command runner can put several of them in one transaction.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Database> | Transaction<Database>;

export interface Store {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  /** Cheap reachability check for /api/health. Never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
