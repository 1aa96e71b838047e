// Bounds on a document before any validator walks it. JSON cannot hold cycles, but a parsed file
// (or an HTTP body) can be deep or huge; Ajv and lint recurse, so depth and size are checked
// first, with an explicit stack, and reported as problems rather than crashes.
import { pointerOf, problem, type Problem } from './problem.ts';

export const INPUT_LIMITS = {
  /** Deepest nesting of arrays and objects. */
  maxDepth: 64,
  /** Most values (of any kind) in one document. */
  maxValues: 2_000_000,
  /** Longest string (keys included). */
  maxStringLength: 1_000_000,
} as const;

/** Problems with the document as a JSON value: too deep, too large, or not JSON at all. */
export function checkInputLimits(doc: unknown): Problem[] {
  const problems: Problem[] = [];
  // Each entry links to its parent, so a pointer is only built when something is reported.
  const stack: Entry[] = [{ value: doc, depth: 0, parent: undefined, key: '' }];
  let count = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (++count > INPUT_LIMITS.maxValues) {
      problems.push(
        problem(
          '',
          'schema/max-size',
          `the document has more than ${INPUT_LIMITS.maxValues} values`,
          `文档包含的值超过 ${INPUT_LIMITS.maxValues} 个`,
        ),
      );
      return problems;
    }
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(notJson(entry, 'a number that is not finite'));
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.maxStringLength) problems.push(tooLong(entry));
      continue;
    }
    if (typeof value !== 'object') {
      problems.push(notJson(entry, `a value of type ${typeof value}`));
      continue;
    }
    if (depth >= INPUT_LIMITS.maxDepth) {
      problems.push(
        problem(
          pointerOf(...pathOf(entry)),
          'schema/max-depth',
          `nested deeper than ${INPUT_LIMITS.maxDepth} levels`,
          `嵌套超过 ${INPUT_LIMITS.maxDepth} 层`,
        ),
      );
      return problems;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, parent: entry, key: i });
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      problems.push(notJson(entry, 'an object that is not plain JSON'));
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      if (k.length > INPUT_LIMITS.maxStringLength) problems.push(tooLong(entry));
      else stack.push({ value: (value as Record<string, unknown>)[k], depth: depth + 1, parent: entry, key: k });
    }
  }
  return problems;
}

interface Entry {
  value: unknown;
  depth: number;
  parent: Entry | undefined;
  key: string | number;
}

function pathOf(entry: Entry): Array<string | number> {
  const path: Array<string | number> = [];
  for (let e: Entry | undefined = entry; e?.parent; e = e.parent) path.unshift(e.key);
  return path;
}

function notJson(entry: Entry, what: string): Problem {
  return problem(pointerOf(...pathOf(entry)), 'schema/type', `${what} is not a JSON value`, `${what} 不是 JSON 值`);
}

function tooLong(entry: Entry): Problem {
  const n = INPUT_LIMITS.maxStringLength;
  return problem(pointerOf(...pathOf(entry)), 'schema/maxLength', `a string longer than ${n} characters`, `字符串超过 ${n} 个字符`);
}
