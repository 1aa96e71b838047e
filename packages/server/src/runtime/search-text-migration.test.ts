import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { searchTextMigration } from './search-text-migration.ts';

const flow = (hidden: boolean) => ({
  key: hidden ? 'expense' : 'leave',
  nodes: [{ id: 'start', type: 'start' }, { id: 'manager', type: 'approval', ...(hidden ? { fieldPermissions: { cost_centre: 'hidden' } } : {}) }, { id: 'end', type: 'end' }],
});

describe('migration 0012-search-without-hidden', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openSqliteStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  const insert = async (id: string, key: string, data: Record<string, unknown>) => {
    const now = '2026-11-01T00:00:00.000Z';
    const snapshot = { id, definition: key, version: 1, status: 'running', initiator: 'li.na', title: 'Expense', data, tasks: [], revision: 1, created: now, updated: now };
    // As rows were written before: every text value in `search`.
    const stale = ['Expense', 'li.na', ...Object.values(data).map(String)].join(' ').toLowerCase();
    await store.db.insertInto('instances').values({ id, definition_key: key, version: 1, status: 'running', initiator: 'li.na', title: 'Expense', snapshot: JSON.stringify(snapshot), revision: 1, search: stale, created_at: now, updated_at: now, finished_at: null }).execute();
  };
  const search = async (id: string) => (await store.db.selectFrom('instances').select('search').where('id', '=', id).executeTakeFirstOrThrow()).search;

  it('rewrites the search text of requests whose version hides a field, page after page, and leaves the others as they were', async () => {
    for (const hidden of [true, false]) {
      const at = '2026-11-01T00:00:00.000Z';
      await store.db.insertInto('definitions').values({ key: flow(hidden).key, draft: '{}', draft_etag: 'e', status: 'active', latest_version: 1, scopes: '{}', deleted_at: null, created_by: 'xu.ting', created_at: at, updated_at: at }).execute();
      await store.db.insertInto('definition_versions').values({ key: flow(hidden).key, version: 1, body: JSON.stringify(flow(hidden)), published_by: 'xu.ting', published_at: '2026-11-01T00:00:00.000Z' }).execute();
    }
    // More than one page of 500.
    for (let i = 0; i < 501; i++) await insert(`i${String(i).padStart(4, '0')}`, 'expense', { reason: `taxi ${i}`, cost_centre: `cc-secret-${i}` });
    await insert('other', 'leave', { reason: 'holiday', cost_centre: 'cc-open' });

    await searchTextMigration.up(store.db);

    expect(await search('i0000')).toBe('expense li.na taxi 0');
    expect(await search('i0500')).toBe('expense li.na taxi 500');
    const leaked = await store.db.selectFrom('instances').select('id').where('search', 'like', '%cc-secret%').execute();
    expect(leaked).toEqual([]);
    expect(await search('other')).toBe('expense li.na holiday cc-open');
  });
});
