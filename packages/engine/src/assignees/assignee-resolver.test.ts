import { describe, expect, it } from 'vitest';
import type { AssigneeRule, Field } from '@baton/schema';
import { createStaticDirectory } from '../directory/static-directory.ts';
import { ORG } from '../testing/crm-fixtures.ts';
import { managerChain, resolveAssignees, selectable, type ResolveContext } from './assignee-resolver.ts';

const directory = createStaticDirectory(ORG);
const fields = new Map<string, Field>([
  ['approver', { key: 'approver', type: 'user', label: { en: 'Approver' } }],
  ['reviewers', { key: 'reviewers', type: 'user', multiple: true, label: { en: 'Reviewers' } }],
  ['dept', { key: 'dept', type: 'department', label: { en: 'Department' } }],
]);

function ctx(over: Partial<ResolveContext> = {}): ResolveContext {
  return { directory, initiator: 'sam', data: {}, fields, recordOwner: undefined, selections: undefined, ...over };
}
const users = (rules: AssigneeRule[], c = ctx(), node = 'n') => resolveAssignees(c, rules, node).candidates.map((x) => x.user);

describe('assignee rules', () => {
  it.each<[string, AssigneeRule, Partial<ResolveContext>, string[]]>([
    ['named users', { type: 'users', users: ['fay', 'dan'] }, {}, ['fay', 'dan']],
    ['role members', { type: 'role', role: 'finance' }, {}, ['fay', 'fred']],
    ["the initiator's department head", { type: 'department-head' }, {}, ['mia']],
    ['a department head two levels up', { type: 'department-head', level: 2 }, {}, ['vp']],
    ['a named department head', { type: 'department-head', department: 'finance' }, {}, ['fin']],
    ['the direct manager', { type: 'manager' }, {}, ['mia']],
    ['the manager at level 3', { type: 'manager', level: 3 }, {}, ['ceo']],
    ['a manager chain to level 2', { type: 'manager-chain', to: 2 }, {}, ['mia', 'vp']],
    ['a manager chain to the top', { type: 'manager-chain', to: 'top' }, {}, ['mia', 'vp', 'ceo']],
    ['a user field', { type: 'form-field', field: 'approver' }, { data: { approver: 'lee' } }, ['lee']],
    ['a multiple user field', { type: 'form-field', field: 'reviewers' }, { data: { reviewers: ['lee', 'fay'] } }, ['lee', 'fay']],
    ['the head of a department field', { type: 'form-field', field: 'dept' }, { data: { dept: 'finance' } }, ['fin']],
    ['the record owner', { type: 'record-owner' }, { recordOwner: 'sue' }, ['sue']],
    ['the initiator', { type: 'initiator' }, {}, ['sam']],
    ["the initiator's choice", { type: 'initiator-selects' }, { selections: { n: ['lee'] } }, ['lee']],
    ["the previous approver's choice", { type: 'previous-approver-selects' }, { selections: { n: ['fred'] } }, ['fred']],
  ])('%s', (_name, rule, over, expected) => {
    expect(users([rule], ctx(over))).toEqual(expected);
  });

  it.each<[string, AssigneeRule, Partial<ResolveContext>, RegExp]>([
    ['a role without members', { type: 'role', role: 'nobody' }, {}, /role nobody has no members/],
    ['a department head above the top', { type: 'department-head', level: 9 }, {}, /no such department/],
    ['a manager above the top', { type: 'manager', level: 4 }, {}, /level 4 missing/],
    ['an empty form field', { type: 'form-field', field: 'approver' }, {}, /approver is empty/],
    ['a department without head', { type: 'form-field', field: 'dept' }, { data: { dept: 'ghost' } }, /ghost has no head/],
    ['no record owner', { type: 'record-owner' }, {}, /no owner/],
    ['no selection', { type: 'initiator-selects' }, {}, /chose nobody/],
    ['an unknown user', { type: 'users', users: ['ghost'] }, {}, /ghost is unknown or inactive/],
    ['an inactive user', { type: 'users', users: ['old'] }, {}, /old is unknown or inactive/],
    ['no department', { type: 'department-head' }, { initiator: 'ghost' }, /has no department/],
  ])('finds nobody for %s, and says why', (_name, rule, over, note) => {
    const r = resolveAssignees(ctx(over), [rule], 'n');
    expect(r.candidates).toEqual([]);
    expect(r.notes.join('\n')).toMatch(note);
  });

  it('joins several rules, first occurrence first, without duplicates', () => {
    expect(users([{ type: 'manager' }, { type: 'users', users: ['fay', 'mia'] }, { type: 'role', role: 'finance' }])).toEqual(['mia', 'fay', 'fred']);
  });

  it('explains each user', () => {
    const [c] = resolveAssignees(ctx(), [{ type: 'manager', level: 2 }], 'n').candidates;
    expect(c).toEqual({ user: 'vp', why: ['rule 1: manager level 2 of sam', 'level 1: mia', 'level 2: vp'] });
    const chain = resolveAssignees(ctx(), [{ type: 'manager-chain', to: 'top' }], 'n');
    expect(chain.chain).toBe(true);
    expect(chain.candidates[2]!.why).toEqual(['rule 1: manager chain of sam to the top', 'level 3: ceo']);
  });

  it('reports which selection is missing', () => {
    expect(resolveAssignees(ctx(), [{ type: 'initiator-selects' }], 'n').missingSelection).toBe('initiator-selects');
    expect(resolveAssignees(ctx(), [{ type: 'previous-approver-selects' }], 'n').missingSelection).toBe('previous-approver-selects');
    expect(resolveAssignees(ctx(), [{ type: 'users', users: ['fay'] }], 'n').missingSelection).toBeUndefined();
  });

  it('walks a manager chain that loops without looping', () => {
    const d = createStaticDirectory({ users: [{ id: 'a', name: 'A', manager: 'b' }, { id: 'b', name: 'B', manager: 'a' }] });
    expect(managerChain(d, 'a', 20)).toEqual(['b']);
  });

  it('limits selections to the roles named in among', () => {
    expect(selectable(directory, 'fay', ['finance'])).toBe(true);
    expect(selectable(directory, 'lee', ['finance'])).toBe(false);
    expect(selectable(directory, 'lee', undefined)).toBe(true);
    expect(selectable(directory, 'old', undefined)).toBe(false);
    expect(selectable(directory, 'ghost', [])).toBe(false);
  });
});
