import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_AUTOCHECKPOINT_PAGES, HOLD_LIMIT_MS, startSqliteCheckpointer, walWriteGateOf } from './sqlite-checkpointer.ts';
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

  it('once the WAL passes the restart size with frames left to copy, beforeWrite holds the writer for a catch-up and the next write starts the WAL over', async () => {
    const file = tempFile();
    const writer = walWithFrames(file, 400);
    const ins = writer.prepare('insert into t (v) values (?)');
    const cp = startSqliteCheckpointer(file, 0, { restartPages: 50 });
    const reader = new BetterSqlite3(file);
    try {
      // All copied: a long WAL alone asks for no hold (the next write starts it over by itself).
      expect((await cp.checkpoint()).checkpointed).toBeGreaterThan(50);
      expect(cp.beforeWrite()).toBeUndefined();
      // A reader's open snapshot keeps the frames written after it from being copied back, as
      // frames written while the worker copies do under sustained load. (Its snapshot holds a few
      // frames: a reader of a fully copied WAL reads the database file and blocks no copying.)
      for (let i = 0; i < 5; i++) ins.run('x'.repeat(500));
      reader.exec('begin');
      reader.prepare('select count(*) from t').get();
      for (let i = 0; i < 100; i++) ins.run('y'.repeat(500));
      const partial = await cp.checkpoint();
      expect(partial.checkpointed).toBeLessThan(partial.log!);
      reader.exec('commit');
      const gate = cp.beforeWrite();
      expect(gate).toBeInstanceOf(Promise);
      expect(cp.beforeWrite()).toBe(gate);
      await gate;
      expect(cp.beforeWrite()).toBeUndefined();
      ins.run('restart');
      const after = await cp.checkpoint();
      expect(after.log).toBeLessThan(partial.log!);
      expect(after.log).toBeLessThanOrEqual(2);
      expect((writer.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(506);
    } finally {
      reader.close();
      await cp.stop();
      writer.close();
    }
    expect(cp.beforeWrite()).toBeUndefined();
  });

  // Stand-in workers: each answers the first checkpoint asked of it with a long WAL and frames
  // left to copy (so a hold becomes due), then misbehaves on the next one.
  const fakeWorker = (then: 'exit' | 'hang') => {
    const script = join(mkdtempSync(join(tmpdir(), 'baton-checkpoint-')), 'worker.mjs');
    dirs.push(dirname(script));
    writeFileSync(script, [
      "import { parentPort } from 'node:worker_threads';",
      'let asked = 0;',
      'parentPort.on("message", (m) => {',
      '  if (asked++ === 0) return parentPort.postMessage({ id: m.id, result: { ok: true, log: 5000, checkpointed: 10 } });',
      then === 'exit' ? '  process.exit(1);' : '  // never answers',
      '});',
    ].join('\n'));
    return pathToFileURL(script);
  };

  it('a worker that dies while the writer holds for it releases the writer at once; no hold is asked again', async () => {
    const file = tempFile();
    walWithFrames(file, 1).close();
    const cp = startSqliteCheckpointer(file, 0, { restartPages: 50, workerUrl: fakeWorker('exit') });
    expect(await cp.checkpoint()).toMatchObject({ ok: true, log: 5000 });
    const gate = cp.beforeWrite();
    expect(gate).toBeInstanceOf(Promise);
    const t0 = performance.now();
    await gate;
    expect(performance.now() - t0).toBeLessThan(HOLD_LIMIT_MS);
    expect(cp.beforeWrite()).toBeUndefined();
    expect(await cp.checkpoint()).toMatchObject({ ok: false });
    await cp.stop();
  });

  it('a worker that stops answering holds the writer at most HOLD_LIMIT_MS', async () => {
    const file = tempFile();
    walWithFrames(file, 1).close();
    const cp = startSqliteCheckpointer(file, 0, { restartPages: 50, workerUrl: fakeWorker('hang') });
    try {
      await cp.checkpoint();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const gate = cp.beforeWrite()!;
      let released = false;
      void gate.then(() => (released = true));
      await vi.advanceTimersByTimeAsync(HOLD_LIMIT_MS - 1);
      expect(released).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(released).toBe(true);
      expect(cp.beforeWrite()).toBeUndefined();
    } finally {
      vi.useRealTimers();
      await cp.stop();
    }
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
