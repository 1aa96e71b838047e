// The CEL environment of a workflow: every form field is a variable by its key, typed from the
// field type; `vars`, `initiator` and `record` are maps. Shared by lint (type-check before
// publishing) and the engine (evaluation), so both agree on what an expression means.
import { Environment } from '@marcbachmann/cel-js';
import type { BatonWorkflowDefinition, Field } from '../generated/types.ts';

export type CelEnvironment = Environment;

/** Limits on expressions, enforced when parsing (DESIGN.md: not Turing-complete, bounded). */
export const CEL_LIMITS = {
  maxLength: 2000,
  maxAstNodes: 400,
  maxDepth: 24,
  maxListElements: 200,
  maxMapEntries: 200,
  maxCallArguments: 16,
} as const;

/** The CEL type a form field's value has in conditions and formulas. */
export function celTypeOfField(field: Field | { type: string; multiple?: boolean; resultType?: string }): string {
  switch (field.type) {
    case 'number':
    case 'money':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'multi-select':
      return 'list<string>';
    case 'user':
    case 'department':
    case 'record-link':
      return 'multiple' in field && field.multiple ? 'list<string>' : 'string';
    case 'date-range':
      return 'map<string, string>';
    case 'detail-table':
    case 'attachment':
      return 'list<map<string, dyn>>';
    case 'formula': {
      const rt = 'resultType' in field ? field.resultType : 'number';
      return rt === 'text' ? 'string' : rt === 'boolean' ? 'bool' : 'double';
    }
    default:
      return 'string';
  }
}

/** Names every expression may use besides the form fields. */
export const CEL_GLOBALS = ['vars', 'initiator', 'record'] as const;

export function createCelEnvironment(definition: Pick<BatonWorkflowDefinition, 'form'>): CelEnvironment {
  const env = new Environment({
    unlistedVariablesAreDyn: false,
    homogeneousAggregateLiterals: false,
    limits: {
      maxAstNodes: CEL_LIMITS.maxAstNodes,
      maxDepth: CEL_LIMITS.maxDepth,
      maxListElements: CEL_LIMITS.maxListElements,
      maxMapEntries: CEL_LIMITS.maxMapEntries,
      maxCallArguments: CEL_LIMITS.maxCallArguments,
    },
  });
  env.registerVariable('vars', 'map<string, dyn>');
  env.registerVariable('initiator', 'map<string, dyn>');
  env.registerVariable('record', 'map<string, dyn>');
  for (const field of definition.form?.fields ?? []) {
    if (!env.hasVariable(field.key)) env.registerVariable(field.key, celTypeOfField(field));
  }
  return env;
}

export type CelCheck = { ok: true; type: string } | { ok: false; kind: 'parse' | 'type' | 'limit'; message: string };

/** Parses and type-checks an expression. Never throws. */
export function checkCel(env: CelEnvironment, expression: string, expectBool = true): CelCheck {
  return analyzeCel(env, expression, expectBool).check;
}

/** What lint needs from one expression, from a single parse: the check, and what it reads. */
export interface CelAnalysis {
  check: CelCheck;
  /** Names read as `vars.<name>` or `vars["name"]` (only when the expression parsed). */
  varsUsed: string[];
  /** The undeclared variable the type checker stopped at, if that was the failure. */
  unknownVariable?: string;
}

/** Parses once, type-checks, and lists the `vars` the expression reads. Never throws. */
export function analyzeCel(env: CelEnvironment, expression: string, expectBool = true): CelAnalysis {
  if (expression.length > CEL_LIMITS.maxLength) {
    const message = `expression is longer than ${CEL_LIMITS.maxLength} characters`;
    return { check: { ok: false, kind: 'limit', message }, varsUsed: [] };
  }
  let parsed: ReturnType<Environment['parse']>;
  let result: { valid: boolean; type?: string; error?: Error };
  try {
    parsed = env.parse(expression);
    result = parsed.check() as typeof result;
  } catch (err) {
    return { check: { ok: false, kind: classify(err), message: firstLine(err) }, varsUsed: [] };
  }
  const varsUsed = varsReadBy(parsed.ast);
  if (!result.valid) {
    const message = firstLine(result.error);
    const unknown = /^Unknown variable: ([A-Za-z_][A-Za-z0-9_]*)/.exec(message)?.[1];
    const check: CelCheck = { ok: false, kind: classify(result.error), message };
    return unknown === undefined ? { check, varsUsed } : { check, varsUsed, unknownVariable: unknown };
  }
  const type = result.type ?? 'dyn';
  if (expectBool && type !== 'bool' && type !== 'dyn') {
    const message = `a condition must be true or false, but this gives ${type}`;
    return { check: { ok: false, kind: 'type', message }, varsUsed };
  }
  return { check: { ok: true, type }, varsUsed };
}

type AstNode = { op: string; args: unknown };

function isAstNode(x: unknown): x is AstNode {
  return typeof x === 'object' && x !== null && typeof (x as { op?: unknown }).op === 'string';
}

// The parser bounds the AST depth (CEL_LIMITS.maxDepth), so this recursion is bounded too.
function varsReadBy(ast: unknown, found: string[] = []): string[] {
  if (Array.isArray(ast)) {
    for (const a of ast) varsReadBy(a, found);
    return found;
  }
  if (!isAstNode(ast)) return found;
  const args = ast.args;
  if ((ast.op === '.' || ast.op === '[]') && Array.isArray(args) && isAstNode(args[0])) {
    const [target, member] = args;
    if (target.op === 'id' && target.args === 'vars') {
      const name = ast.op === '.' ? member : isAstNode(member) && member.op === 'value' ? member.args : undefined;
      if (typeof name === 'string' && !found.includes(name)) found.push(name);
    }
  }
  if (Array.isArray(args)) varsReadBy(args, found);
  return found;
}

function classify(err: unknown): 'parse' | 'type' | 'limit' {
  const name = err instanceof Error ? err.name : '';
  const msg = err instanceof Error ? err.message : String(err);
  if (/limit|exceed|too (deep|many)/i.test(msg)) return 'limit';
  return name === 'ParseError' ? 'parse' : 'type';
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0] ?? msg;
}

export type CelValue = unknown;

/** Evaluates an expression against a context; the result or an error message, never a throw. */
export function evaluateCel(
  env: CelEnvironment,
  expression: string,
  context: Record<string, unknown>,
): { ok: true; value: CelValue } | { ok: false; message: string } {
  try {
    return { ok: true, value: env.evaluate(expression, context) };
  } catch (err) {
    return { ok: false, message: firstLine(err) };
  }
}
