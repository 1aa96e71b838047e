// Every CEL expression in a workflow parses and type-checks against the declared form fields
// (branch conditions, visibleWhen, formulas, `cel` value sources), reads only declared `vars`, and
// stays within CEL_LIMITS. Each distinct expression text is compiled once per environment.
import {
  analyzeCel,
  CEL_GLOBALS,
  celTypeOfField,
  createCelEnvironment,
  type CelAnalysis,
  type CelEnvironment,
} from '../cel/cel-environment.ts';
import type { Field } from '../generated/types.ts';
import { pointerToken, problem, type Problem } from '../problem.ts';
import { closest } from '../ajv-problems.ts';
import { CONDITIONAL_TYPES } from './branches.ts';
import { isJson, q, qz, type Json, type LintField, type WorkflowIndex } from './workflow-index.ts';

const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const RESERVED = new Set([...CEL_GLOBALS, 'now', 'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else',
  'for', 'function', 'if', 'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while']);

/** Checks expressions against one environment, compiling each text once. */
export class ExpressionChecker {
  private readonly cache = new Map<string, CelAnalysis>();
  private constructor(
    private readonly env: CelEnvironment,
    private readonly names: readonly string[],
    private readonly variables: ReadonlySet<string> | undefined,
  ) {}

  /** `variables` undefined: do not check `vars.x` (a form on its own declares none). */
  /** `globals`: more map-typed names the expressions may use (a record trigger's `before`). */
  static forFields(fields: readonly LintField[], variables: ReadonlySet<string> | undefined, extra: readonly LintField[] = [], globals: readonly string[] = []) {
    const usable = (list: readonly LintField[]) => list.filter((f) => FIELD_KEY.test(f.key) && !RESERVED.has(f.key));
    const env = createCelEnvironment({ form: { fields: usable(fields).map((f) => f.raw as unknown as Field) } });
    const scoped = extra.length === 0 && globals.length === 0 ? env : env.clone();
    for (const c of usable(extra)) {
      if (!scoped.hasVariable(c.key)) scoped.registerVariable(c.key, celType(c));
    }
    for (const g of globals) {
      if (!scoped.hasVariable(g)) scoped.registerVariable(g, 'map<string, dyn>');
    }
    return new ExpressionChecker(scoped, [...fields, ...extra].map((f) => f.key), variables);
  }

  /**
   * Reports what is wrong with `expression` at `pointer`. `expect`: 'bool' for conditions, a list
   * of acceptable CEL types for formulas, or 'any'.
   */
  check(expression: unknown, pointer: string, what: string, whatZh: string, expect: 'bool' | 'any' | readonly string[], out: Problem[]) {
    if (typeof expression !== 'string') return;
    let a = this.cache.get(expression);
    if (!a) {
      a = analyzeCel(this.env, expression, expect === 'bool');
      this.cache.set(expression, a);
    }
    const c = a.check;
    if (!c.ok) {
      if (c.kind === 'parse') {
        out.push(problem(pointer, 'lint/cel-syntax', `${what} does not parse: ${c.message}`, `${whatZh}有语法错误：${c.message}`));
      } else if (c.kind === 'limit') {
        out.push(problem(pointer, 'lint/cel-limit', `${what} is too large or too deep: ${c.message}`, `${whatZh}过长或嵌套过深：${c.message}`));
      } else if (a.unknownVariable !== undefined) {
        const name = a.unknownVariable;
        const guess = closest(name, this.names);
        const hint = guess ? ` (did you mean ${q(guess)}?)` : '';
        out.push(
          problem(
            pointer,
            'lint/cel-unknown-field',
            `${what} uses ${q(name)}, which is not a form field${hint}`,
            `${whatZh}使用了${qz(name)}，它不是表单字段${guess ? `（是否应为${qz(guess)}？）` : ''}`,
          ),
        );
      } else {
        out.push(problem(pointer, 'lint/cel-type', `${what} does not type-check: ${c.message}`, `${whatZh}类型错误：${c.message}`));
      }
    } else if (Array.isArray(expect) && !expect.includes(c.type) && c.type !== 'dyn') {
      out.push(
        problem(pointer, 'lint/cel-type', `${what} gives ${c.type}, expected ${expect.join(' or ')}`, `${whatZh}结果为 ${c.type}，应为 ${expect.join(' 或 ')}`),
      );
    }
    if (this.variables) {
      for (const v of a.varsUsed) {
        if (this.variables.has(v)) continue;
        out.push(
          problem(
            pointer,
            'lint/unknown-variable',
            `${what} reads vars.${v}, which is not declared under variables`,
            `${whatZh}读取了 vars.${v}，但 variables 中没有声明它`,
          ),
        );
      }
    }
  }
}

function celType(f: LintField): string {
  const resultType = typeof f.raw.resultType === 'string' ? f.raw.resultType : undefined;
  return celTypeOfField({ type: f.type, multiple: f.raw.multiple === true, ...(resultType ? { resultType } : {}) });
}

const FORMULA_TYPES: Record<string, readonly string[]> = {
  number: ['double', 'int', 'uint'],
  money: ['double', 'int', 'uint'],
  text: ['string'],
  boolean: ['bool'],
};

/** visibleWhen and formula expressions of a list of fields (and of detail-table columns). */
export function lintFieldExpressions(
  fields: readonly LintField[],
  variables: ReadonlySet<string> | undefined,
  out: Problem[],
  checker = ExpressionChecker.forFields(fields, variables),
): void {
  const one = (c: ExpressionChecker, f: LintField) => {
    c.check(f.raw.visibleWhen, `${f.pointer}/visibleWhen`, 'visibleWhen', '显示条件', 'bool', out);
    if (f.type === 'formula') {
      const rt = typeof f.raw.resultType === 'string' ? f.raw.resultType : 'number';
      c.check(f.raw.expression, `${f.pointer}/expression`, 'the formula', '公式', FORMULA_TYPES[rt] ?? 'any', out);
    }
  };
  for (const f of fields) {
    one(checker, f);
    if (f.columns.length > 0) {
      // A column's expressions see the form's fields and the other columns of its row.
      const rowChecker = ExpressionChecker.forFields(fields, variables, f.columns);
      for (const c of f.columns) one(rowChecker, c);
    }
  }
}

/** Branch conditions and `cel` value sources (field expressions are part of the form rules). */
export function lintExpressions(ix: WorkflowIndex, checker: ExpressionChecker, out: Problem[]): void {
  for (const e of ix.edges) {
    const from = ix.nodeById.get(e.from);
    if (!from || !CONDITIONAL_TYPES.has(from.type)) continue;
    checker.check(e.raw.condition, `/edges/${e.index}/condition`, 'the condition', '条件', 'bool', out);
  }
  for (const n of ix.nodes) {
    const at = `/nodes/${n.index}`;
    valueSources(n.raw.input, `${at}/input`, checker, out);
    const action = isJson(n.raw.action) ? n.raw.action : undefined;
    if (action) for (const prop of ['set', 'values', 'body']) valueSources(action[prop], `${at}/action/${prop}`, checker, out);
  }
}

function valueSources(map: unknown, pointer: string, checker: ExpressionChecker, out: Problem[]): void {
  if (!isJson(map)) return;
  for (const [k, v] of Object.entries(map)) {
    if (isJson(v) && 'cel' in v) checker.check((v as Json).cel, `${pointer}/${pointerToken(k)}/cel`, 'the expression', '表达式', 'any', out);
  }
}
