// A template manifest against its workflow: each binding names a declared parameter and a place
// that exists in the workflow, never the inside of an expression (parameters are values, bound to
// variables or assignee fields, not text pasted into CEL), with a value of the parameter's type.
import { pointerToken, problem, type Problem } from '../problem.ts';
import { arrayOf, isJson, q, qz } from './workflow-index.ts';

const EXPRESSION_PROPS = new Set(['condition', 'expression', 'visibleWhen', 'cel']);

export function lintTemplate(manifest: unknown, workflow: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isJson(manifest)) return [problem('', 'lint/not-an-object', 'a template manifest must be a JSON object', '模板清单必须是 JSON 对象')];
  const parameters = isJson(manifest.parameters) ? manifest.parameters : {};
  const props = isJson(parameters.properties) ? parameters.properties : {};
  const declared = new Map(Object.entries(props));
  const bound = new Set<string>();
  arrayOf(manifest.bindings).forEach((b, i) => {
    if (!isJson(b)) return;
    const at = `/bindings/${i}`;
    if (typeof b.parameter === 'string') {
      bound.add(b.parameter);
      if (!declared.has(b.parameter)) {
        out.push(
          problem(`${at}/parameter`, 'lint/binding-unknown-parameter', `parameter ${q(b.parameter)} is not declared under parameters`, `参数${qz(b.parameter)}没有在 parameters 中声明`),
        );
      }
    }
    if (typeof b.pointer !== 'string') return;
    const tokens = parsePointer(b.pointer);
    const found = tokens ? resolve(workflow, tokens) : { ok: false as const };
    if (!found.ok) {
      out.push(
        problem(`${at}/pointer`, 'lint/binding-unresolved', `${b.pointer} does not exist in the workflow`, `工作流中不存在 ${b.pointer}`),
      );
      return;
    }
    if (tokens?.some((t) => EXPRESSION_PROPS.has(t))) {
      out.push(
        problem(
          `${at}/pointer`,
          'lint/binding-into-expression',
          `${b.pointer} is inside an expression; bind the parameter to a variable and read it as vars.<name>`,
          `${b.pointer} 位于表达式内部；请把参数绑定到变量，并在表达式中用 vars.<name> 读取`,
        ),
      );
    }
    const param = typeof b.parameter === 'string' ? declared.get(b.parameter) : undefined;
    const want = isJson(param) && typeof param.type === 'string' ? param.type : undefined;
    if (want && !sameType(want, found.value)) {
      out.push(
        problem(
          `${at}/pointer`,
          'lint/binding-type',
          `parameter ${q(String(b.parameter))} is a ${want}, but ${b.pointer} holds ${describe(found.value)}`,
          `参数${qz(String(b.parameter))}的类型是 ${want}，但 ${b.pointer} 处是 ${describe(found.value)}`,
          'warning',
        ),
      );
    }
  });
  arrayOf(parameters.required).forEach((name, i) => {
    if (typeof name === 'string' && !declared.has(name)) {
      out.push(
        problem(`/parameters/required/${i}`, 'lint/binding-unknown-parameter', `required parameter ${q(name)} is not declared`, `必填参数${qz(name)}没有声明`),
      );
    }
  });
  for (const name of declared.keys()) {
    if (bound.has(name)) continue;
    out.push(
      problem(
        `/parameters/properties/${pointerToken(name)}`,
        'lint/parameter-unbound',
        `parameter ${q(name)} is not bound to anything in the workflow`,
        `参数${qz(name)}没有绑定到工作流中的任何位置`,
        'warning',
      ),
    );
  }
  return out;
}

/** RFC 6901 tokens of a pointer, or undefined when it is not one. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~[^01]|~$/.test(pointer)) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function resolve(doc: unknown, tokens: readonly string[]): { ok: true; value: unknown } | { ok: false } {
  let at = doc;
  for (const t of tokens) {
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= at.length) return { ok: false };
      at = at[Number(t)];
    } else if (isJson(at) && Object.hasOwn(at, t)) {
      at = at[t];
    } else return { ok: false };
  }
  return { ok: true, value: at };
}

function sameType(want: string, value: unknown): boolean {
  switch (want) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    default:
      return true;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
