import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startSqliteCheckpointer, walWriteGateOf } from './sqlite-checkpointer.ts';
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

  it('once the WAL passes the restart size, beforeWrite holds the writer for a catch-up and the next write starts the WAL over', async () => {
    const file = tempFile();
    const writer = walWithFrames(file, 400);
    const ins = writer.prepare('insert into t (v) values (?)');
    const cp = startSqliteCheckpointer(file, 10, 50);
    try {
      // A sustained writer: frames land while the worker copies, so it never quite catches up
      // (a writer that pauses lets it catch up, and the WAL starts over without any hold).
      let gate: Promise<void> | undefined;
      for (let round = 0; round < 100 && !gate; round++) {
        const until = performance.now() + 30;
        while (performance.now() < until) ins.run('y'.repeat(500));
        await new Promise((r) => setTimeout(r, 5));
        gate = cp.beforeWrite();
      }
      expect(gate).toBeInstanceOf(Promise);
      const grown = await cp.checkpoint();
      await gate;
      // Caught up: no gate until the WAL grows again, and the next write starts it over.
      expect(cp.beforeWrite()).toBeUndefined();
      ins.run('restart');
      const after = await cp.checkpoint();
      expect(after.log).toBeLessThan(grown.log!);
      expect(after.log).toBeLessThanOrEqual(2);
      expect((writer.prepare('select count(*) as n from t').get() as { n: number }).n).toBeGreaterThan(400);
    } finally {
      await cp.stop();
      writer.close();
    }
    expect(cp.beforeWrite()).toBeUndefined();
  });

  it('a file store offers the write gate; :memory: and interval 0 do not', async () => {
    const file = tempFile();
    const background = await openSqliteStore({ file });
    expect(typeof walWriteGateOf(background)).toBe('function');
    expect(walWriteGateOf(background)!()).toBeUndefined();
    await background.close();
    const inline = await openSqliteStore({ file, checkpointIntervalMs: 0 });
    expect(walWriteGateOf(inline)).toBeUndefined();
    await inline.close();
    const memory = await openSqliteStore({ file: ':memory:' });
    expect(walWriteGateOf(memory)).toBeUndefined();
    await memory.close();
  });
});
