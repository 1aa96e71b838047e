// A form's own consistency, for a workflow's form and a form file alike: unique keys, valid
// expressions, patterns that compile, option values that are distinct, bounds in order.
import { problem, type Problem } from '../problem.ts';
import { lintFieldExpressions, type ExpressionChecker } from './expressions.ts';
import { lintFieldKeys } from './unique-keys.ts';
import { arrayOf, isJson, q, qz, type LintField } from './workflow-index.ts';

const BOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['minimum', 'maximum'],
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minRows', 'maxRows'],
];

/** `variables`: the workflow's declared variables, or undefined for a form file on its own. */
export function lintFormFields(
  fields: readonly LintField[],
  variables: ReadonlySet<string> | undefined,
  out: Problem[],
  options: { keys?: boolean; checker?: ExpressionChecker } = {},
): void {
  if (options.keys !== false) lintFieldKeys(fields, out);
  lintFieldExpressions(fields, variables, out, options.checker);
  for (const f of fields.flatMap((f) => [f, ...f.columns])) lintOneField(f, out);
}

function lintOneField(f: LintField, out: Problem[]): void {
  const raw = f.raw;
  if (typeof raw.pattern === 'string') {
    try {
      new RegExp(raw.pattern, 'u');
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      out.push(problem(`${f.pointer}/pattern`, 'lint/invalid-pattern', `the pattern is not a valid regular expression: ${why}`, `正则表达式无效：${why}`));
    }
  }
  for (const [lo, hi] of BOUNDS) {
    const a = raw[lo];
    const b = raw[hi];
    if ((typeof a === 'number' || typeof a === 'string') && typeof b === typeof a && a > (b as typeof a)) {
      out.push(problem(`${f.pointer}/${lo}`, 'lint/bounds-order', `${lo} is greater than ${hi}`, `${lo} 大于 ${hi}`));
    }
  }
  const seen = new Set<string>();
  arrayOf(raw.options).forEach((o, i) => {
    if (!isJson(o) || typeof o.value !== 'string') return;
    if (seen.has(o.value)) {
      out.push(
        problem(`${f.pointer}/options/${i}/value`, 'lint/duplicate-option', `option value ${q(o.value)} is used twice`, `选项值${qz(o.value)}重复`),
      );
    }
    seen.add(o.value);
  });
}
