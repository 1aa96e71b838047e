// terminate (终止): a flow admin (settings.admins) or a directory admin ends the request.
import { finish } from '../runtime/flow.ts';
import type { Run } from '../runtime/run.ts';
import { isAdmin } from '../runtime/task-assignment.ts';
import type { CommandOf } from '../types/command.ts';

export function terminateCommand(run: Run, cmd: CommandOf<'terminate'>): void {
  if (!isAdmin(run, run.actor)) return run.refuse('not-admin');
  if (run.s.status !== 'running' && run.s.status !== 'returned') return run.refuse('not-running', run.s.status);
  run.event('terminated', { actor: run.actor, ...(cmd.comment ? { detail: { comment: cmd.comment } } : {}) });
  finish(run, 'terminated');
}
