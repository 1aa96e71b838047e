import { describe, expect, it } from 'vitest';
import type { BatonOrgDirectory } from '@baton/schema';
import type { Principal } from '../auth/principal.ts';
import { accessScope, inScope, ruleOf, scopeFor } from './record-access.ts';

const org: BatonOrgDirectory = {
  users: [
    { id: 'ceo', name: 'CEO', department: 'hq' },
    { id: 'head', name: 'Head', department: 'sales', manager: 'ceo' },
    { id: 'lead', name: 'Lead', department: 'east', manager: 'head' },
    { id: 'rep', name: 'Rep', department: 'east', manager: 'lead' },
    { id: 'peer', name: 'Peer', department: 'east', manager: 'lead' },
    { id: 'north', name: 'North', department: 'north', manager: 'head' },
    { id: 'loop1', name: 'Loop 1', manager: 'loop2' },
    { id: 'loop2', name: 'Loop 2', manager: 'loop1' },
  ],
  departments: [
    { id: 'hq', name: 'HQ', head: 'ceo' },
    { id: 'sales', name: 'Sales', parent: 'hq', head: 'head' },
    { id: 'east', name: 'East', parent: 'sales', head: 'lead' },
    { id: 'north', name: 'North', parent: 'sales' },
  ],
};

const who = (userId: string, extra: Partial<Principal> = {}): Principal => ({
  userId, name: userId, systemRole: 'member', roles: [], department: org.users.find((u) => u.id === userId)?.department ?? null, via: 'session', ...extra,
});
const repsOrder = { owner: 'rep', department: 'east' };

describe('record access', () => {
  it('"owner": the owner and every manager above them, not peers or other teams', () => {
    expect(inScope(accessScope(who('rep'), 'owner', org), repsOrder)).toBe(true);
    expect(inScope(accessScope(who('lead'), 'owner', org), repsOrder)).toBe(true);
    expect(inScope(accessScope(who('ceo'), 'owner', org), repsOrder)).toBe(true);
    expect(inScope(accessScope(who('peer'), 'owner', org), repsOrder)).toBe(false);
    expect(inScope(accessScope(who('north'), 'owner', org), repsOrder)).toBe(false);
  });

  it('department heads see their department and those below it, whoever owns the row now', () => {
    const moved = { owner: 'someone-gone', department: 'north' };
    expect(inScope(accessScope(who('head'), 'owner', org), moved)).toBe(true);
    expect(inScope(accessScope(who('lead'), 'owner', org), moved)).toBe(false);
  });

  it('"department" adds the caller\'s own department; "everyone" and admins see all', () => {
    expect(inScope(accessScope(who('peer'), 'department', org), repsOrder)).toBe(true);
    expect(inScope(accessScope(who('north'), 'department', org), repsOrder)).toBe(false);
    expect(accessScope(who('north'), 'everyone', org)).toEqual({ all: true });
    expect(accessScope(who('north', { systemRole: 'admin' }), 'owner', org)).toEqual({ all: true });
    expect(accessScope(who('north', { systemRole: 'designer' }), 'owner', org)).not.toEqual({ all: true });
  });

  it('survives a manager cycle and unknown users, and defaults rules to "owner"', () => {
    const scope = accessScope(who('loop1'), 'owner', org);
    expect(scope).toEqual({ all: false, owners: expect.arrayContaining(['loop1', 'loop2']), departments: [] });
    expect(inScope(accessScope(who('stranger'), 'department', org), repsOrder)).toBe(false);
    expect(ruleOf(undefined, 'read')).toBe('owner');
    expect(ruleOf({ edit: 'everyone' }, 'read')).toBe('owner');
    expect(ruleOf({ edit: 'everyone' }, 'edit')).toBe('everyone');
  });

  it('lets the roles a type names read (readRoles) or read and edit (editRoles) every row', () => {
    const access = { read: 'owner' as const, edit: 'owner' as const, readRoles: ['finance'], editRoles: ['sales-ops'] };
    const finance = who('north', { roles: ['finance'] });
    const ops = who('north', { roles: ['sales-ops'] });
    expect(inScope(scopeFor(finance, access, 'read', org), repsOrder)).toBe(true);
    expect(inScope(scopeFor(finance, access, 'edit', org), repsOrder)).toBe(false);
    expect(inScope(scopeFor(ops, access, 'read', org), repsOrder)).toBe(true);
    expect(inScope(scopeFor(ops, access, 'edit', org), repsOrder)).toBe(true);
    // Without the role, the rule decides as before.
    expect(inScope(scopeFor(who('north', { roles: ['hr'] }), access, 'read', org), repsOrder)).toBe(false);
    expect(inScope(scopeFor(who('rep'), undefined, 'edit', org), repsOrder)).toBe(true);
  });
});
