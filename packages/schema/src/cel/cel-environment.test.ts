import { describe, expect, it } from 'vitest';
import { analyzeCel, checkCel, createCelEnvironment } from './cel-environment.ts';

const env = createCelEnvironment({ form: { fields: [{ key: 'amount', type: 'money', label: { en: 'A' } }] } });

describe('analyzeCel', () => {
  it('lists the vars an expression reads, by member or index, once each', () => {
    expect(analyzeCel(env, 'amount > vars.a && vars["b"] == 1 && has(vars.c) && vars.a > 0').varsUsed).toEqual(['a', 'b', 'c']);
    expect(analyzeCel(env, '[1, 2].exists(v, v > amount)').varsUsed).toEqual([]);
  });

  it('names the unknown variable the type checker stopped at', () => {
    const a = analyzeCel(env, 'amout > 1.0');
    expect(a.check).toMatchObject({ ok: false, kind: 'type' });
    expect(a.unknownVariable).toBe('amout');
  });

  it('classifies syntax errors and limits, never throwing', () => {
    expect(analyzeCel(env, 'amount >').check).toMatchObject({ ok: false, kind: 'parse' });
    expect(analyzeCel(env, `${'('.repeat(40)}1${')'.repeat(40)} > 0`).check).toMatchObject({ ok: false, kind: 'limit' });
    expect(analyzeCel(env, 'x'.repeat(2001)).check).toMatchObject({ ok: false, kind: 'limit' });
  });

  it('keeps checkCel as it was', () => {
    expect(checkCel(env, 'amount > 1.0')).toEqual({ ok: true, type: 'bool' });
    expect(checkCel(env, 'amount * 2.0')).toMatchObject({ ok: false, kind: 'type' });
    expect(checkCel(env, 'amount * 2.0', false)).toEqual({ ok: true, type: 'double' });
  });
});
