// Reading BPMN XML with bpmn-moddle, the bpmn.io meta-model: the document is checked against
// BPMN 2.0 (and the Baton extension's own package) while it is read. Its warnings and errors are
// turned into problems with 1-based line and column; nothing it raises escapes as an exception.
import { BpmnModdle } from 'bpmn-moddle';
import { BATON_MODDLE } from './bpmn-namespaces.ts';
import type { ProblemSink } from './bpmn-problems.ts';

/** A moddle element, loosely typed: read it through the helpers below. */
export interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  $attrs?: Record<string, string>;
  $descriptor?: { isGeneric?: boolean; ns?: { uri?: string; localName?: string } };
  [property: string]: unknown;
}

export function isElement(x: unknown): x is ModdleElement {
  return typeof x === 'object' && x !== null && typeof (x as { $type?: unknown }).$type === 'string';
}

export function elementsAt(el: ModdleElement | undefined, property: string): ModdleElement[] {
  const v = el?.[property];
  return Array.isArray(v) ? v.filter(isElement) : [];
}

export function elementAt(el: ModdleElement | undefined, property: string): ModdleElement | undefined {
  const v = el?.[property];
  return isElement(v) ? v : undefined;
}

export function stringAt(el: ModdleElement | undefined, property: string): string | undefined {
  const v = el?.[property];
  return typeof v === 'string' ? v : undefined;
}

interface ModdleWarning {
  message?: string;
  element?: unknown;
  property?: string;
}

interface ModdleParse {
  rootElement?: unknown;
  warnings?: ModdleWarning[];
}

interface ModdleInstance {
  fromXML(xml: string, options: { lax: boolean }): Promise<ModdleParse>;
}

const createModdle = BpmnModdle as new (packages: Record<string, unknown>) => ModdleInstance;

/** Parses `xml` as <bpmn:definitions>; returns the root element, or undefined when it cannot. */
export async function readModdle(xml: string, sink: ProblemSink): Promise<ModdleElement | undefined> {
  const moddle = new createModdle({ baton: BATON_MODDLE });
  let parsed: ModdleParse;
  try {
    parsed = await moddle.fromXML(xml, { lax: true });
  } catch (err) {
    const e = err as { message?: string; warnings?: ModdleWarning[] };
    for (const w of e.warnings ?? []) report(w, sink);
    const message = e.message ?? String(err);
    if (/failed to parse document as/.test(message)) {
      if (!sink.problems.some((p) => p.code === 'bpmn/not-bpmn')) sink.add('bpmn/not-bpmn', 'the root element is not <bpmn:definitions>: this is not a BPMN 2.0 file', '根元素不是 <bpmn:definitions>：这不是 BPMN 2.0 文件');
    } else {
      report({ message }, sink);
    }
    return undefined;
  }
  for (const w of parsed.warnings ?? []) report(w, sink);
  return isElement(parsed.rootElement) ? parsed.rootElement : undefined;
}

const UNPARSABLE = /^unparsable content ([\s\S]*?)\s*detected\n\tline: (\d+)\n\tcolumn: (\d+)\n\tnested error: ([\s\S]*)$/;

function report(warning: ModdleWarning, sink: ProblemSink): void {
  const message = warning.message ?? '';
  const m = UNPARSABLE.exec(message);
  if (!m) {
    const attr = /^unknown attribute <(.*)>$/.exec(message);
    if (attr) {
      sink.add('bpmn/unknown-attribute', `unknown attribute "${attr[1]}" ignored`, `已忽略未知属性 "${attr[1]}"`, undefined, 'warning');
      return;
    }
    const ref = /^unresolved reference <(.*)>$/.exec(message);
    if (ref) {
      const en = `refers to "${ref[1]}" (${warning.property ?? 'a reference'}), which is no element of this file`;
      const zh = `引用了 "${ref[1]}"（${warning.property ?? '引用'}），但文件中没有该元素`;
      if (isElement(warning.element)) sink.element(warning.element, 'bpmn/unresolved-reference', en, zh);
      else sink.add('bpmn/unresolved-reference', `a reference ${en}`, zh);
      return;
    }
    if (/^unsupported document encoding/.test(message)) {
      sink.add('bpmn/encoding', `${message}`, `不支持的文档编码，按 UTF-8 读取`, undefined, 'warning');
      return;
    }
    sink.add('bpmn/xml-syntax', message, message);
    return;
  }
  // saxen counts lines and columns from 0.
  const where = { line: Number(m[2]) + 1, column: Number(m[3]) + 1 };
  const content = m[1]!.trim();
  const nested = m[4]!.trim();
  if (/^unexpected element/.test(nested)) {
    const tag = content.replace(/\s.*$/s, '').replace(/\/?>$/, '');
    sink.add('bpmn/not-bpmn', `${tag}> is not <bpmn:definitions>: this is not a BPMN 2.0 file`, `${tag}> 不是 <bpmn:definitions>：这不是 BPMN 2.0 文件`, where);
    return;
  }
  const unknownType = /^unknown type <(.*)>$/.exec(nested);
  if (unknownType) {
    const tag = content.replace(/\/?>$/, '').replace(/^</, '');
    if (unknownType[1]!.startsWith('baton:')) {
      sink.add('bpmn/invalid-extension', `<${tag}> is not a Baton extension element`, `<${tag}> 不是 Baton 扩展元素`, where);
    } else {
      sink.add('bpmn/unknown-element', `<${tag}> is not a BPMN 2.0 element`, `<${tag}> 不是 BPMN 2.0 元素`, where);
    }
    return;
  }
  const shown = content.length > 60 ? `${content.slice(0, 60)}…` : content;
  sink.add('bpmn/xml-syntax', `malformed XML: ${nested} (at ${shown})`, `XML 格式错误：${nested}（位于 ${shown}）`, where);
}
