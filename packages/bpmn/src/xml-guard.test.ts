// Hostile and broken input to fromBpmn: malformed XML answers with line and column, DTDs (and so
// every entity, external or not) are refused before parsing, oversized input is refused before
// it is read as XML, and nothing throws.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fromBpmn } from './from-bpmn.ts';
import { BPMN_LIMITS } from './xml-guard.ts';

const HEAD = '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">';
const minimal = (inner = '') =>
  `${HEAD}<bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:endEvent id="e"${inner}/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/></bpmn:process></bpmn:definitions>`;

const where = (r: Awaited<ReturnType<typeof fromBpmn>>) => r.problems.map((p) => [p.code, p.line, p.column]);

describe('malformed XML is a problem with line and column, never a crash', () => {
  test.each([
    ['an unterminated attribute', `<?xml version="1.0"?>\n${HEAD}\n  <bpmn:process id="p">\n    <bpmn:userTask id="t" name="x>\n  </bpmn:process>\n</bpmn:definitions>`, ['bpmn/xml-syntax', 4, 5]],
    ['a truncated file', `${HEAD}\n<bpmn:process id="p">\n  <bpmn:userTask id="t"`, ['bpmn/xml-syntax', 3, 3]],
    ['mismatched tags', `${HEAD}\n<bpmn:process id="p">\n</bpmn:task>\n</bpmn:definitions>`, ['bpmn/xml-syntax', 3, 1]],
    ['JSON instead of XML', '{"nodes": []}', ['bpmn/xml-syntax', 1, 1]],
    ['control characters', '\u0000\u0001<<<>>>', ['bpmn/xml-syntax', 1, 1]],
  ])('%s', async (_name, xml, first) => {
    const r = await fromBpmn(xml);
    expect(r.ok).toBe(false);
    expect(where(r)[0]).toEqual(first);
  });

  test('XML that is not BPMN says so, at the root element', async () => {
    const r = await fromBpmn('<?xml version="1.0"?>\n<html><body/></html>');
    expect(where(r)).toEqual([['bpmn/not-bpmn', 2, 1]]);
    expect(r.problems[0]?.message.en).toBe('<html> is not <bpmn:definitions>: this is not a BPMN 2.0 file');
  });

  test('elements outside BPMN 2.0 are errors at their place; unknown plain attributes warnings', async () => {
    const r = await fromBpmn(`${HEAD}\n<bpmn:process id="p">\n  <bpmn:fooTask id="x"/>\n</bpmn:process></bpmn:definitions>`);
    expect(where(r)).toEqual([['bpmn/unknown-element', 3, 3]]);
    const w = await fromBpmn(minimal(' bogus="1"'));
    expect(w.ok).toBe(true);
    expect(w.problems.map((p) => [p.code, p.severity])).toEqual([['bpmn/unknown-attribute', 'warning']]);
  });

  test('a reference to no element names the element that holds it', async () => {
    const r = await fromBpmn(minimal().replace('targetRef="e"', 'targetRef="nowhere"'));
    expect(r.problems[0]?.message.en).toBe('<bpmn:sequenceFlow id="f"> refers to "nowhere" (bpmn:targetRef), which is no element of this file');
  });

  test('input that is not text, empty text, or has no process', async () => {
    for (const junk of [undefined, null, 42, {}, ['<x/>'], new Uint8Array([60, 120, 47, 62])]) {
      expect((await fromBpmn(junk)).problems.map((p) => p.code)).toEqual(['bpmn/not-text']);
    }
    expect((await fromBpmn('  \n')).problems.map((p) => p.code)).toEqual(['bpmn/empty']);
    expect((await fromBpmn(`${HEAD}</bpmn:definitions>`)).problems.map((p) => p.code)).toEqual(['bpmn/no-process']);
  });

  test('a byte-order mark is allowed', async () => {
    expect((await fromBpmn('\uFEFF' + minimal())).ok).toBe(true);
  });

  test('deeply nested vendor extensions do not exhaust the stack', async () => {
    const depth = 20_000;
    const nested = '<x:a xmlns:x="urn:x">'.repeat(depth) + '</x:a>'.repeat(depth);
    const xml = minimal().replace('<bpmn:startEvent id="s"/>', `<bpmn:startEvent id="s"><bpmn:extensionElements>${nested}</bpmn:extensionElements></bpmn:startEvent>`);
    const r = await fromBpmn(xml);
    expect(r.ok).toBe(true);
  });
});

describe('no document type declarations: no entity is ever expanded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-xxe-'));
  const secretFile = join(dir, 'secret.txt');
  const SECRET = 'TOP-SECRET-4f1b2c';
  writeFileSync(secretFile, SECRET);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['an external file entity', `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://${secretFile}">]>\n${minimal(' name="&xxe;"')}`],
    ['an external DTD', `<?xml version="1.0"?>\n<!DOCTYPE bpmn:definitions SYSTEM "http://127.0.0.1:9/evil.dtd">\n${minimal()}`],
    ['a parameter entity', `<!DOCTYPE d [<!ENTITY % p SYSTEM "file://${secretFile}"> %p;]>\n${minimal()}`],
    ['an entity bomb', `<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n${minimal(' name="&c;"')}`],
    ['a lower-case doctype after a comment', `<!-- drawn by hand -->\n<!doctype d>\n${minimal()}`],
  ])('%s is refused before parsing', async (_name, xml) => {
    const r = await fromBpmn(xml);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['bpmn/doctype']);
    expect(r.problems[0]?.line).toBe(xml.slice(0, xml.search(/<!doctype/i)).split('\n').length);
    expect(JSON.stringify(r)).not.toContain(SECRET);
  });
});

describe('size limit', () => {
  test(`text over ${BPMN_LIMITS.maxBytes} bytes of UTF-8 is refused without being parsed`, async () => {
    const padding = ' '.repeat(BPMN_LIMITS.maxBytes);
    const started = performance.now();
    const r = await fromBpmn(minimal() + padding);
    expect(r.problems.map((p) => p.code)).toEqual(['bpmn/too-large']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('the limit counts bytes, not characters', async () => {
    const chinese = '流'.repeat(Math.ceil(BPMN_LIMITS.maxBytes / 3) + 10); // 3 bytes each in UTF-8
    expect(chinese.length).toBeLessThan(BPMN_LIMITS.maxBytes);
    const r = await fromBpmn(minimal(` name="${chinese}"`));
    expect(r.problems.map((p) => p.code)).toEqual(['bpmn/too-large']);
  });
});
