import { describe, expect, it } from 'vitest';
import { changeSummary } from './change-summary.ts';
import { newDefinition } from './new-definition.ts';
import { applyChanges } from './definition-changes.ts';

describe('changeSummary', () => {
  const v1 = applyChanges(newDefinition('d', { en: 'Discount', 'zh-CN': '折扣' }), [
    { type: 'insert-node', edgeKey: 'start->end', node: { id: 'boss', type: 'approval', name: { en: 'Boss', 'zh-CN': '老板' }, assignees: [{ type: 'manager', level: 1 }] }, position: { x: 0, y: 100 } },
  ]).definition;

  it('introduces a first version', () => {
    expect(changeSummary(null, v1, 'en')).toEqual(['First version of “Discount”: 3 steps, 0 form fields.']);
    expect(changeSummary(null, v1, 'zh-CN')[0]).toContain('首次发布「折扣」');
  });

  it('lists each change in plain words, in the UI language', () => {
    const v2 = applyChanges(v1, [{ type: 'remove-node', id: 'boss' }]).definition;
    const en = changeSummary(v1, v2, 'en');
    const zh = changeSummary(v1, v2, 'zh-CN');
    expect(en.length).toBeGreaterThan(0);
    expect(en.join('\n')).toMatch(/Boss/);
    expect(zh.join('\n')).toMatch(/老板/);
  });

  it('says nothing changed when nothing did, moves included', () => {
    const moved = applyChanges(v1, [{ type: 'move-node', id: 'boss', position: { x: 300, y: 300 } }]).definition;
    expect(changeSummary(v1, moved, 'en')).toEqual([]);
  });
});
