// Problems found while reading a BPMN file. They name the element the way its XML does
// (`<bpmn:scriptTask id="Task_3">`) and, when the element can be found in the text, carry its
// line and column (1-based), so a CLI can print `file.bpmn:12:5: ...`.
import type { Problem, Severity } from '@baton/schema';

export interface BpmnProblem extends Problem {
  line?: number;
  column?: number;
}

/** The parts of a moddle element problems need. */
export interface NamedElement {
  $type: string;
  id?: string;
}

/** `<bpmn:scriptTask id="Task_3">`: the element as written in XML (moddle types are capitalised). */
export function describeElement(el: NamedElement): string {
  const [prefix = '', local = ''] = el.$type.includes(':') ? el.$type.split(':') : ['', el.$type];
  const tag = `${prefix ? `${prefix}:` : ''}${local.charAt(0).toLowerCase()}${local.slice(1)}`;
  return el.id === undefined ? `<${tag}>` : `<${tag} id="${el.id}">`;
}

export interface Locator {
  /** Where the start tag of the element with this id is, when it can be found. */
  find(id: string | undefined): { line: number; column: number } | undefined;
  /** Line and column (1-based) of a character offset. */
  at(offset: number): { line: number; column: number };
}

// Start tags carrying an id attribute; enough to point a person at the element.
const TAG_WITH_ID = /<[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?\s[^<>]*?\bid\s*=\s*(["'])([^"'<>]*)\1/g;

export function createLocator(text: string): Locator {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let ids: Map<string, number> | undefined;
  const at = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  return {
    at,
    find(id) {
      if (id === undefined) return undefined;
      if (!ids) {
        ids = new Map();
        for (const m of text.matchAll(TAG_WITH_ID)) if (!ids.has(m[2]!)) ids.set(m[2]!, m.index);
      }
      const offset = ids.get(id);
      return offset === undefined ? undefined : at(offset);
    },
  };
}

export interface ProblemSink {
  readonly problems: BpmnProblem[];
  /** A problem about one element, located in the text. */
  element(el: NamedElement, code: string, en: string, zh: string, severity?: Severity): void;
  /** A problem about the document, or at a known place. */
  add(code: string, en: string, zh: string, where?: { line: number; column: number }, severity?: Severity): void;
  hasErrors(): boolean;
}

export function createProblemSink(locator: Locator): ProblemSink {
  const problems: BpmnProblem[] = [];
  const push = (code: string, en: string, zh: string, where: { line: number; column: number } | undefined, severity: Severity) => {
    problems.push({ pointer: '', code, severity, message: { en, 'zh-CN': zh }, ...(where ?? {}) });
  };
  return {
    problems,
    element(el, code, en, zh, severity = 'error') {
      const name = describeElement(el);
      push(code, `${name} ${en}`, `${name} ${zh}`, locator.find(el.id), severity);
    },
    add(code, en, zh, where, severity = 'error') {
      push(code, en, zh, where, severity);
    },
    hasErrors: () => problems.some((p) => p.severity === 'error'),
  };
}
