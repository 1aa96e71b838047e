// When a waiting task becomes overdue: at the earliest timeout of its node (created + `after`).
// Tasks carry no due column, so the due time is read from the flow's latest published version
// (node ids are stable across versions); nodes without timeouts never make a task overdue.
import { addDuration } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';

export type DueAt = (node: string, created: string) => number | null;

export function dueAtOf(def: BatonWorkflowDefinition): DueAt {
  const afters = new Map<string, string[]>();
  for (const n of def.nodes) {
    const timeouts = 'timeouts' in n ? (n.timeouts as Array<{ after: string }> | undefined) : undefined;
    if (timeouts && timeouts.length > 0) afters.set(n.id, timeouts.map((t) => t.after));
  }
  return (node, created) => {
    let due: number | null = null;
    for (const after of afters.get(node) ?? []) {
      const at = addDuration(created, after);
      const ms = at ? Date.parse(at) : NaN;
      if (!Number.isNaN(ms) && (due === null || ms < due)) due = ms;
    }
    return due;
  };
}

export function isOverdue(dueAt: DueAt, node: string, created: string, nowMs: number): boolean {
  const due = dueAt(node, created);
  return due !== null && due <= nowMs;
}
