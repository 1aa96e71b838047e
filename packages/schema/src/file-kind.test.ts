import { describe, expect, it } from 'vitest';
import { detectKind, FILE_KINDS } from './file-kind.ts';

describe('detectKind', () => {
  it.each(FILE_KINDS)('reads %s from the $schema file name, whatever the path or URL', (kind) => {
    expect(detectKind({ $schema: `../../schemas/${kind}.schema.json` })).toBe(kind);
    expect(detectKind({ $schema: `https://baton.dev/schemas/${kind}.schema.json#x` }, 'whatever.json')).toBe(kind);
  });

  it('prefers $schema over the path and the shape', () => {
    expect(detectKind({ $schema: 'org.schema.json', nodes: [], edges: [] }, 'templates/x/template.json')).toBe('org');
  });

  it('falls back to where the file lives', () => {
    expect(detectKind({}, 'templates/discount/template.json')).toBe('template');
    expect(detectKind({}, 'templates\\discount\\scenarios\\happy.json')).toBe('scenario');
    expect(detectKind({}, 'templates/order/record-types/order.json')).toBe('record-type');
    expect(detectKind({}, 'templates/demo-org.json')).toBe('org');
    expect(detectKind({}, 'templates/x/notes.txt')).toBeUndefined();
  });

  it('then to the shape', () => {
    expect(detectKind({ nodes: [], edges: [] })).toBe('workflow');
    expect(detectKind({ fields: [] })).toBe('form');
    expect(detectKind({ fields: [], titleField: 'x' })).toBe('record-type');
    expect(detectKind({ key: 'x', workflow: 'workflow.json', version: '1.0.0' })).toBe('template');
    expect(detectKind({ initiator: 'a', expect: {} })).toBe('scenario');
    expect(detectKind({ users: [] })).toBe('org');
  });

  it('says undefined for what it cannot tell, and never throws', () => {
    for (const doc of [null, 42, 'x', [], {}, { $schema: 42 }, { $schema: 'nonsense.schema.json' }, { $schema: 'x/../' }]) {
      expect(detectKind(doc)).toBeUndefined();
    }
    expect(detectKind({ $schema: 'workflow.json' }, 'a/b.json')).toBeUndefined();
  });
});
