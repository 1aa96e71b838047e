// The rule builder's model: rules (field, operator, value) in AND / OR groups. It maps to a
// subset of CEL both ways (rules-to-cel.ts, cel-to-rules.ts); anything outside the subset is
// edited as CEL text.
import type { Field } from '@baton/schema';
import { celTypeOfField } from '@baton/schema';

export type Operator =
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'
  | 'in' | 'not-in'
  | 'contains' | 'starts-with' | 'ends-with'
  | 'has';

export type RuleValue =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'list'; value: string[] }
  | { kind: 'var'; name: string };

export interface Rule {
  kind: 'rule';
  /** A form field key or a dotted path such as `initiator.department`. */
  field: string;
  operator: Operator;
  value: RuleValue;
}

export interface RuleGroup {
  kind: 'group';
  combinator: 'and' | 'or';
  children: Array<Rule | RuleGroup>;
}

export const COMPARISON_SYMBOL: Record<'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge', string> = {
  eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=',
};

export const METHOD_OF: Record<'contains' | 'starts-with' | 'ends-with', string> = {
  contains: 'contains', 'starts-with': 'startsWith', 'ends-with': 'endsWith',
};

/** A field the builder can test, with the CEL type that decides its operators. */
export interface RuleField {
  key: string;
  label: { en?: string; 'zh-CN'?: string };
  celType: string;
  options?: Array<{ value: string; label: { en?: string; 'zh-CN'?: string } }>;
}

/** The form fields a rule can name: every field whose CEL type the builder has operators for. */
export function ruleFields(fields: readonly Field[]): RuleField[] {
  const out: RuleField[] = [];
  for (const f of fields) {
    const celType = celTypeOfField(f);
    if (operatorsFor(celType).length === 0) continue;
    const rf: RuleField = { key: f.key, label: f.label, celType };
    if ((f.type === 'select' || f.type === 'multi-select') && f.options) rf.options = f.options;
    out.push(rf);
  }
  return out;
}

export function operatorsFor(celType: string): Operator[] {
  switch (celType) {
    case 'double':
      return ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];
    case 'string':
      return ['eq', 'ne', 'in', 'not-in', 'contains', 'starts-with', 'ends-with'];
    case 'bool':
      return ['eq', 'ne'];
    case 'list<string>':
      return ['has'];
    default:
      return [];
  }
}

/** The value a new rule on this field starts with, for the operator. */
export function defaultValue(celType: string, operator: Operator): RuleValue {
  if (operator === 'in' || operator === 'not-in') return { kind: 'list', value: [] };
  if (celType === 'double') return { kind: 'number', value: 0 };
  if (celType === 'bool') return { kind: 'bool', value: true };
  return { kind: 'string', value: '' };
}

export function emptyGroup(combinator: 'and' | 'or' = 'and'): RuleGroup {
  return { kind: 'group', combinator, children: [] };
}

export function newRule(field: RuleField): Rule {
  const operator = operatorsFor(field.celType)[0] ?? 'eq';
  return { kind: 'rule', field: field.key, operator, value: defaultValue(field.celType, operator) };
}
