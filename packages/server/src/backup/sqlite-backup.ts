// The online SQLite backup: SQLite's backup API through better-sqlite3 copies a consistent image
// of the file while a server keeps writing to it (WAL). Restoring is starting a server on the copy.
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { failure } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';

export type BackupResult = { ok: true; value: { pages: number } } | { ok: false; error: ApiFailure };

/** Copies `source` (a Baton SQLite file) to `target`, which must not exist. Never throws. */
export async function backupSqliteFile(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) return { ok: false, error: failure(404, 'no-database', `There is no database at ${source}.`, `${source} 处没有数据库。`) };
  if (existsSync(target)) return { ok: false, error: failure(409, 'target-exists', `${target} already exists; choose a new file name.`, `${target} 已存在；请换一个文件名。`) };
  let raw: BetterSqlite3.Database | undefined;
  try {
    raw = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
    raw.pragma('busy_timeout = 5000');
    const migrated = raw.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'").get() as { n: number };
    if (Number(migrated.n) === 0) return { ok: false, error: failure(400, 'not-baton', `${source} is not a Baton database.`, `${source} 不是 Baton 数据库。`) };
    const done = await raw.backup(target);
    return { ok: true, value: { pages: done.totalPages } };
  } catch (e) {
    return { ok: false, error: failure(500, 'backup-failed', `The backup failed: ${e instanceof Error ? e.message : String(e)}.`, `备份失败：${e instanceof Error ? e.message : String(e)}。`) };
  } finally {
    raw?.close();
  }
}
