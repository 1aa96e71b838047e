// Batch approve from the to-do list. The server has no batch endpoint, so each task is approved on
// its own, and only where nothing needs input: the caller's approve action on that task asks for
// no comment. Everything else is skipped and reported, never approved blindly.
import type { HttpClient } from '../../../api/http.ts';
import { getInstance, taskCommand } from '../../../api/instances.ts';

export interface BatchItem { instanceId: string; taskId: string }
export type BatchOutcome = { taskId: string; result: 'approved' } | { taskId: string; result: 'skipped' | 'failed'; reason: { en: string; 'zh-CN': string } };

const NEEDS_INPUT = { en: 'This step needs a comment: open the request.', 'zh-CN': '该节点需要填写意见，请打开申请处理。' };
const NOT_OFFERED = { en: 'You cannot approve this task now.', 'zh-CN': '您当前无法同意该任务。' };

export async function batchApprove(http: HttpClient, items: readonly BatchItem[], newKey: () => string): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = [];
  for (const item of items) {
    const d = await getInstance(http, item.instanceId);
    if (!d.ok) { out.push({ taskId: item.taskId, result: 'failed', reason: d.error.message }); continue; }
    const approve = d.data.allowedActions.find((a) => a.action === 'approve' && 'taskId' in a && a.taskId === item.taskId);
    if (!approve) { out.push({ taskId: item.taskId, result: 'skipped', reason: NOT_OFFERED }); continue; }
    if ('commentRequired' in approve && approve.commentRequired) { out.push({ taskId: item.taskId, result: 'skipped', reason: NEEDS_INPUT }); continue; }
    const r = await taskCommand(http, item.taskId, 'approve', {}, newKey());
    out.push(r.ok ? { taskId: item.taskId, result: 'approved' } : { taskId: item.taskId, result: 'failed', reason: r.error.message });
  }
  return out;
}
