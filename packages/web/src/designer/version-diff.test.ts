import { describe, expect, it } from 'vitest';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { versionDiff } from './version-diff.ts';
import { newDefinition } from './new-definition.ts';
import { applyChanges } from './definition-changes.ts';

const approval = (id: string, en: string) => ({ id, type: 'approval' as const, name: { en, 'zh-CN': en }, assignees: [{ type: 'manager' as const, level: 1 }] });

describe('versionDiff', () => {
  const v1: BatonWorkflowDefinition = applyChanges(newDefinition('d', { en: 'D', 'zh-CN': 'D' }), [
    { type: 'insert-node', edgeKey: 'start->end', node: approval('boss', 'Boss'), position: { x: 0, y: 100 } },
    { type: 'insert-node', edgeKey: 'boss->end', node: approval('cfo', 'CFO'), position: { x: 0, y: 200 } },
  ]).definition;

  it('marks added, removed and changed nodes and edges, and draws the removed ones where they were', () => {
    const v2 = applyChanges(v1, [
      { type: 'remove-node', id: 'cfo' },
      { type: 'update-node', id: 'boss', node: approval('boss', 'Big boss') },
      { type: 'insert-node', edgeKey: 'start->boss', node: approval('lead', 'Lead'), position: { x: 0, y: 50 } },
    ]).definition;
    const d = versionDiff(v1, v2, 'en');
    expect(Object.fromEntries(d.nodes)).toEqual({ lead: 'added', cfo: 'removed', boss: 'changed' });
    expect(d.definition.nodes.map((n) => n.id).sort()).toEqual(['boss', 'cfo', 'end', 'lead', 'start']);
    expect(d.definition.layout?.cfo).toEqual(v1.layout?.cfo);
    expect(d.edges.get('cfo->end')).toBe('removed');
    expect(d.edges.get('lead->boss')).toBe('added');
    expect(d.lines.join('\n')).toMatch(/Big boss/);
  });

  it('has nothing to mark between equal versions', () => {
    const d = versionDiff(v1, structuredClone(v1), 'zh-CN');
    expect(d.nodes.size + d.edges.size + d.lines.length).toBe(0);
    expect(d.definition.nodes).toHaveLength(v1.nodes.length);
  });
});
