// edit-fields: the current assignee changes the fields their step marks "edit", checked
// against the form.
import { applyEdits, checkEdits } from '../forms/form-data.ts';
import type { Run } from '../runtime/run.ts';
import type { CommandOf } from '../types/command.ts';
import { actionableTask, taskActionProblem } from './task-guards.ts';

export function editFieldsCommand(run: Run, cmd: CommandOf<'edit-fields'>): void {
  const a = actionableTask(run.def, run.s, cmd.taskId, run.actor);
  if (!a.ok) return run.refuse(a.code, a.detail);
  const problem = taskActionProblem(a.node, a.task, 'edit-fields');
  if (problem) return run.refuse(problem.code, problem.detail);
  const edits = checkEdits(run, cmd.data, a.node.fieldPermissions, 'read');
  if (!edits.ok) return run.refuse(edits.code, edits.reason, `/data/${edits.key}`);
  if (edits.changed.length === 0) return run.refuse('field-invalid', 'no fields to change', '/data');
  run.acted();
  applyEdits(run, edits, a.task.id);
}
