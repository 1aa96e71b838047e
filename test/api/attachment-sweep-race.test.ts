// The sweep's re-checks on SQLite and PostgreSQL, through the real store handed to the app:
// 1. a draft naming a marked orphan saved between the marking sweep and the deleting one keeps the
//    file (unmarked); the draft discarded, later sweeps mark and delete it;
// 2. a draft saved during the deleting sweep, after its pass read the drafts but before its delete
//    (one seam: when the pass turns to the records table, the draft is written first), keeps the
//    file: the delete's own re-check of rows written since the mark sees it;
// 3. PostgreSQL only (READ COMMITTED; SQLite's writer lock rules it out): a draft committed while the
//    DELETE statement runs (seam: right after it, through the pool) is seen by the read after it,
//    the batch is rolled back and the file kept, and the rest of the batch deleted on retry.
// A file nothing names is deleted in the same run each time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, openPostgresStore, openSqliteStore, silentLogger } from '../../packages/server/src/index.ts';
import type { Store } from '../../packages/server/src/index.ts';
import { sweepOrphanAttachments } from '../../packages/server/src/attachments/orphan-sweeper.ts';
import { DIALECTS, fakeClock, usePgCluster } from './harness.ts';

const cluster = usePgCluster();
const HOUR = 3600_000;
const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`attachment sweep re-check on ${dialect}`, () => {
    let store: Store;
    let dir: string | undefined;
    const clock = fakeClock('2026-03-02T09:00:00.000Z');
    beforeAll(async () => {
      if (dialect === 'sqlite') {
        dir = mkdtempSync(join(tmpdir(), 'baton-sweep-'));
        store = await openSqliteStore({ file: join(dir, 'baton.sqlite') });
      } else {
        store = await openPostgresStore({ connectionString: cluster.pg!.createDatabase(`sweep_race_${process.pid}`), max: 5 });
      }
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const upload = async (...ids: string[]) => {
      for (const id of ids) {
        await store.db.insertInto('attachments').values({ id, name: 'a.pdf', content_type: 'application/pdf', size: 10, sha256: 'x', content: new Uint8Array(10), uploaded_by: 'li.na', created_at: clock.now().toISOString() }).execute();
      }
    };
    const saveDraft = (draftId: string, fileId: string) => store.db.insertInto('request_drafts').values({
      id: draftId, user_id: 'li.na', definition_key: 'any-flow', updated_at: clock.now().toISOString(),
      data: JSON.stringify({ evidence: [{ id: fileId, name: 'a.pdf', size: 10, contentType: 'application/pdf' }] }),
    }).execute();
    const rowOf = (id: string) => store.db.selectFrom('attachments').select(['id', 'held_at', 'doomed_at', 'kept_at']).where('id', '=', id).executeTakeFirst();
    const appOn = (s: Store) => createApp({ store: s, clock, ids: { next: () => 'x' }, secrets: { sessionKey: new Uint8Array(32) }, logger: silentLogger }).ctx;
    const sweep = (s: Store = store) => sweepOrphanAttachments(appOn(s), { actor: 'system' });

    it('keeps a marked file that a draft names before the deleting sweep, and deletes it once the draft is gone', async () => {
      await upload('att_named-after-mark', 'att_orphan-1');
      clock.advance(25 * HOUR);
      expect(await sweep()).toMatchObject({ checked: 2, marked: 2, deleted: 0 });
      await saveDraft('draft-1', 'att_named-after-mark');
      clock.advance(15 * MINUTE);
      expect(await sweep()).toMatchObject({ checked: 2, deleted: 1, kept: 1 });
      expect(await rowOf('att_orphan-1')).toBeUndefined();
      expect(await rowOf('att_named-after-mark')).toMatchObject({ held_at: null, doomed_at: null, kept_at: clock.now().toISOString() });
      await store.db.deleteFrom('request_drafts').where('id', '=', 'draft-1').execute();
      clock.advance(24 * HOUR + 1);
      expect(await sweep()).toMatchObject({ checked: 1, marked: 1, deleted: 0 });
      clock.advance(15 * MINUTE);
      expect(await sweep()).toMatchObject({ checked: 1, deleted: 1 });
      expect(await rowOf('att_named-after-mark')).toBeUndefined();
    });

    it('does not delete a file a draft names when the draft is saved between the deleting sweep\'s pass and its delete', async () => {
      await upload('att_late-held', 'att_orphan-2');
      clock.advance(25 * HOUR);
      expect(await sweep()).toMatchObject({ marked: 2 });
      clock.advance(15 * MINUTE);
      let injected = 0;
      // The one seam: the pass reads instances, drafts, then records; when it turns to records, the
      // draft is saved first (its table already read), then the real query runs.
      const db = new Proxy(store.db, {
        get(target, key) {
          const value = Reflect.get(target, key, target) as unknown;
          if (key === 'selectFrom') {
            return (table: string) => {
              if (table !== 'records' || injected > 0) return target.selectFrom(table as never);
              injected++;
              return deferredBuilder(saveDraft('draft-2', 'att_late-held'), () => target.selectFrom(table as never));
            };
          }
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      const result = await sweep({ dialect: store.dialect, db, ping: () => store.ping(), close: async () => {} });
      expect(injected).toBe(1);
      expect(result).toMatchObject({ checked: 2, deleted: 1, deletedBytes: 10 });
      expect(await rowOf('att_orphan-2')).toBeUndefined();
      // Kept, and the mark gone: a later sweep starts afresh (and finds the draft).
      expect(await rowOf('att_late-held')).toMatchObject({ held_at: null, doomed_at: null });
      clock.advance(24 * HOUR + 1);
      expect(await sweep()).toMatchObject({ marked: 0, deleted: 0 });
      expect(await rowOf('att_late-held')).toMatchObject({ doomed_at: null, kept_at: clock.now().toISOString() });
    });

    if (dialect === 'postgres') {
      it('rolls back a delete when a draft naming the file commits while the DELETE runs, and deletes the rest on retry', async () => {
        await upload('att_during-delete', 'att_orphan-3');
        clock.advance(25 * HOUR);
        expect(await sweep()).toMatchObject({ marked: 2 });
        clock.advance(15 * MINUTE);
        let injected = 0;
        const hook = async () => {
          if (injected++ === 0) await saveDraft('draft-3', 'att_during-delete'); // through the pool: committed at once
        };
        // The one seam: inside the sweep's transaction, right after its DELETE has run.
        const db = new Proxy(store.db, {
          get(target, key) {
            if (key === 'transaction') {
              return () => ({
                execute: (cb: (tx: unknown) => Promise<unknown>) => target.transaction().execute((tx) => cb(new Proxy(tx, {
                  get(t, k) {
                    const v = Reflect.get(t, k, t) as unknown;
                    if (k === 'deleteFrom') return (table: string) => tapExecute(t.deleteFrom(table as never), hook);
                    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
                  },
                }))),
              });
            }
            const value = Reflect.get(target, key, target) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
        const result = await sweep({ dialect: store.dialect, db, ping: () => store.ping(), close: async () => {} });
        expect(injected).toBeGreaterThanOrEqual(1);
        expect(result).toMatchObject({ deleted: 1, deletedBytes: 10, kept: 1 });
        expect(await rowOf('att_orphan-3')).toBeUndefined();
        expect(await rowOf('att_during-delete')).toMatchObject({ held_at: null, doomed_at: null });
      });
    }
  });
}

/** A query builder whose chain is recorded and replayed on the real one once `pending` settles. */
function deferredBuilder(pending: Promise<unknown>, make: () => unknown): unknown {
  const calls: Array<[PropertyKey, unknown[]]> = [];
  const replay = async () => {
    await pending;
    let b = make() as Record<PropertyKey, (...a: unknown[]) => unknown>;
    for (const [k, args] of calls) b = b[k]!(...args) as typeof b;
    return b;
  };
  const proxy: unknown = new Proxy({}, {
    get(_t, key) {
      if (key === 'execute') return async () => ((await replay()) as { execute(): Promise<unknown> }).execute();
      if (key === 'then') return undefined;
      return (...args: unknown[]) => {
        calls.push([key, args]);
        return proxy;
      };
    },
  });
  return proxy;
}

/** A query builder whose `execute` runs `hook` after the real statement, however it was chained. */
function tapExecute(builder: unknown, hook: () => Promise<void>): any {
  return new Proxy(builder as object, {
    get(t, k) {
      const v = Reflect.get(t, k, t) as unknown;
      if (typeof v !== 'function') return v;
      if (k === 'execute') {
        return async () => {
          const out = await (v as () => Promise<unknown>).call(t);
          await hook();
          return out;
        };
      }
      return (...a: unknown[]) => {
        const r = (v as (...x: unknown[]) => unknown).apply(t, a);
        return r !== null && typeof r === 'object' && 'execute' in r ? tapExecute(r, hook) : r;
      };
    },
  });
}
