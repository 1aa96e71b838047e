import { selectable } from '../assignees/assignee-resolver.ts';
import type { Run } from '../runtime/run.ts';

/**
 * Stores picks for selection steps ("initiator-selects" at submit, "previous-approver-selects"
 * with an approval): each key must be a step with such a rule, each user selectable under `among`.
 */
export function storeSelections(run: Run, selections: unknown, kind: 'initiator-selects' | 'previous-approver-selects'): boolean {
  if (typeof selections !== 'object' || selections === null || Array.isArray(selections)) {
    run.refuse('selection-invalid', 'selections must map node ids to users', '/selections');
    return false;
  }
  const out: Record<string, string[]> = { ...run.s.selections };
  for (const [nodeId, users] of Object.entries(selections as Record<string, unknown>)) {
    const node = run.def.nodes.get(nodeId);
    const rule = node && (node.type === 'approval' || node.type === 'handler') ? node.assignees.find((r) => r.type === kind) : undefined;
    if (!rule || (rule.type !== 'initiator-selects' && rule.type !== 'previous-approver-selects')) {
      run.refuse('selection-invalid', `"${nodeId}" takes no ${kind} choice`, `/selections/${nodeId}`);
      return false;
    }
    if (!Array.isArray(users) || users.length === 0 || (!rule.multiple && users.length > 1)) {
      run.refuse('selection-invalid', `choose ${rule.multiple ? 'one or more users' : 'one user'} for ${nodeId}`, `/selections/${nodeId}`);
      return false;
    }
    for (const u of users) {
      if (typeof u !== 'string' || !selectable(run.env.directory, u, rule.among)) {
        run.refuse('selection-invalid', String(u), `/selections/${nodeId}`);
        return false;
      }
    }
    Object.defineProperty(out, nodeId, { value: [...(users as string[])], enumerable: true, writable: true, configurable: true });
  }
  run.s.selections = out;
  return true;
}
