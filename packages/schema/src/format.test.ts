import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, formatDocument, isCanonical } from './format.ts';

describe('formatDocument', () => {
  it('sorts keys recursively, keeps array order, indents by two, ends with a newline', () => {
    expect(formatDocument({ b: 1, a: [3, { d: null, c: 'x' }], e: {}, f: [] })).toBe(
      '{\n  "a": [\n    3,\n    {\n      "c": "x",\n      "d": null\n    }\n  ],\n  "b": 1,\n  "e": {},\n  "f": []\n}\n',
    );
    expect(formatDocument('中文')).toBe('"中文"\n');
    expect(formatDocument(null)).toBe('null\n');
  });

  it('orders integer-like keys as text, not as numbers (unlike JSON.stringify)', () => {
    expect(formatDocument({ '10': 1, '2': 2, '1': 3 })).toBe('{\n  "1": 3,\n  "10": 1,\n  "2": 2\n}\n');
  });

  it('orders by code point, so astral characters sort after the BMP', () => {
    expect(['\u{1F600}', '\uFF01', 'a'].sort(compareCodePoints)).toEqual(['a', '\uFF01', '\u{1F600}']);
    expect(['\u{1F600}', '\uFF01'].sort()).toEqual(['\u{1F600}', '\uFF01']); // UTF-16 order differs
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });

  it('drops what JSON drops', () => {
    expect(formatDocument({ a: undefined, b: () => 1, c: [undefined] })).toBe('{\n  "c": [\n    null\n  ]\n}\n');
  });
});

describe('isCanonical', () => {
  it('accepts only the exact canonical text', () => {
    expect(isCanonical('{\n  "a": 1\n}\n')).toBe(true);
    expect(isCanonical('{\n  "a": 1\n}')).toBe(false);
    expect(isCanonical('{"a": 1}\n')).toBe(false);
    expect(isCanonical('{\n  "b": 1,\n  "a": 2\n}\n')).toBe(false);
    expect(isCanonical('{\n  "a": 1,\n  "a": 2\n}\n')).toBe(false);
    expect(isCanonical('{ nope')).toBe(false);
    expect(isCanonical('')).toBe(false);
  });
});

// Rebuilds every object with its keys in a random order.
function shuffled(value: unknown, rand: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, rand));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort(() => rand() - 0.5);
  const out: Record<string, unknown> = {};
  for (const k of keys) Object.defineProperty(out, k, { value: shuffled((value as Record<string, unknown>)[k], rand), enumerable: true, writable: true, configurable: true });
  return out;
}

describe('format properties', () => {
  it('is idempotent through a parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const once = formatDocument(v);
        expect(formatDocument(JSON.parse(once))).toBe(once);
        expect(isCanonical(once)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (v, seed) => {
        let s = seed;
        const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
        expect(formatDocument(shuffled(v, rand))).toBe(formatDocument(v));
      }),
      { numRuns: 300 },
    );
  });

  it('means what JSON.stringify means', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(formatDocument(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });
});
