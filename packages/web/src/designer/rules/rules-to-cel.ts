// Rule builder model -> CEL text. Numbers are written as doubles (form numbers are `double` in
// the shared CEL environment), strings with CEL escapes, nested groups in parentheses.
import type { Rule, RuleGroup, RuleValue } from './rule-model.ts';
import { COMPARISON_SYMBOL, METHOD_OF } from './rule-model.ts';

/** The CEL for a group; "" when the group has no rules (no condition). */
export function rulesToCel(group: RuleGroup): string {
  if (group.children.length === 0) return '';
  if (group.children.length === 1 && group.children[0]) return childCel(group.children[0], false);
  return groupBody(group);
}

function groupBody(group: RuleGroup): string {
  const parts = group.children.map((c) => childCel(c, true)).filter((p) => p !== '');
  return parts.join(group.combinator === 'and' ? ' && ' : ' || ');
}

function childCel(child: Rule | RuleGroup, nested: boolean): string {
  if (child.kind === 'rule') return ruleCel(child);
  if (child.children.length === 0) return '';
  if (child.children.length === 1 && child.children[0]) return childCel(child.children[0], nested);
  const body = groupBody(child);
  return nested ? `(${body})` : body;
}

export function ruleCel(rule: Rule): string {
  const f = rule.field;
  switch (rule.operator) {
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
      return `${f} ${COMPARISON_SYMBOL[rule.operator]} ${valueCel(rule.value)}`;
    case 'in':
      return `${f} in ${valueCel(rule.value)}`;
    case 'not-in':
      return `!(${f} in ${valueCel(rule.value)})`;
    case 'contains':
    case 'starts-with':
    case 'ends-with':
      return `${f}.${METHOD_OF[rule.operator]}(${valueCel(rule.value)})`;
    case 'has':
      return `${valueCel(rule.value)} in ${f}`;
  }
}

export function valueCel(value: RuleValue): string {
  switch (value.kind) {
    case 'number':
      return doubleLiteral(value.value);
    case 'string':
      return stringLiteral(value.value);
    case 'bool':
      return value.value ? 'true' : 'false';
    case 'list':
      return `[${value.value.map(stringLiteral).join(', ')}]`;
    case 'var':
      return `vars.${value.name}`;
  }
}

export function doubleLiteral(n: number): string {
  if (!Number.isFinite(n)) return '0.0';
  const s = String(n);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** A double-quoted CEL string; JSON's escapes are all valid CEL escapes. */
export function stringLiteral(s: string): string {
  return JSON.stringify(s);
}
