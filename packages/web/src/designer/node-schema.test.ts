import { describe, expect, it } from 'vitest';
import { edgeProperties, nodeDescription, nodeProperties, settingsProperties } from './node-schema.ts';
import { NODE_KINDS } from './node-catalog.ts';

describe('property specs from the JSON Schemas', () => {
  it('describes the approval node with the editors the panel needs', () => {
    const byName = new Map(nodeProperties('approval').map((p) => [p.name, p]));
    expect(byName.get('assignees')).toMatchObject({ kind: 'assignees', required: true });
    expect(byName.get('mode')).toMatchObject({ kind: 'enum', enum: ['sequential', 'all', 'any', 'vote'], default: 'any' });
    expect(byName.get('passRatio')).toMatchObject({ kind: 'number', minimum: 0, maximum: 1 });
    expect(byName.get('fieldPermissions')?.kind).toBe('field-permissions');
    expect(byName.get('buttons')).toMatchObject({ kind: 'enum-list' });
    expect(byName.get('onReject')?.properties?.map((p) => p.name)).toEqual(['to', 'node']);
    expect(byName.get('name')).toMatchObject({ kind: 'i18n', description: expect.stringContaining('canvas') });
    expect(byName.has('id')).toBe(false);
  });

  it('has a description and specs for every node type', () => {
    for (const k of NODE_KINDS) {
      expect(nodeDescription(k.type), k.type).toBeTruthy();
      expect(nodeProperties(k.type).length, k.type).toBeGreaterThan(0);
    }
  });

  it('reads edges and settings', () => {
    expect(edgeProperties().find((p) => p.name === 'condition')?.kind).toBe('cel');
    expect(edgeProperties().find((p) => p.name === 'priority')).toMatchObject({ kind: 'integer', minimum: 0, maximum: 1000 });
    expect(settingsProperties().find((p) => p.name === 'withdraw')).toMatchObject({ kind: 'enum', default: 'before-first-action' });
    expect(settingsProperties().find((p) => p.name === 'admins')?.kind).toBe('assignees');
  });
});
