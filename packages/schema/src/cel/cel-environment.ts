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
  if (expression.length > CEL_LIMITS.maxLength) {
    return { ok: false, kind: 'limit', message: `expression is longer than ${CEL_LIMITS.maxLength} characters` };
  }
  let result: { valid: boolean; type?: string; error?: Error };
  try {
    result = env.check(expression) as typeof result;
  } catch (err) {
    return { ok: false, kind: classify(err), message: firstLine(err) };
  }
  if (!result.valid) return { ok: false, kind: classify(result.error), message: firstLine(result.error) };
  const type = result.type ?? 'dyn';
  if (expectBool && type !== 'bool' && type !== 'dyn') {
    return { ok: false, kind: 'type', message: `a condition must be true or false, but this gives ${type}` };
  }
  return { ok: true, type };
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
