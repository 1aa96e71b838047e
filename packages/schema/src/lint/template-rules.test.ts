import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTemplate, parsePointer, resolve } from './template-rules.ts';

const workflow = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'base.json'), 'utf8'));
const manifest = (bindings: object[], properties: object = { threshold: { type: 'number', title: { en: 'T' } }, director: { type: 'string', title: { en: 'D' } } }) => ({
  key: 'discount',
  version: '1.0.0',
  parameters: { type: 'object', properties, required: ['threshold'] },
  bindings,
});
const codes = (m: object) => lintTemplate(m, workflow).map((p) => `${p.pointer} ${p.code} ${p.severity}`);

describe('lintTemplate', () => {
  it('accepts bindings to existing places of the right type', () => {
    expect(codes(manifest([{ parameter: 'threshold', pointer: '/variables/threshold/value' }, { parameter: 'director', pointer: '/nodes/3/assignees/0/role' }]))).toEqual([]);
  });

  it('reports unknown parameters, unresolved pointers and unbound parameters', () => {
    expect(codes(manifest([{ parameter: 'treshold', pointer: '/variables/threshold/value' }, { parameter: 'director', pointer: '/nodes/30/assignees/0/role' }]))).toEqual([
      '/bindings/0/parameter lint/binding-unknown-parameter error',
      '/bindings/1/pointer lint/binding-unresolved error',
      '/parameters/properties/threshold lint/parameter-unbound warning',
    ]);
  });

  it('refuses binding into an expression, and warns on a type mismatch', () => {
    expect(codes(manifest([{ parameter: 'threshold', pointer: '/edges/2/condition' }, { parameter: 'director', pointer: '/nodes/3/assignees/0' }]))).toEqual([
      '/bindings/0/pointer lint/binding-into-expression error',
      '/bindings/0/pointer lint/binding-type warning',
      '/bindings/1/pointer lint/binding-type warning',
    ]);
  });

  it('reports required parameters that are not declared', () => {
    expect(codes({ ...manifest([]), parameters: { type: 'object', properties: {}, required: ['ghost'] } })).toEqual([
      '/parameters/required/0 lint/binding-unknown-parameter error',
    ]);
  });

  it('reads JSON Pointers per RFC 6901', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(parsePointer('a')).toBeUndefined();
    expect(parsePointer('/a~2')).toBeUndefined();
    expect(resolve({ a: [1, { b: 2 }] }, ['a', '1', 'b'])).toEqual({ ok: true, value: 2 });
    expect(resolve({ a: [1] }, ['a', '01'])).toEqual({ ok: false });
    expect(resolve({}, ['__proto__'])).toEqual({ ok: false });
  });

  it('never throws on odd input', () => {
    for (const m of [null, [], { bindings: 'x' }, { bindings: [null, { pointer: 5 }] }]) expect(() => lintTemplate(m, null)).not.toThrow();
  });
});
