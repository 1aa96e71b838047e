// The keyword index of archived requests, behind one small interface because the SQL differs per
// dialect: an FTS5 table keyed by archive_entries.id on SQLite, a tsvector column with a GIN index
// on PostgreSQL. Every write runs in the caller's transaction, so the index never disagrees with
// archive_entries.
import type { SelectQueryBuilder } from 'kysely';
import type { Db, Dialect } from '../store/store.ts';
import type { KeywordTerm } from './archive-text.ts';
import { postgresArchiveIndex } from './postgres-archive-index.ts';
import { sqliteArchiveIndex } from './sqlite-archive-index.ts';

/** archive_entries as `e`, possibly joined with the index; typed loosely as two shapes share it. */
export type EntrySource = SelectQueryBuilder<any, any, {}>;

export interface ArchiveIndex {
  /** Indexes the text of entry `entryId`. */
  add(tx: Db, entryId: number, text: string): Promise<void>;
  /** Drops entries from the index (before their archive_entries rows go). */
  remove(tx: Db, entryIds: readonly number[]): Promise<void>;
  /**
   * The entries matching every term (all entries when `terms` is empty), and the column that
   * orders them newest archived first (the entry id, as the index knows it).
   */
  source(db: Db, terms: readonly KeywordTerm[]): { qb: EntrySource; idColumn: string };
}

export function archiveIndexFor(dialect: Dialect): ArchiveIndex {
  return dialect === 'postgres' ? postgresArchiveIndex() : sqliteArchiveIndex();
}
