import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { appendAudit, verifyAudit } from './audit-log.ts';

describe('audit log', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore({ file: ':memory:' });
    for (let i = 1; i <= 5; i++) {
      await store.db.transaction().execute((tx) => appendAudit(tx, 'sqlite', { at: `2026-01-0${i}T00:00:00.000Z`, actor: 'admin', action: 'org.role.create', subject: `role:r${i}`, detail: { i, nested: { b: 1, a: [i] } } }));
    }
  });
  afterEach(() => store.close());

  it('chains rows so the whole log verifies', async () => {
    expect(await verifyAudit(store.db)).toEqual({ ok: true, checked: 5, headSeq: 5 });
  });

  it('detects an edited row, a deleted row, a rewritten link and a truncated tail', async () => {
    await store.db.updateTable('audit').set({ actor: 'mallory' }).where('seq', '=', 3).execute();
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, seq: 3, reason: 'edited' });
    await store.db.updateTable('audit').set({ actor: 'admin' }).where('seq', '=', 3).execute();
    await store.db.updateTable('audit').set({ prev_hash: 'f'.repeat(64) }).where('seq', '=', 4).execute();
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, seq: 4, reason: 'broken-link' });
    const row4 = await store.db.selectFrom('audit').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
    await store.db.updateTable('audit').set({ prev_hash: row4.hash }).where('seq', '=', 4).execute();
    expect((await verifyAudit(store.db)).ok).toBe(true);
    await store.db.deleteFrom('audit').where('seq', '=', 2).execute();
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, seq: 2, reason: 'missing' });
  });

  it('hashes rows with quotes, unicode, arrays and a missing detail the way verification recomputes them', async () => {
    const odd = [
      { at: '2026-02-01T00:00:00.000Z', actor: 'li "na"\\', action: 'instance.approve', subject: 'instance:审批\u2028', detail: { z: ['é', 1.5, null, { y: true, x: '"' }], a: '' } },
      { at: '2026-02-02T00:00:00.000Z', actor: 'system', action: 'org.seed', subject: 'org', detail: undefined },
      { at: '2026-02-03T00:00:00.000Z', actor: 'system', action: 'org.seed', subject: 'org', detail: [3, 2, 1] },
    ];
    for (const e of odd) await store.db.transaction().execute((tx) => appendAudit(tx, 'sqlite', e));
    expect(await verifyAudit(store.db)).toEqual({ ok: true, checked: 8, headSeq: 8 });
  });

  it('detects the deletion of the newest rows through the head', async () => {
    await store.db.deleteFrom('audit').where('seq', '>=', 4).execute();
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, seq: 4, reason: 'missing' });
  });
});
