import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteDirectOf } from './sqlite-direct.ts';
import type { SqliteDirect } from './sqlite-direct.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

describe('sqliteDirectOf / execute', () => {
  let store: Store;
  let direct: SqliteDirect;
  beforeEach(async () => {
    store = await openSqliteStore({ file: ':memory:' });
    direct = sqliteDirectOf(store)!;
  });
  afterEach(async () => store.close());

  it('runs only inside a transaction: outside one it answers undefined and writes nothing', async () => {
    expect(direct).toBeDefined();
    expect(direct.execute(store.db, 'update "audit_head" set "seq" = ? where "id" = 1', [7])).toBeUndefined();
    const row = await store.db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(Number(row.seq)).toBe(0);
  });

  it('writes and reads inside the transaction, counts affected rows, and rolls back with it', async () => {
    await expect(store.db.transaction().execute(async (tx) => {
      expect(direct.execute(tx, 'update "audit_head" set "seq" = ? where "id" = ?', [9, 1])?.numAffectedRows).toBe(1n);
      expect(direct.execute(tx, 'update "audit_head" set "seq" = ? where "id" = ?', [9, 2])?.numAffectedRows).toBe(0n);
      expect(direct.execute(tx, 'select "seq" from "audit_head" where "id" = ?', [1])?.rows).toEqual([{ seq: 9 }]);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    const row = await store.db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(Number(row.seq)).toBe(0);
  });

  it('binds hostile text as a value, and commits with the transaction', async () => {
    const hostile = `x'; drop table audit; --`;
    await store.db.transaction().execute(async (tx) => {
      direct.execute(tx, 'update "audit_head" set "hash" = ? where "id" = 1', [hostile]);
    });
    const row = await store.db.selectFrom('audit_head').select('hash').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(row.hash).toBe(hostile);
    expect(await store.db.selectFrom('audit').select('seq').execute()).toEqual([]);
  });

  it('throws the database error for a bad statement (a programmer error), as Kysely would', async () => {
    await expect(store.db.transaction().execute(async (tx) => {
      direct.execute(tx, 'insert into "audit_head" ("id", "seq", "hash") values (?, ?, ?)', [1, 0, 'dup']);
    })).rejects.toThrow(/UNIQUE/);
  });
});
