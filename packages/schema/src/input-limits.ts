// Bounds on a document before any validator walks it. JSON cannot hold cycles, but a parsed file
// (or an HTTP body) can be deep or huge; Ajv and lint recurse, so depth and size are checked
// first and reported as problems rather than crashes. The walk itself recurses at most
// maxDepth levels (it stops there), and allocates nothing per value: it runs before every
// validation, so it must stay cheap (see docs/performance.md).
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
  const walk = new Walk();
  walk.visit(doc, 0);
  return walk.problems;
}

class Walk {
  problems: Problem[] = [];
  /** The path to the value being visited (pushed and popped, so nothing is copied). */
  private readonly path: Array<string | number> = [];
  private count = 0;
  private stopped = false;

  visit(value: unknown, depth: number): void {
    if (this.stopped) return;
    if (++this.count > INPUT_LIMITS.maxValues) {
      const n = INPUT_LIMITS.maxValues;
      this.stop(problem('', 'schema/max-size', `the document has more than ${n} values`, `文档包含的值超过 ${n} 个`));
      return;
    }
    switch (typeof value) {
      case 'boolean':
        return;
      case 'number':
        if (!Number.isFinite(value)) this.notJson('a number that is not finite');
        return;
      case 'string':
        if (value.length > INPUT_LIMITS.maxStringLength) this.tooLong();
        return;
      case 'object':
        if (value === null) return;
        break;
      default:
        this.notJson(`a value of type ${typeof value}`);
        return;
    }
    if (depth >= INPUT_LIMITS.maxDepth) {
      const n = INPUT_LIMITS.maxDepth;
      this.stop(problem(pointerOf(...this.path), 'schema/max-depth', `nested deeper than ${n} levels`, `嵌套超过 ${n} 层`));
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !this.stopped; i++) {
        this.path.push(i);
        this.visit(value[i], depth + 1);
        this.path.pop();
      }
      return;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      this.notJson('an object that is not plain JSON');
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      this.path.push(key);
      if (key.length > INPUT_LIMITS.maxStringLength) this.tooLong();
      else this.visit((value as Record<string, unknown>)[key], depth + 1);
      this.path.pop();
      if (this.stopped) return;
    }
  }

  private stop(p: Problem): void {
    this.problems.push(p);
    this.stopped = true;
  }

  private notJson(what: string): void {
    this.problems.push(problem(pointerOf(...this.path), 'schema/type', `${what} is not a JSON value`, `${what} 不是 JSON 值`));
  }

  private tooLong(): void {
    const n = INPUT_LIMITS.maxStringLength;
    this.problems.push(problem(pointerOf(...this.path), 'schema/maxLength', `a string longer than ${n} characters`, `字符串超过 ${n} 个字符`));
  }
}
