import { describe, expect, it } from 'vitest';
import { createCelEnvironment, type BatonForm } from '@baton/schema';
import { checkForm, computeFormulas, fieldViews, hiddenKeys, initialValues, submittedData } from './form-model.ts';

const form: BatonForm = {
  fields: [
    { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true, minimum: 1, maximum: 1000000 },
    { key: 'rate', type: 'number', label: { en: 'Rate' }, default: 0.1 },
    { key: 'total', type: 'formula', label: { en: 'Total' }, expression: 'amount * (1.0 - rate)', precision: 2 },
    { key: 'region', type: 'select', label: { en: 'Region' }, options: [{ value: 'north', label: { en: 'North' } }, { value: 'south', label: { en: 'South' } }] },
    { key: 'reason', type: 'text', label: { en: 'Reason' }, required: true, visibleWhen: 'amount > 10000.0', maxLength: 5, pattern: '^[a-z]+$' },
    { key: 'lines', type: 'detail-table', label: { en: 'Lines' }, minRows: 1, columns: [{ key: 'qty', type: 'number', label: { en: 'Qty' }, required: true, integer: true }] },
  ],
};
const env = createCelEnvironment({ form });

describe('form model', () => {
  it('gives every field a widget and reads limits and choices from the JSON Schema of the data', () => {
    const views = fieldViews(form);
    expect(views.map((v) => v.widget)).toEqual(['number', 'number', 'formula', 'select', 'text', 'table']);
    expect(views[0]).toMatchObject({ required: true, schema: { type: 'number', minimum: 1, maximum: 1000000 } });
    expect(views[3]!.schema.enum).toEqual(['north', 'south']);
    expect(views[4]).toMatchObject({ required: true, schema: { maxLength: 5, pattern: '^[a-z]+$' } });
    expect(views[5]!.columns?.[0]).toMatchObject({ key: 'qty', widget: 'number', required: true, schema: { type: 'integer' } });
  });

  it('starts from defaults, with empty tables', () => {
    expect(initialValues(form.fields)).toEqual({ rate: 0.1, lines: [] });
  });

  it('shows a conditional field only when its condition holds (an unevaluable one stays hidden)', () => {
    expect(hiddenKeys(form.fields, {}, env).has('reason')).toBe(true);
    expect(hiddenKeys(form.fields, { amount: 500 }, env).has('reason')).toBe(true);
    expect(hiddenKeys(form.fields, { amount: 50000 }, env).has('reason')).toBe(false);
    expect(hiddenKeys(form.fields, { amount: 50000 }, env, { region: 'hidden' }).has('region')).toBe(true);
  });

  it('computes formulas with their precision, and none when inputs are missing', () => {
    expect(computeFormulas(form.fields, { amount: 1000, rate: 0.125 }, env)).toEqual({ total: 875 });
    expect(computeFormulas(form.fields, { amount: 10, rate: 1 / 3 }, env)).toEqual({ total: 6.67 });
    expect(computeFormulas(form.fields, {}, env)).toEqual({});
  });

  it('submits without empty inputs and hidden fields, with formulas filled in', () => {
    const data = submittedData(form, { amount: 100, rate: 0.5, region: '', reason: 'ignored', lines: [{ qty: 2, note: '' }] }, env);
    expect(data).toEqual({ amount: 100, rate: 0.5, lines: [{ qty: 2 }], total: 50 });
  });
});

describe('checkForm', () => {
  it('accepts good data', () => {
    const r = checkForm(form, { amount: 20000, rate: 0.1, reason: 'abc', lines: [{ qty: 3 }] });
    expect(r.errors).toEqual({});
    expect(r.ok).toBe(true);
    expect(r.data.total).toBe(18000);
  });

  it('reports each bad value at its pointer, in both languages', () => {
    const r = checkForm(form, { amount: 0, region: 'west', lines: [{ qty: 1.5 }, {}] });
    expect(r.ok).toBe(false);
    expect(Object.keys(r.errors).sort()).toEqual(['/amount', '/lines/0/qty', '/lines/1/qty', '/region']);
    expect(r.errors['/lines/1/qty']).toEqual({ en: 'Required', 'zh-CN': '必填' });
    expect(r.errors['/amount']?.['zh-CN']).toBeTruthy();
  });

  it('requires missing fields and a shown conditional field, and checks its pattern and length', () => {
    expect(Object.keys(checkForm(form, {}).errors)).toEqual(['/amount']);
    expect(Object.keys(checkForm(form, { amount: 5, lines: [] }).errors)).toEqual(['/lines']);
    expect(checkForm(form, { amount: 50000, lines: [{ qty: 1 }] }).errors).toEqual({ '/reason': { en: 'Required', 'zh-CN': '必填' } });
    expect(Object.keys(checkForm(form, { amount: 50000, reason: 'TOOLONG', lines: [{ qty: 1 }] }).errors)).toEqual(['/reason']);
  });
});
