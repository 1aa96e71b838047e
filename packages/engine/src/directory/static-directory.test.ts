import { describe, expect, it } from 'vitest';
import { ORG } from '../testing/crm-fixtures.ts';
import { createStaticDirectory } from './static-directory.ts';

const dir = createStaticDirectory(ORG);

describe('static directory', () => {
  it.each<[string, string | undefined, string]>([
    ['sam', 'mia', 'member: head of their department'],
    ['mia', 'vp', 'head of east: head of the parent (sales)'],
    ['vp', 'ceo', 'head of sales: head of hq'],
    ['ceo', undefined, 'the top has no manager'],
    ['dan', 'vp', 'member of sales'],
    ['nobody', undefined, 'unknown user'],
  ])('the manager of %s is %s (%s)', (user: string, manager: string | undefined) => {
    expect(dir.manager(user)).toBe(manager);
  });

  it('prefers an explicit manager over the department head', () => {
    const d = createStaticDirectory({ users: [{ id: 'a', name: 'A', department: 'x', manager: 'b' }, { id: 'b', name: 'B' }, { id: 'h', name: 'H' }], departments: [{ id: 'x', name: 'X', head: 'h' }] });
    expect(d.manager('a')).toBe('b');
  });

  it('skips departments without a head and survives a cycle of parents', () => {
    const d = createStaticDirectory({
      users: [{ id: 'a', name: 'A', department: 'x' }, { id: 'top', name: 'T' }],
      departments: [
        { id: 'x', name: 'X', parent: 'y' },
        { id: 'y', name: 'Y', parent: 'z', head: 'top' },
        { id: 'z', name: 'Z', parent: 'x' },
      ],
    });
    expect(d.manager('a')).toBe('top');
    expect(d.manager('top')).toBeUndefined();
  });

  it('lists role members, departments and users', () => {
    expect(dir.membersOfRole('finance')).toEqual(['fay', 'fred']);
    expect(dir.membersOfRole('nope')).toEqual([]);
    expect(dir.departmentOf('sam')).toBe('east');
    expect(dir.department('east')).toMatchObject({ parent: 'sales', head: 'mia' });
    expect(dir.user('old')).toMatchObject({ active: false });
    expect(dir.user('sam')).toMatchObject({ active: true, department: 'east' });
    expect(dir.user('ghost')).toBeUndefined();
  });

  it('answers out-of-office within [from, to) only', () => {
    const d = createStaticDirectory({
      users: [{ id: 'a', name: 'A', outOfOffice: [{ from: '2026-01-05T00:00:00Z', to: '2026-01-06T00:00:00Z', delegate: 'b' }] }, { id: 'b', name: 'B' }],
    });
    expect(d.outOfOffice('a', '2026-01-04T23:59:59Z')).toBeUndefined();
    expect(d.outOfOffice('a', '2026-01-05T00:00:00Z')).toEqual({ delegate: 'b', until: '2026-01-06T00:00:00Z' });
    expect(d.outOfOffice('a', '2026-01-05T08:00:00+08:00')).toEqual({ delegate: 'b', until: '2026-01-06T00:00:00Z' });
    expect(d.outOfOffice('a', '2026-01-06T00:00:00Z')).toBeUndefined();
    expect(d.outOfOffice('b', '2026-01-05T12:00:00Z')).toBeUndefined();
  });
});
