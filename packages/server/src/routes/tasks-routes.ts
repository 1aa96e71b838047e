// Task commands: approve, reject, complete, return, transfer, delegate, add-signer, take-back,
// edit-fields, and batch approve. The engine decides whether the caller may (only the current
// assignee); a refusal writes nothing.
import { Hono } from 'hono';
import type { Command, ReturnTarget, SignerPosition } from '@baton/engine';
import type { AppContext } from '../app-context.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { idempotencyClaim } from '../http/idempotency.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { BATCH_APPROVE_MAX, createBatchApprover } from '../runtime/batch-approve.ts';

interface TaskBody {
  comment?: string;
  data?: Record<string, unknown>;
  to?: string;
  users?: string[];
  position?: SignerPosition;
  selections?: Record<string, string[]>;
}

export const TASK_ACTIONS = ['approve', 'reject', 'complete', 'return', 'transfer', 'delegate', 'add-signer', 'take-back', 'edit-fields'] as const;
type TaskAction = (typeof TASK_ACTIONS)[number];

const taskNotFound = (): ApiFailure => failure(404, 'task-not-found', 'No such task.', '任务不存在。');
const missing = (field: string): ApiFailure => failure(422, 'validation-failed', `"${field}" is required for this action.`, `此操作需要“${field}”。`, { pointer: `/${field}` });

function returnTarget(to: string | undefined): ReturnTarget {
  if (to === undefined || to === 'previous') return { to: 'previous' };
  if (to === 'initiator') return { to: 'initiator' };
  return { to: 'node', node: to };
}

function taskCommand(action: TaskAction, actor: string, taskId: string, b: TaskBody): Command | ApiFailure {
  const comment = b.comment !== undefined ? { comment: b.comment } : {};
  const data = b.data ? { data: b.data } : {};
  const selections = b.selections ? { selections: b.selections } : {};
  switch (action) {
    case 'approve': return { type: 'approve', actor, taskId, ...comment, ...data, ...selections };
    case 'complete': return { type: 'complete', actor, taskId, ...comment, ...data, ...selections };
    case 'reject': return { type: 'reject', actor, taskId, ...comment };
    case 'return': return { type: 'return', actor, taskId, target: returnTarget(b.to), ...comment };
    case 'transfer': return b.to ? { type: 'transfer', actor, taskId, to: b.to, ...comment } : missing('to');
    case 'delegate': return b.to ? { type: 'delegate', actor, taskId, to: b.to, ...comment } : missing('to');
    case 'add-signer': return b.users ? { type: 'add-signer', actor, taskId, users: b.users, position: b.position ?? 'after', ...comment } : missing('users');
    case 'take-back': return { type: 'take-back', actor, taskId };
    case 'edit-fields': return b.data ? { type: 'edit-fields', actor, taskId, data: b.data } : missing('data');
  }
}

export function tasksRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/tasks', { ...spec, tag: 'tasks' }, h);
  const batch = createBatchApprover(ctx);
  add({ method: 'POST', path: '/batch-approve', access: 'user', summary: `Approve up to ${BATCH_APPROVE_MAX} of the caller's tasks, each in its own transaction; a result per task (needs-input, not-assignee... when refused)`, body: apiSchemaId('task-batch-approve') }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as { tasks: string[]; comment?: string };
    const results = await batch.approve(p.userId, b.tasks, b.comment);
    return c.json({ results, approved: results.filter((x) => x.ok).length });
  });
  for (const action of TASK_ACTIONS) {
    add({ method: 'POST', path: `/:id/${action}`, access: 'user', summary: `Task action: ${action} (only the current assignee)`, body: apiSchemaId('task-action'), headers: ['Idempotency-Key'] }, async (c) => {
      const p = c.get('principal')!;
      const taskId = param(c, 'id');
      const b = c.get('body') as TaskBody;
      const claim = idempotencyClaim(c, p.userId, b);
      if (!claim.ok) return sendError(c, claim.error);
      const command = taskCommand(action, p.userId, taskId, b);
      if ('status' in command) {
        // A missing task answers 404 before the body's 422, as it always has.
        const task = await ctx.store.db.selectFrom('tasks').select('id').where('id', '=', taskId).executeTakeFirst();
        return sendError(c, task ? command : taskNotFound());
      }
      // One read finds the task's instance (the runtime answers 404 task-not-found without it).
      const res = await ctx.runtime.applyToTask(taskId, command, claim.value);
      return res.ok ? c.json(res.value.body as object, res.value.status as 200) : sendError(c, res.error);
    });
  }
  return r;
}
