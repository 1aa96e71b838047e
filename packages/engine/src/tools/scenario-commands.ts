// Turns a scenario's "person acts" step into an engine command. The task is found by node and
// person; when the person has no task there, another task of that node (or a missing id) is
// used, so the engine itself says why (not-assignee, already-decided, task-not-found).
import type { BatonScenario } from '@baton/schema';
import type { Command, ReturnTarget } from '../types/command.ts';
import type { Snapshot, Task } from '../types/snapshot.ts';

type Step = NonNullable<BatonScenario['steps']>[number];
export type PersonStep = Extract<Step, { as: string }>;

export function scenarioCommand(s: Snapshot, step: PersonStep): Command {
  const actor = step.as;
  const taskId = () => findTask(s, step).id;
  switch (step.do) {
    case 'approve':
    case 'complete':
      return { type: step.do, actor, taskId: taskId(), ...(step.comment ? { comment: step.comment } : {}), ...(step.data ? { data: step.data as Record<string, unknown> } : {}) };
    case 'reject':
      return { type: 'reject', actor, taskId: taskId(), ...(step.comment ? { comment: step.comment } : {}) };
    case 'return':
      return { type: 'return', actor, taskId: taskId(), target: returnTarget(step.to), ...(step.comment ? { comment: step.comment } : {}) };
    case 'transfer':
    case 'delegate':
      return { type: step.do, actor, taskId: taskId(), to: step.to ?? '', ...(step.comment ? { comment: step.comment } : {}) };
    case 'add-signer':
      return { type: 'add-signer', actor, taskId: taskId(), users: step.users ?? [], position: step.position ?? 'after' };
    case 'remove-signer':
      return { type: 'remove-signer', actor, node: step.node ?? '', users: step.users ?? [] };
    case 'take-back':
      return { type: 'take-back', actor, taskId: decidedTask(s, step) };
    case 'edit':
      return { type: 'edit-fields', actor, taskId: taskId(), data: (step.data ?? {}) as Record<string, unknown> };
    case 'resubmit':
      return { type: 'resubmit', actor, ...(step.data ? { data: step.data as Record<string, unknown> } : {}), ...(step.comment ? { comment: step.comment } : {}) };
    case 'withdraw':
      return { type: 'withdraw', actor, ...(step.comment ? { comment: step.comment } : {}) };
    case 'urge':
      return { type: 'urge', actor };
    case 'comment':
      return { type: 'comment', actor, text: step.comment ?? '' };
    case 'cc':
      return { type: 'cc', actor, users: step.users ?? [], ...(step.comment ? { comment: step.comment } : {}) };
    case 'terminate':
      return { type: 'terminate', actor, ...(step.comment ? { comment: step.comment } : {}) };
  }
}

/** "initiator", "previous", or a node id (default: the initiator). */
function returnTarget(to: string | undefined): ReturnTarget {
  if (to === undefined || to === 'initiator') return { to: 'initiator' };
  if (to === 'previous') return { to: 'previous' };
  return { to: 'node', node: to };
}

function findTask(s: Snapshot, step: PersonStep): Task | { id: string } {
  const onNode = (t: Task) => step.node === undefined || t.node === step.node;
  const open = (t: Task) => t.status === 'pending' || t.status === 'delegated';
  return (
    last(s.tasks, (t) => onNode(t) && t.user === step.as && open(t)) ??
    last(s.tasks, (t) => onNode(t) && t.user === step.as) ??
    last(s.tasks, (t) => onNode(t) && open(t)) ??
    last(s.tasks, onNode) ?? { id: `no-task-on-${step.node ?? 'any-node'}` }
  );
}

function decidedTask(s: Snapshot, step: PersonStep): string {
  const decided = (t: Task) => t.user === step.as && (step.node === undefined || t.node === step.node) && t.status !== 'pending';
  return (last(s.tasks, (t) => decided(t) && t.id === s.undo?.task) ?? last(s.tasks, decided))?.id ?? `no-decision-by-${step.as}`;
}

function last(tasks: readonly Task[], match: (t: Task) => boolean): Task | undefined {
  for (let i = tasks.length - 1; i >= 0; i--) if (match(tasks[i]!)) return tasks[i];
  return undefined;
}
