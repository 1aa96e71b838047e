import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zhCN } from './zh-cn.ts';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
    for (const k of keys(zhCN)) expect(k.split('.').reduce<any>((o, p) => o[p], zhCN), k).not.toBe('');
  });

  it('names every field type, operator and assignee kind in both languages', () => {
    expect(Object.keys(en.forms.types)).toHaveLength(15);
    expect(Object.keys(en.assignee.kinds)).toHaveLength(10);
    expect(Object.keys(zhCN.operators)).toEqual(Object.keys(en.operators));
  });
});
