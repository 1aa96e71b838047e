import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startSqliteCheckpointer } from './sqlite-checkpointer.ts';
import { openSqliteStore } from './sqlite-store.ts';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-checkpoint-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A WAL database whose writer never checkpoints by itself, with `rows` rows committed. */
function walWithFrames(file: string, rows: number): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table t (id integer primary key, v text)');
  const ins = db.prepare('insert into t (v) values (?)');
  for (let i = 0; i < rows; i++) ins.run('x'.repeat(500));
  return db;
}

describe('startSqliteCheckpointer', () => {
  it('copies the WAL frames another connection committed into the database file', async () => {
    const file = tempFile();
    const writer = walWithFrames(file, 200);
    const before = statSync(file).size;
    const cp = startSqliteCheckpointer(file, 0);
    try {
      const r = await cp.checkpoint();
      expect(r.ok).toBe(true);
      expect(r.log).toBeGreaterThan(0);
      expect(r.checkpointed).toBe(r.log);
      expect(statSync(file).size).toBeGreaterThan(before);
      // The writer keeps working, and sees its rows.
      writer.prepare('insert into t (v) values (?)').run('after');
      expect((writer.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(201);
    } finally {
      await cp.stop();
      writer.close();
    }
  });

  it('answers a failure as a value after it has stopped, and stops twice without harm', async () => {
    const file = tempFile();
    walWithFrames(file, 1).close();
    const cp = startSqliteCheckpointer(file, 0);
    await cp.stop();
    await cp.stop();
    expect(await cp.checkpoint()).toMatchObject({ ok: false });
  });

  it('a file store hands checkpoints to the worker (its own threshold raised), closes cleanly; 0 and :memory: keep SQLite\'s own', async () => {
    const threshold = async (store: Awaited<ReturnType<typeof openSqliteStore>>) =>
      Number((await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db)).rows[0]?.wal_autocheckpoint);
    const file = tempFile();
    const inline = await openSqliteStore({ file, checkpointIntervalMs: 0 });
    expect(await threshold(inline)).toBe(1000);
    await inline.close();
    const background = await openSqliteStore({ file });
    expect(await threshold(background)).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
    expect(await background.ping()).toBe(true);
    await background.close();
    const memory = await openSqliteStore({ file: ':memory:' });
    expect(await threshold(memory)).toBe(1000);
    await memory.close();
  });
});
