// The sweep's re-check, on SQLite and PostgreSQL: a draft that names an old orphan is saved after
// the sweep's pass has read the drafts but before its delete. The store handed to the app is the
// real one, with one seam: when the pass turns to the records table (the drafts already read),
// the draft row is written through the real handle first. The file must survive, marked held on
// the next sweep; a file nothing names is still deleted in the same run.
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

for (const dialect of DIALECTS) {
  describe(`attachment sweep re-check on ${dialect}`, () => {
    let store: Store;
    let dir: string | undefined;
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

    it('does not delete a file a draft names when the draft is saved between the pass and the delete', async () => {
      const clock = fakeClock('2026-03-02T09:00:00.000Z');
      const uploadedAt = clock.now().toISOString();
      for (const id of ['att_late-held', 'att_plain-orphan']) {
        await store.db.insertInto('attachments').values({ id, name: 'a.pdf', content_type: 'application/pdf', size: 10, sha256: 'x', content: new Uint8Array(10), uploaded_by: 'li.na', created_at: uploadedAt }).execute();
      }
      clock.advance(25 * HOUR);
      let injected = 0;
      const saveDraft = () => store.db.insertInto('request_drafts').values({
        id: 'draft-late', user_id: 'li.na', definition_key: 'any-flow', updated_at: clock.now().toISOString(),
        data: JSON.stringify({ evidence: [{ id: 'att_late-held', name: 'a.pdf', size: 10, contentType: 'application/pdf' }] }),
      }).execute();
      // The one seam: the pass reads instances, drafts, then records; when it turns to records, the
      // draft is saved first (its table already read), then the real query runs.
      const db = new Proxy(store.db, {
        get(target, key) {
          const value = Reflect.get(target, key, target) as unknown;
          if (key === 'selectFrom') {
            return (table: string) => {
              if (table !== 'records' || injected > 0) return target.selectFrom(table as never);
              injected++;
              return deferredBuilder(saveDraft(), () => target.selectFrom(table as never));
            };
          }
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      const seamed: Store = { dialect: store.dialect, db, ping: () => store.ping(), close: async () => {} };
      const { ctx } = createApp({ store: seamed, clock, ids: { next: () => 'x' }, secrets: { sessionKey: new Uint8Array(32) }, logger: silentLogger });

      const first = await sweepOrphanAttachments(ctx, { actor: 'system' });
      expect(injected).toBe(1);
      expect(first).toMatchObject({ checked: 2, deleted: 1, deletedBytes: 10 });
      const left = await store.db.selectFrom('attachments').select(['id', 'held_at']).orderBy('id').execute();
      expect(left.map((r) => r.id)).toEqual(['att_late-held']);
      // The next sweep's pass sees the draft and marks the file held for good.
      const second = await sweepOrphanAttachments(ctx, { actor: 'system' });
      expect(second).toMatchObject({ deleted: 0 });
      const row = await store.db.selectFrom('attachments').select('held_at').where('id', '=', 'att_late-held').executeTakeFirstOrThrow();
      expect(row.held_at).not.toBeNull();
    });
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
