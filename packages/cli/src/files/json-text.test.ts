import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lineColumn, locateSyntaxError, parseJsonText } from './json-text.ts';

describe('parseJsonText', () => {
  test('parses valid JSON, with or without a byte order mark', () => {
    expect(parseJsonText('{"a": [1, true, null]}')).toEqual({ ok: true, value: { a: [1, true, null] } });
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  test.each([
    ['{"a": 1,}', 1, 8, "trailing comma before '}'"],
    ['[1, 2,]', 1, 6, "trailing comma before ']'"],
    ['{\n  "a": }', 2, 8, "unexpected '}': expected a value"],
    ['{"a" 1}', 1, 6, "unexpected '1': expected ':'"],
    ["{'a': 1}", 1, 2, "unexpected ''': expected a property name in double quotes"],
    ['{"a": tru}', 1, 7, "unexpected 't': expected a value"],
    ['{"a": 1', 1, 8, "unexpected end of file: expected ',' or '}'"],
    ['{"a": "x\ny"}', 1, 9, 'control character in a string (escape it, e.g. \\n)'],
    ['{"a": "\\q"}', 1, 8, 'bad escape in a string'],
    ['{"a": 01}', 1, 8, "unexpected '1': expected ',' or '}'"],
    ['{} {}', 1, 4, "unexpected '{' after the end of the document"],
    ['', 1, 1, 'the file is empty'],
    ['{"a": "abc', 1, 11, 'unterminated string'],
    ['{"a": -}', 1, 7, "unexpected '-': expected a value"],
  ])('%j fails at %i:%i with a plain message', (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message });
  });

  test('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('locateSyntaxError agrees with JSON.parse', () => {
  test('finds nothing wrong in any valid JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        expect(locateSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  test('finds an error, inside the text, in every text JSON.parse rejects', () => {
    const almostJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n'))
      .map(([text, at, junk]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + junk + text.slice(cut + (junk === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(almostJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const found = locateSyntaxError(text);
        if (valid) expect(found).toBeUndefined();
        else {
          expect(found).toBeDefined();
          expect(found!.offset).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});
