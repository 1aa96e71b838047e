import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { createWriteQueue } from './write-queue.ts';

describe('write queue (group commit)', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  const role = (id: string) => store.db.selectFrom('roles').select('id').where('id', '=', id).executeTakeFirst();

  it('runs concurrent work in one transaction, rolling back only the work that failed', async () => {
    const q = createWriteQueue(store.db, true);
    const results = await Promise.allSettled([
      q.run(async (tx) => {
        await tx.insertInto('roles').values({ id: 'a', name: null }).execute();
        return 'a';
      }),
      q.run(async (tx) => {
        await tx.insertInto('roles').values({ id: 'b', name: null }).execute();
        throw new Error('b fails after writing');
      }),
      q.run(async (tx) => {
        // Sees what the earlier work of the same batch wrote.
        await tx.insertInto('roles').values({ id: 'c', name: (await tx.selectFrom('roles').select('id').where('id', '=', 'a').executeTakeFirst())?.id ?? null }).execute();
        return 'c';
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await role('a')).toBeDefined();
    expect(await role('b')).toBeUndefined();
    expect((await store.db.selectFrom('roles').select('name').where('id', '=', 'c').executeTakeFirstOrThrow()).name).toBe('a');
  });

  it('keeps working after a batch, and rejects duplicates within a batch separately', async () => {
    const q = createWriteQueue(store.db, true);
    await q.run((tx) => tx.insertInto('roles').values({ id: 'x', name: null }).execute());
    const twice = await Promise.allSettled([1, 2].map(() => q.run((tx) => tx.insertInto('roles').values({ id: 'y', name: null }).execute())));
    expect(twice.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await role('x')).toBeDefined();
    expect(await role('y')).toBeDefined();
  });

  it('without grouping runs each work in its own transaction', async () => {
    const q = createWriteQueue(store.db, false);
    await expect(q.run(async (tx) => {
      await tx.insertInto('roles').values({ id: 'z', name: null }).execute();
      throw new Error('no');
    })).rejects.toThrow('no');
    expect(await role('z')).toBeUndefined();
  });

  it('holds the next transaction while the beforeWrite promise is pending; the commands queued meanwhile share one transaction', async () => {
    let release: () => void = () => {};
    let asked: () => void = () => {};
    const holding = new Promise<void>((r) => (asked = r));
    let holds = 0;
    const q = createWriteQueue(store.db, true, {
      beforeWrite: () => {
        if (holds++ > 0) return undefined;
        asked();
        return new Promise<void>((r) => (release = r));
      },
    });
    const txs = new Set<unknown>();
    const runs = ['h1', 'h2', 'h3'].map((id) => q.run(async (tx) => {
      txs.add(tx);
      await tx.insertInto('roles').values({ id, name: null }).execute();
    }));
    await holding;
    await new Promise((r) => setImmediate(r));
    // Nothing written while held.
    expect(await role('h1')).toBeUndefined();
    release();
    await Promise.all(runs);
    expect(await role('h3')).toBeDefined();
    expect(txs.size).toBe(1);
  });

  it('returns to the event loop between batches, so I/O waiting meanwhile runs before the next batch', async () => {
    const order: string[] = [];
    const q = createWriteQueue(store.db, true, { maxBatch: 2 });
    const runs = ['b1', 'b2', 'b3'].map((id) => q.run(async (tx) => {
      if (id === 'b1') setImmediate(() => order.push('io'));
      order.push(id);
      await tx.insertInto('roles').values({ id, name: null }).execute();
    }));
    await Promise.all(runs);
    expect(order).toEqual(['b1', 'b2', 'io', 'b3']);
  });
});
