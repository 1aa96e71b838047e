// approve / reject / complete: the assignee decides their task.
import type { Run } from '../runtime/run.ts';
import { applyEdits, checkEdits } from '../forms/form-data.ts';
import type { CommandOf } from '../types/command.ts';
import { decide } from './decide.ts';
import { storeSelections } from './selections.ts';
import { actionableTask, commentMissing, taskActionProblem } from './task-guards.ts';

type DecisionCommand = CommandOf<'approve'> | CommandOf<'reject'> | CommandOf<'complete'>;

export function decisionCommand(run: Run, cmd: DecisionCommand): void {
  const a = actionableTask(run.def, run.s, cmd.taskId, run.actor);
  if (!a.ok) return run.refuse(a.code, a.detail);
  const { task, node } = a;
  const problem = taskActionProblem(node, task, cmd.type);
  if (problem) return run.refuse(problem.code, problem.detail);
  if (commentMissing(node, cmd.type, cmd.comment)) return run.refuse('comment-required', cmd.type);
  if (cmd.type !== 'reject') {
    if (cmd.data !== undefined) {
      const edits = checkEdits(run, cmd.data, node.fieldPermissions, 'read');
      if (!edits.ok) return run.refuse(edits.code, edits.reason, `/data/${edits.key}`);
      applyEdits(run, edits, task.id);
    }
    if (cmd.selections !== undefined && !storeSelections(run, cmd.selections, 'previous-approver-selects')) return;
  }
  run.acted();
  decide(run, node, task, cmd.type === 'approve' ? 'approved' : cmd.type === 'reject' ? 'rejected' : 'completed', cmd.comment);
}
