import { describe, expect, it } from 'vitest';
import type { BatonOrgDirectory } from '@baton/schema';
import { createStaticDirectory } from '../directory/static-directory.ts';
import { redirectAway } from './out-of-office.ts';

const AT = '2026-01-05T12:00:00Z';
const away = (delegate: string) => [{ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', delegate }];

function dir(users: BatonOrgDirectory['users']) {
  return createStaticDirectory({ users });
}

describe('out-of-office delegation', () => {
  it('leaves someone present alone', () => {
    expect(redirectAway(dir([{ id: 'a', name: 'A' }]), 'a', AT)).toEqual({ user: 'a', why: [] });
  });

  it('hands the task to the delegate', () => {
    const r = redirectAway(dir([{ id: 'a', name: 'A', outOfOffice: away('b') }, { id: 'b', name: 'B' }]), 'a', AT);
    expect(r.user).toBe('b');
    expect(r.why).toEqual(['a is out of office until 2026-02-01T00:00:00Z -> delegate b']);
  });

  it("falls through to the delegate's manager when the delegate is away too", () => {
    const d = dir([
      { id: 'a', name: 'A', outOfOffice: away('b') },
      { id: 'b', name: 'B', manager: 'm', outOfOffice: away('c') },
      { id: 'c', name: 'C' },
      { id: 'm', name: 'M' },
    ]);
    const r = redirectAway(d, 'a', AT);
    expect(r.user).toBe('m');
    expect(r.why.join(' | ')).toContain('delegate b is also away');
    expect(r.why.join(' | ')).toContain('falls through to manager m');
  });

  it('never loops: two people delegating to each other keep the task with the original', () => {
    const d = dir([
      { id: 'a', name: 'A', manager: 'b', outOfOffice: away('b') },
      { id: 'b', name: 'B', manager: 'a', outOfOffice: away('a') },
    ]);
    const r = redirectAway(d, 'a', AT);
    expect(r.user).toBe('a');
    expect(r.why[r.why.length - 1]).toBe('no available delegate: stays with a');
  });

  it('treats an unknown or inactive delegate as unavailable', () => {
    const d = dir([
      { id: 'a', name: 'A', manager: 'm', outOfOffice: away('ghost') },
      { id: 'm', name: 'M' },
    ]);
    expect(redirectAway(d, 'a', AT).user).toBe('m');
    const d2 = dir([{ id: 'a', name: 'A', outOfOffice: away('z') }, { id: 'z', name: 'Z', active: false }]);
    expect(redirectAway(d2, 'a', AT).user).toBe('a');
  });

  it('walks a chain of absences to the first one present', () => {
    const d = dir([
      { id: 'a', name: 'A', outOfOffice: away('b') },
      { id: 'b', name: 'B', manager: 'm1', outOfOffice: away('x') },
      { id: 'm1', name: 'M1', outOfOffice: away('m2') },
      { id: 'm2', name: 'M2' },
      { id: 'x', name: 'X' },
    ]);
    expect(redirectAway(d, 'a', AT).user).toBe('m2');
  });
});
