// Batch approve (批量审批): each task is its own command and transaction, so one refusal undoes
// nothing else. Only plain approvals are batched: a step that asks its approver for input (an
// editable required field, a comment on approve, or picking the next step's approvers) is refused
// with `needs-input` and must be opened. The same rule marks inbox rows as `batchApprovable`.
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import type { ApiFailure } from '../http/api-error.ts';
import { failure } from '../http/api-error.ts';
import { compiledTemplate } from './compiled-query.ts';

export const BATCH_APPROVE_MAX = 100;

export type BatchResult = { id: string; ok: true; status: string } | { id: string; ok: false; error: Pick<ApiFailure, 'code' | 'message'> & { status: number } };

type NodeLike = { id: string; type: string; fieldPermissions?: Record<string, string>; commentRequired?: readonly string[]; assignees?: ReadonlyArray<{ type: string }> };

/** Whether a step the approval may lead to (through gateways and other non-task nodes) has its assignees picked by this approver. */
function picksNextAssignees(def: BatonWorkflowDefinition, nodeId: string): boolean {
  const nodes = new Map((def.nodes as readonly NodeLike[]).map((n) => [n.id, n]));
  const seen = new Set<string>([nodeId]);
  const queue = [nodeId];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const e of def.edges) {
      if (e.from !== from || seen.has(e.to)) continue;
      seen.add(e.to);
      const next = nodes.get(e.to);
      if (!next) continue;
      if (next.type === 'approval' || next.type === 'handler') {
        if (next.assignees?.some((a) => a.type === 'previous-approver-selects')) return true;
      } else queue.push(e.to);
    }
  }
  return false;
}

/** Why the approval of a task at `nodeId` cannot be batched, or undefined when it can. */
export function batchRefusal(def: BatonWorkflowDefinition, nodeId: string): ApiFailure | undefined {
  const node = (def.nodes as readonly NodeLike[]).find((n) => n.id === nodeId);
  if (!node || node.type !== 'approval') {
    return failure(422, 'not-batchable', 'Only approval steps can be approved in a batch: open the request.', '只有审批节点可以批量同意，请打开申请处理。');
  }
  if (node.commentRequired?.includes('approve')) {
    return failure(422, 'needs-input', 'This step asks for a comment on approval: open the request.', '该节点同意时需要填写意见，请打开申请处理。');
  }
  const required = new Set((def.form?.fields ?? []).filter((f) => (f as { required?: boolean }).required).map((f) => f.key));
  const editable = Object.entries(node.fieldPermissions ?? {}).some(([k, p]) => p === 'edit' && required.has(k));
  if (editable) {
    return failure(422, 'needs-input', 'This step asks its approver to fill in required fields: open the request.', '该节点需要审批人填写必填字段，请打开申请处理。');
  }
  if (picksNextAssignees(def, nodeId)) {
    return failure(422, 'needs-input', 'The approver of this step picks who approves next: open the request.', '该节点的审批人需要选择下一步审批人，请打开申请处理。');
  }
  return undefined;
}

export interface BatchApprover {
  /** Approves each task in turn as `actor`; one result per id, in order. Never throws for bad ids. */
  approve(actor: string, taskIds: readonly string[], comment?: string): Promise<BatchResult[]>;
}

export function createBatchApprover(ctx: AppContext): BatchApprover {
  const db = ctx.store.db;
  const taskRow = compiledTemplate<[string], { node_id: string; assignee: string; definition_key: string; version: number | string }>((arg) =>
    db.selectFrom('tasks').innerJoin('instances', 'instances.id', 'tasks.instance_id')
      .select(['tasks.node_id', 'tasks.assignee', 'instances.definition_key', 'instances.version']).where('tasks.id', '=', arg(0)));
  const refused = (id: string, f: ApiFailure): BatchResult => ({ id, ok: false, error: { status: f.status, code: f.code, message: f.message } });

  const one = async (actor: string, id: string, comment: string | undefined): Promise<BatchResult> => {
    const row = (await taskRow.run(db, id)).rows[0];
    if (!row) return refused(id, failure(404, 'task-not-found', 'No such task.', '任务不存在。'));
    // Someone else's task says no more than that, before anything about its step.
    if (row.assignee !== actor) return refused(id, failure(403, 'not-assignee', 'This task is not yours.', '这不是您的任务。'));
    const def = await ctx.runtime.port.version(db, row.definition_key, Number(row.version));
    if (!def) throw new Error(`task ${id} refers to missing version ${row.definition_key}@${row.version}`);
    const why = batchRefusal(def, row.node_id);
    if (why) return refused(id, why);
    const res = await ctx.runtime.applyToTask(id, { type: 'approve', actor, taskId: id, ...(comment ? { comment } : {}) });
    if (!res.ok) return refused(id, res.error);
    return { id, ok: true, status: String((res.value.body as { status?: unknown }).status ?? '') };
  };

  return {
    async approve(actor, taskIds, comment) {
      if (taskIds.length > BATCH_APPROVE_MAX) throw new Error(`at most ${BATCH_APPROVE_MAX} tasks (the route checks this)`);
      const out: BatchResult[] = [];
      for (const id of taskIds) out.push(await one(actor, id, comment));
      return out;
    },
  };
}
