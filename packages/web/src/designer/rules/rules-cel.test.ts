import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCel, createCelEnvironment } from '@baton/schema';
import type { Rule, RuleGroup, RuleValue } from './rule-model.ts';
import { rulesToCel } from './rules-to-cel.ts';
import { celToRules } from './cel-to-rules.ts';

const env = createCelEnvironment({
  form: {
    fields: [
      { key: 'amount', type: 'money', label: { en: 'Amount' } },
      { key: 'region', type: 'select', label: { en: 'Region' }, options: [{ value: 'north', label: { en: 'North' } }] },
      { key: 'tags', type: 'multi-select', label: { en: 'Tags' }, options: [{ value: 'vip', label: { en: 'VIP' } }] },
      { key: 'urgent', type: 'boolean', label: { en: 'Urgent' } },
      { key: 'note', type: 'text', label: { en: 'Note' } },
    ],
  },
});

const rule = (field: string, operator: Rule['operator'], value: RuleValue): Rule => ({ kind: 'rule', field, operator, value });
const and = (...children: Array<Rule | RuleGroup>): RuleGroup => ({ kind: 'group', combinator: 'and', children });
const or = (...children: Array<Rule | RuleGroup>): RuleGroup => ({ kind: 'group', combinator: 'or', children });

describe('rules -> CEL', () => {
  it('writes numbers as doubles so they type-check against money fields', () => {
    const cel = rulesToCel(and(rule('amount', 'gt', { kind: 'number', value: 10000 })));
    expect(cel).toBe('amount > 10000.0');
    expect(checkCel(env, cel)).toEqual({ ok: true, type: 'bool' });
  });

  it('parenthesises nested groups and joins with && / ||', () => {
    const cel = rulesToCel(
      and(
        rule('amount', 'ge', { kind: 'number', value: 0.5 }),
        or(rule('region', 'in', { kind: 'list', value: ['north', 'east'] }), rule('urgent', 'eq', { kind: 'bool', value: true })),
      ),
    );
    expect(cel).toBe('amount >= 0.5 && (region in ["north", "east"] || urgent == true)');
    expect(checkCel(env, cel).ok).toBe(true);
  });

  it('writes every operator as valid, type-checked CEL', () => {
    const all = and(
      rule('region', 'not-in', { kind: 'list', value: ['south'] }),
      rule('note', 'contains', { kind: 'string', value: 'a"b' }),
      rule('note', 'starts-with', { kind: 'string', value: '折扣' }),
      rule('note', 'ends-with', { kind: 'string', value: 'x' }),
      rule('tags', 'has', { kind: 'string', value: 'vip' }),
      rule('amount', 'lt', { kind: 'var', name: 'threshold' }),
      rule('amount', 'ne', { kind: 'number', value: -3 }),
    );
    const cel = rulesToCel(all);
    expect(checkCel(env, cel)).toEqual({ ok: true, type: 'bool' });
    expect(celToRules(cel)).toEqual({ ok: true, group: all });
  });

  it('gives no condition for an empty group', () => {
    expect(rulesToCel(and())).toBe('');
    expect(celToRules('  ')).toEqual({ ok: true, group: and() });
  });
});

describe('CEL -> rules', () => {
  it('reads the builder subset whatever the spacing', () => {
    expect(celToRules('amount>10000.0&&region=="north"')).toEqual({
      ok: true,
      group: and(rule('amount', 'gt', { kind: 'number', value: 10000 }), rule('region', 'eq', { kind: 'string', value: 'north' })),
    });
  });

  it('keeps && tighter than || as CEL does', () => {
    const r = celToRules('urgent == true && amount > 1.0 || note == "x"');
    expect(r).toEqual({
      ok: true,
      group: or(and(rule('urgent', 'eq', { kind: 'bool', value: true }), rule('amount', 'gt', { kind: 'number', value: 1 })), rule('note', 'eq', { kind: 'string', value: 'x' })),
    });
  });

  it('reads dotted paths and single-quoted strings', () => {
    expect(celToRules("initiator.department == 'sales'")).toEqual({
      ok: true,
      group: and(rule('initiator.department', 'eq', { kind: 'string', value: 'sales' })),
    });
  });

  it.each([
    'size(note) > 3',
    'amount * 2.0 > 10.0',
    'amount > 1.0 ? true : false',
    'tags.exists(t, t == "vip")',
    'note.matches("^a")',
    'amount > other',
    '!urgent',
    'amount >',
    '(amount > 1.0',
    'amount > 1.0 extra',
    'record["x"] == 1.0',
    '"unterminated',
    'amount in [1.0, 2.0]',
    'vars == 1.0',
    'amount > vars.a.b',
  ])('leaves %s to advanced mode', (cel) => {
    expect(celToRules(cel).ok).toBe(false);
  });
});

// Random rule trees: printing then reading gives the same tree, and the text type-checks.
const fieldValue = fc.oneof(
  fc.record({ field: fc.constant('amount'), operator: fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge'), value: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => ({ kind: 'number', value: Object.is(v, -0) ? 0 : v }) as RuleValue),
    fc.constantFrom('threshold', 'limit').map((name) => ({ kind: 'var', name }) as RuleValue),
  ) }),
  fc.record({ field: fc.constant('note'), operator: fc.constantFrom('eq', 'ne', 'contains', 'starts-with', 'ends-with'), value: fc.string().map((v) => ({ kind: 'string', value: v }) as RuleValue) }),
  fc.record({ field: fc.constant('region'), operator: fc.constantFrom('in', 'not-in'), value: fc.array(fc.string(), { maxLength: 3 }).map((v) => ({ kind: 'list', value: v }) as RuleValue) }),
  fc.record({ field: fc.constant('urgent'), operator: fc.constantFrom('eq', 'ne'), value: fc.boolean().map((v) => ({ kind: 'bool', value: v }) as RuleValue) }),
  fc.record({ field: fc.constant('tags'), operator: fc.constant('has'), value: fc.string().map((v) => ({ kind: 'string', value: v }) as RuleValue) }),
).map((r) => ({ kind: 'rule', ...r }) as Rule);

const tree: fc.Arbitrary<RuleGroup> = fc.letrec<{ group: RuleGroup; child: Rule | RuleGroup }>((tie) => ({
  group: fc.record({
    kind: fc.constant('group' as const),
    combinator: fc.constantFrom('and' as const, 'or' as const),
    children: fc.array(tie('child'), { minLength: 2, maxLength: 3 }),
  }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fieldValue, tie('group')),
})).group;

describe('rule builder <-> CEL round trip', () => {
  it('reads back exactly what it writes, and what it writes type-checks', () => {
    const envWithVars = env;
    fc.assert(
      fc.property(tree, (group) => {
        const cel = rulesToCel(group);
        expect(celToRules(cel)).toEqual({ ok: true, group });
        const check = checkCel(envWithVars, cel);
        expect(check.ok, `${cel}: ${check.ok ? '' : check.message}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
