// Reading Baton extension elements back: the first <baton:*> of a type inside an element's
// bpmn:extensionElements, its attributes and its JSON. A broken JSON body is a problem naming the
// element, never an exception.
import type { ProblemSink } from './bpmn-problems.ts';
import { parseJsonObject } from './compact-json.ts';
import { elementAt, elementsAt, stringAt, type ModdleElement } from './moddle-reader.ts';

export type BatonExtensionType = 'baton:Definition' | 'baton:Form' | 'baton:Settings' | 'baton:Node' | 'baton:Edge' | 'baton:Timeout';

export interface BatonExtension {
  element: ModdleElement;
  json: Record<string, unknown>;
}

/** The extension (undefined when absent), or null when it is there but unreadable (reported). */
export function readExtension(el: ModdleElement, type: BatonExtensionType, sink: ProblemSink): BatonExtension | undefined | null {
  const ext = elementsAt(elementAt(el, 'extensionElements'), 'values').find((v) => v.$type === type);
  if (!ext) return undefined;
  const parsed = parseJsonObject(stringAt(ext, 'json'));
  if (!parsed.ok) {
    const tag = type.replace(/:(\w)/, (_, c: string) => `:${c.toLowerCase()}`);
    sink.element(el, 'bpmn/invalid-extension', `has a <${tag}> whose JSON cannot be read (${parsed.reason})`, `的 <${tag}> 中的 JSON 无法读取（${parsed.reason}）`);
    return null;
  }
  return { element: ext, json: parsed.value };
}

/** The text of an element's documentation (the first one), if any. */
export function documentationOf(el: ModdleElement): string | undefined {
  const doc = elementsAt(el, 'documentation')[0];
  const text = stringAt(doc, 'text');
  return text === undefined || text.trim() === '' ? undefined : text;
}

export type Timer = { kind: 'duration' | 'date' | 'cycle'; body: string; language?: string };

/** The timer of a timer event definition, or undefined when it has none. */
export function timerOf(def: ModdleElement | undefined): Timer | undefined {
  for (const kind of ['duration', 'date', 'cycle'] as const) {
    const expr = elementAt(def, `time${kind.charAt(0).toUpperCase()}${kind.slice(1)}`);
    const body = stringAt(expr, 'body');
    if (body !== undefined) return { kind, body: body.trim(), language: stringAt(expr, 'language') };
  }
  return undefined;
}
