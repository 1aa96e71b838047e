import { describe, expect, it } from 'vitest';
import { rowActions } from './use-flow-actions.ts';

const row = (status: 'active' | 'inactive' | 'archived', latestVersion: number) => ({ key: 'k', name: { en: 'K' }, status, latestVersion });

describe('rowActions', () => {
  it('offers what each state allows', () => {
    expect(rowActions(row('active', 0), false)).toEqual(['design', 'duplicate', 'export', 'remove']);
    expect(rowActions(row('active', 2), false)).toEqual(['design', 'duplicate', 'export', 'deactivate']);
    expect(rowActions(row('inactive', 2), false)).toEqual(['design', 'duplicate', 'export', 'activate', 'archive', 'remove']);
    expect(rowActions(row('archived', 2), false)).toEqual(['design', 'duplicate', 'export', 'unarchive', 'remove']);
  });

  it('only restores from the recycle bin', () => {
    expect(rowActions(row('inactive', 2), true)).toEqual(['restore']);
  });
});
