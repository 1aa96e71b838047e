import { describe, expect, it } from 'vitest';
import type { TemplateCard, TemplateParameters } from '../../../api/templates.ts';
import { categoriesOf, defaultParams, filterTemplates, installErrors, keyTaken, paramFields, submittedParams } from './gallery-model.ts';

const card = (over: Partial<TemplateCard>): TemplateCard => ({
  key: 'k', version: '1.0.0', name: { en: 'K', 'zh-CN': 'K' }, tags: [], parameters: {}, readme: '', installed: [], ...over,
});
const discount = card({ key: 'discount-approval', category: 'sales', name: { en: 'Discount approval', 'zh-CN': '折扣审批' }, description: { en: 'Deals with a discount', 'zh-CN': '订单折扣' }, tags: ['pricing', '报价'] });
const expense = card({ key: 'expense-reimbursement', category: 'finance', name: { en: 'Expense reimbursement', 'zh-CN': '费用报销' } });

const schema: TemplateParameters = {
  type: 'object',
  required: ['director_role'],
  properties: {
    director_role: { type: 'string', kind: 'role', default: 'sales-director', title: { en: 'Director role', 'zh-CN': '总监角色' } },
    amount: { type: 'number', kind: 'amount', default: 50000, minimum: 0, description: { en: 'CNY' } },
    after: { type: 'string', kind: 'duration', default: 'P3D' },
    level: { type: 'string', enum: ['low', 'high'] },
    notify: { type: 'boolean', default: false },
    dept: { type: 'string', kind: 'department' },
  },
};

describe('gallery model', () => {
  it('searches names, descriptions and tags in the UI language, within a category', () => {
    expect(filterTemplates([discount, expense], '折扣', '', 'zh-CN').map((t) => t.key)).toEqual(['discount-approval']);
    expect(filterTemplates([discount, expense], '折扣', '', 'en')).toEqual([]); // not in the English text, nor a tag
    expect(filterTemplates([discount, expense], 'PRICING', '', 'en').map((t) => t.key)).toEqual(['discount-approval']);
    expect(filterTemplates([discount, expense], '', 'finance', 'en').map((t) => t.key)).toEqual(['expense-reimbursement']);
    expect(filterTemplates([discount, expense], 'discount', 'finance', 'en')).toEqual([]);
    expect(categoriesOf([discount, expense, card({ key: 'x' })])).toEqual(['sales', 'finance']);
  });

  it('picks an input per parameter from kind, type and enum, with titles in the UI language', () => {
    const f = paramFields(schema, 'zh-CN');
    expect(f.map((x) => [x.name, x.widget])).toEqual([
      ['director_role', 'role'], ['amount', 'number'], ['after', 'text'], ['level', 'choice'], ['notify', 'switch'], ['dept', 'department'],
    ]);
    expect(f[0]).toMatchObject({ title: '总监角色', required: true });
    expect(f[1]).toMatchObject({ title: 'amount', description: 'CNY', min: 0, required: false });
    expect(paramFields({}, 'en')).toEqual([]);
  });

  it('fills defaults as copies and drops empty inputs', () => {
    expect(defaultParams(schema)).toEqual({ director_role: 'sales-director', amount: 50000, after: 'P3D', notify: false });
    expect(submittedParams({ a: '', b: null, c: undefined, d: 0, e: false, f: 'x' })).toEqual({ d: 0, e: false, f: 'x' });
  });

  it('places server problems on parameters and the key, in the UI language', () => {
    const msg = (en: string) => ({ en, 'zh-CN': `中${en}` });
    const e = installErrors({
      message: msg('invalid'),
      problems: [
        { pointer: '/params/director_role', code: 'unknown-role', severity: 'error', message: msg('no such role') },
        { pointer: '/params/director_role', code: 'x', severity: 'error', message: msg('again') },
        { pointer: '/params/a~1b', code: 'x', severity: 'error', message: msg('escaped') },
        { pointer: '', code: 'x', severity: 'error', message: msg('whole') },
      ],
    }, 'zh-CN');
    expect(e.params).toEqual({ director_role: '中no such role; 中again', 'a/b': '中escaped' });
    expect(e.general).toEqual(['中whole']);
    expect(installErrors({ message: msg('taken'), pointer: '/key' }, 'en')).toEqual({ params: {}, key: 'taken', general: [] });
    expect(installErrors({ message: msg('offline') }, 'en').general).toEqual(['offline']);
  });

  it('requires a new key only when the template key is installed', () => {
    expect(keyTaken(discount)).toBe(false);
    expect(keyTaken({ ...discount, workflowKey: 'discount-approval', installed: [{ definition: 'discount-approval', version: '1.0.0', status: 'active', latestVersion: 1 }] })).toBe(true);
    expect(keyTaken({ ...discount, installed: [{ definition: 'discount-2', version: '1.0.0', status: 'active', latestVersion: 0 }] })).toBe(false);
  });
});
