// Semantic lint of a workflow: everything the schema cannot say. Each rule family is its own
// file; this runs them all. Works on any JSON (the index reads it through guards) and never
// throws: should a rule still fail on some input, that becomes a `lint/internal-error` problem
// (tests assert it never appears), so one bug cannot hide every other finding.
import type { BatonRecordType } from '../generated/types.ts';
import { problem, type Problem } from '../problem.ts';
import { lintBranches } from './branches.ts';
import { ExpressionChecker, lintExpressions } from './expressions.ts';
import { lintFieldReferences } from './field-references.ts';
import { lintForks } from './forks.ts';
import { lintFormFields } from './form-rules.ts';
import { orderGraph, type GraphOrder } from './graph-order.ts';
import { lintGraphShape } from './graph-shape.ts';
import { lintLimits } from './limits.ts';
import { lintLayout, lintRecordFields, lintRejectTargets } from './node-references.ts';
import { lintNodePolicies } from './node-policies.ts';
import { lintReachability } from './reachability.ts';
import { lintUniqueKeys } from './unique-keys.ts';
import { indexWorkflow, isJson } from './workflow-index.ts';

export interface LintContext {
  /** Record types by key, to check change sets and record updates against their fields. */
  recordTypes?: ReadonlyMap<string, BatonRecordType>;
}

export function lintWorkflow(def: unknown, context: LintContext = {}): Problem[] {
  if (!isJson(def)) return [problem('', 'lint/not-an-object', 'a workflow must be a JSON object', '流程定义必须是 JSON 对象')];
  const out: Problem[] = [];
  const ix = indexWorkflow(def);
  let graph: GraphOrder | undefined;
  let checker: ExpressionChecker | undefined;
  const rules: Array<[string, () => void]> = [
    ['limits', () => lintLimits(ix, out)],
    ['unique-keys', () => lintUniqueKeys(ix, out)],
    ['graph-shape', () => lintGraphShape(ix, out)],
    ['order', () => (graph = orderGraph(ix))],
    ['reachability', () => graph && lintReachability(ix, graph, out)],
    ['forks', () => graph && lintForks(ix, graph, out)],
    ['branches', () => lintBranches(ix, out)],
    ['expressions', () => (checker = ExpressionChecker.forFields(ix.fields, ix.variables))],
    ['form', () => lintFormFields(ix.fields, ix.variables, out, { keys: false, ...(checker ? { checker } : {}) })],
    ['conditions', () => checker && lintExpressions(ix, checker, out)],
    ['field-references', () => lintFieldReferences(ix, out)],
    ['reject-targets', () => lintRejectTargets(ix, out)],
    ['node-policies', () => lintNodePolicies(ix, out)],
    ['record-fields', () => lintRecordFields(ix, context.recordTypes, out)],
    ['layout', () => lintLayout(ix, out)],
  ];
  for (const [name, run] of rules) {
    try {
      run();
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      out.push(problem('', 'lint/internal-error', `lint rule ${name} failed: ${why}`, `检查规则 ${name} 出错：${why}`));
    }
  }
  return out;
}
