import { describe, expect, test } from 'vitest';
import { escapeAttr, escapeText, isXmlSafe, renderXml, xmlSafe } from './xml-writer.ts';

describe('xml writer', () => {
  test('escapes markup in attributes and text, keeping line breaks and tabs in attributes', () => {
    expect(escapeAttr('a & b < c > "d"\n\te\r')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;&#10;&#9;e&#13;');
    expect(escapeText('x < 1 && y > "2" ]]>')).toBe('x &lt; 1 &amp;&amp; y &gt; "2" ]]&gt;');
  });

  test('characters XML 1.0 cannot carry are detected and dropped from display text', () => {
    expect(isXmlSafe('plain 中文 🙂')).toBe(true);
    for (const bad of ['\u0000', '\u0008', '\u000B', '\uFFFE', '\uFFFF', '\uD800', 'x\uDC00']) expect(isXmlSafe(bad)).toBe(false);
    expect(xmlSafe('a\u0000b\uD800c🙂')).toBe('abc🙂');
  });

  test('renders nested elements deterministically, empty ones self-closed, undefined attributes left out', () => {
    const xml = renderXml({ name: 'r', attrs: { a: '1', b: undefined, c: 2 }, children: [{ name: 'x', text: 'hi' }, { name: 'y' }] });
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<r a="1" c="2">\n  <x>hi</x>\n  <y />\n</r>\n');
  });
});
