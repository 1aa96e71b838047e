import { describe, expect, it } from 'vitest';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { renderRequestTitle } from './request-title.ts';

const def = (title?: Record<string, string>) => ({ key: 'k', name: { en: 'K' }, form: { fields: [] }, nodes: [], edges: [], ...(title ? { settings: { title } } : {}) }) as unknown as BatonWorkflowDefinition;

describe('renderRequestTitle', () => {
  it('fills {{field}} from the data and {{initiator}} with the name, in each language given', () => {
    expect(renderRequestTitle(def({ en: 'Discount {{ rate }}% for {{customer}} ({{initiator}})', 'zh-CN': '{{customer}} 折扣 {{rate}}%' }), { rate: 12, customer: 'Acme' }, 'Li Na'))
      .toEqual({ en: 'Discount 12% for Acme (Li Na)', 'zh-CN': 'Acme 折扣 12%' });
    expect(renderRequestTitle(def({ 'zh-CN': '{{customer}}' }), { customer: '甲' }, 'x')).toEqual({ 'zh-CN': '甲' });
  });

  it('is undefined without a template', () => {
    expect(renderRequestTitle(def(), { a: 1 }, 'x')).toBeUndefined();
  });

  it('leaves missing, object and inherited values empty, joins lists and caps the length', () => {
    const d = def({ en: '[{{missing}}][{{obj}}][{{list}}][{{constructor}}][{{toString}}][{{ok}}]' });
    expect(renderRequestTitle(d, { obj: { a: 1 }, list: ['a', 2, { b: 1 }], ok: true }, 'x')).toEqual({ en: '[][][a, 2][][][true]' });
    expect(renderRequestTitle(def({ en: '{{long}}' }), { long: 'y'.repeat(1000) }, 'x')!.en).toHaveLength(200);
  });

  it('does not re-read placeholders that a value brings in', () => {
    expect(renderRequestTitle(def({ en: '{{a}} {{b}}' }), { a: '{{b}}', b: 'B' }, 'x')).toEqual({ en: '{{b}} B' });
  });
});
