// A semantic diff of two workflow versions, keyed by what users and analytics key on: node id,
// edge (id, or from->to), field key, variable name, setting. `layout` and `$schema` are ignored
// entirely. Each change is data (kind, target, pointer, before/after) with a business-language
// summary in both languages; renderDiff turns a list into text or a PR comment.
import type { BatonWorkflowDefinition } from './generated/types.ts';
import { diffEdges } from './diff-edges.ts';
import { diffFields, diffSettings, diffTopLevel, diffVariables } from './diff-form.ts';
import { diffNodes } from './diff-nodes.ts';
import { isJson, type Json } from './lint/workflow-index.ts';

export type ChangeTargetType = 'node' | 'edge' | 'field' | 'settings' | 'variable' | 'workflow';

export type WorkflowChangeKind =
  | 'name-changed'
  | 'workflow-changed'
  | 'node-added'
  | 'node-removed'
  | 'node-renamed'
  | 'node-type-changed'
  | 'assignees-changed'
  | 'approval-mode-changed'
  | 'policy-changed'
  | 'timeouts-changed'
  | 'permissions-changed'
  | 'buttons-changed'
  | 'node-changed'
  | 'branch-added'
  | 'branch-removed'
  | 'edge-added'
  | 'edge-removed'
  | 'edge-rewired'
  | 'edge-changed'
  | 'condition-changed'
  | 'default-branch-changed'
  | 'priority-changed'
  | 'field-added'
  | 'field-removed'
  | 'field-required-changed'
  | 'field-changed'
  | 'fields-reordered'
  | 'variable-added'
  | 'variable-removed'
  | 'variable-changed'
  | 'settings-changed';

export interface WorkflowChange {
  kind: WorkflowChangeKind;
  target: { type: ChangeTargetType; id: string };
  /** Where the change is: a pointer into `after` (into `before` for removals). */
  pointer: string;
  before?: unknown;
  after?: unknown;
  summary: { en: string; 'zh-CN': string };
}

/** The changes from `before` to `after`, in a stable order: workflow, nodes, edges, form, variables, settings. */
export function diffWorkflows(before: BatonWorkflowDefinition | unknown, after: BatonWorkflowDefinition | unknown): WorkflowChange[] {
  const a: Json = isJson(before) ? before : {};
  const b: Json = isJson(after) ? after : {};
  return [
    ...diffTopLevel(a, b),
    ...diffNodes(a, b),
    ...diffEdges(a, b),
    ...diffFields(a, b),
    ...diffVariables(a, b),
    ...diffSettings(a, b),
  ];
}

/** Structural equality of JSON values (object key order does not matter). */
export function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ya = y as unknown[];
    return x.length === ya.length && x.every((v, i) => sameJson(v, ya[i]));
  }
  const xo = x as Json;
  const yo = y as Json;
  const xk = Object.keys(xo).filter((k) => xo[k] !== undefined);
  const yk = Object.keys(yo).filter((k) => yo[k] !== undefined);
  return xk.length === yk.length && xk.every((k) => Object.hasOwn(yo, k) && sameJson(xo[k], yo[k]));
}
