import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Db, Store } from '../store/store.ts';
import { compiledTemplate } from './compiled-query.ts';
import { sqliteDirectOf } from '../store/sqlite-direct.ts';
import type { SqliteDirect } from '../store/sqlite-direct.ts';

describe('compiledTemplate', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore({ file: ':memory:' });
  });
  afterEach(async () => store.close());

  it('runs one compiled shape with fresh arguments each time, literals kept', async () => {
    const db = store.db;
    const setHead = compiledTemplate<[number, string], unknown>((arg) => db.updateTable('audit_head').set({ seq: arg(0), hash: arg(1) }).where('id', '=', 1));
    const readHead = compiledTemplate<[number], { seq: number; hash: string }>((arg) => db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', arg(0)));
    expect(Number((await setHead.run(db, 5, 'five')).numAffectedRows)).toBe(1);
    expect((await readHead.run(db, 1)).rows).toEqual([{ seq: 5, hash: 'five' }]);
    await setHead.run(db, 6, 'six');
    expect((await readHead.run(db, 1)).rows).toEqual([{ seq: 6, hash: 'six' }]);
    expect((await readHead.run(db, 2)).rows).toEqual([]);
  });

  it('binds hostile text as a value, never as SQL', async () => {
    const db = store.db;
    const setHead = compiledTemplate<[string], unknown>((arg) => db.updateTable('audit_head').set({ hash: arg(0) }).where('id', '=', 1));
    const hostile = `x'; drop table audit; --`;
    await setHead.run(db, hostile);
    const row = await db.selectFrom('audit_head').select('hash').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(row.hash).toBe(hostile);
    expect(await db.selectFrom('audit').select('seq').execute()).toEqual([]);
  });

  it('runs inside a transaction, which rolls back with it', async () => {
    const db = store.db;
    const setHead = compiledTemplate<[number], unknown>((arg) => db.updateTable('audit_head').set({ seq: arg(0) }).where('id', '=', 1));
    await expect(db.transaction().execute(async (tx) => {
      await setHead.run(tx, 42);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    const row = await db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(Number(row.seq)).toBe(0);
  });

  it('with the direct path, answers the same inside a transaction (rolled back with it) and outside one', async () => {
    const db = store.db;
    const direct = sqliteDirectOf(store)!;
    let directCalls = 0;
    const counting: SqliteDirect = { execute: <R>(d: Db, text: string, params: readonly unknown[]) => {
      const r = direct.execute<R>(d, text, params);
      if (r) directCalls++;
      return r;
    } };
    const setHead = compiledTemplate<[number], unknown>((arg) => db.updateTable('audit_head').set({ seq: arg(0) }).where('id', '=', 1), counting);
    const readHead = compiledTemplate<[number], { seq: number }>((arg) => db.selectFrom('audit_head').select('seq').where('id', '=', arg(0)), counting);
    await expect(db.transaction().execute(async (tx) => {
      expect(Number((await setHead.run(tx, 3)).numAffectedRows)).toBe(1);
      expect((await readHead.run(tx, 1)).rows).toEqual([{ seq: 3 }]);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(directCalls).toBe(2);
    expect((await readHead.run(db, 1)).rows).toEqual([{ seq: 0 }]);
    expect(Number((await setHead.run(db, 4)).numAffectedRows)).toBe(1);
    expect(directCalls).toBe(2);
    expect((await readHead.run(db, 1)).rows).toEqual([{ seq: 4 }]);
  });

  it('throws (a programmer error) when a placeholder ends up inside SQL text', async () => {
    const db = store.db;
    const broken = compiledTemplate<[string], unknown>((arg) => db.selectFrom('audit_head').select('seq').where('id', '=', 1).orderBy(arg(0)));
    await expect(broken.run(db, 'seq')).rejects.toThrow('placeholder');
  });
});
