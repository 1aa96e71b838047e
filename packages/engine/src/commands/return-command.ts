// return (退回): to the initiator, to the previous step, or to any step that ran before in this
// branch. The step returned to runs again with new tasks.
import { previousStep, returnTargetProblem } from '../nodes/task-node.ts';
import { closeActivation, go, returnToInitiator } from '../runtime/flow.ts';
import type { Run } from '../runtime/run.ts';
import type { CommandOf } from '../types/command.ts';
import { actionableTask, commentMissing, taskActionProblem } from './task-guards.ts';

export function returnCommand(run: Run, cmd: CommandOf<'return'>): void {
  const a = actionableTask(run.def, run.s, cmd.taskId, run.actor);
  if (!a.ok) return run.refuse(a.code, a.detail);
  const { task, node } = a;
  const problem = taskActionProblem(node, task, 'return');
  if (problem) return run.refuse(problem.code, problem.detail);
  if (commentMissing(node, 'return', cmd.comment)) return run.refuse('comment-required', 'return');
  const act = run.activation(task.act);
  if (!act) return run.refuse('definition-broken', `task ${task.id} has no open step`);
  const target = cmd.target as { to?: unknown; node?: unknown } | undefined;
  let to: string | undefined;
  if (target?.to === 'previous') to = previousStep(run, act);
  else if (target?.to === 'node') {
    if (typeof target.node !== 'string') return run.refuse('return-target-invalid', 'name the step to return to', '/target/node');
    const why = returnTargetProblem(run, act, target.node);
    if (why) return run.refuse('return-target-invalid', why, '/target/node');
    to = target.node;
  } else if (target?.to !== 'initiator') return run.refuse('return-target-invalid', 'to must be initiator, previous or node', '/target');
  run.acted();
  run.closeTask(task, 'returned', cmd.comment ? { comment: cmd.comment } : undefined);
  if (to === undefined) return returnToInitiator(run, run.actor);
  run.event('returned', { actor: run.actor, node: node.id, task: task.id, detail: { to } });
  closeActivation(run, act);
  go(run, to, act.scope);
}
