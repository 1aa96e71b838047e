import { describe, expect, it } from 'vitest';
import { findForbiddenKey, inspectBody, MAX_BODY_DEPTH } from './json-body.ts';

describe('findForbiddenKey', () => {
  it('finds reserved keys at any depth and names them by pointer', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toBe('/a/1/__proto__');
    expect(findForbiddenKey({ x: { constructor: 1 } })).toBe('/x/constructor');
    expect(findForbiddenKey({ 'a/b': { prototype: 1 } })).toBe('/a~1b/prototype');
  });

  it('passes ordinary documents, including keys that merely contain the words', () => {
    expect(findForbiddenKey({ proto: 1, constructors: [1], my_prototype: 'x', list: [null, 1, 'a'] })).toBeUndefined();
    expect(findForbiddenKey('text')).toBeUndefined();
  });

  it('walks very deep nesting without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(200_000) + '{"__proto__":1}' + ']'.repeat(200_000));
    expect(inspectBody(deep).tooDeep).toBe('/0'.repeat(MAX_BODY_DEPTH + 1));
  });

  it('reports the first spot nested deeper than the limit', () => {
    const ok = JSON.parse('['.repeat(MAX_BODY_DEPTH) + ']'.repeat(MAX_BODY_DEPTH));
    expect(inspectBody(ok)).toEqual({});
    const deep = { a: JSON.parse('['.repeat(MAX_BODY_DEPTH + 5) + ']'.repeat(MAX_BODY_DEPTH + 5)) };
    expect(inspectBody(deep).tooDeep).toMatch(/^\/a(\/0)+$/);
  });
});
