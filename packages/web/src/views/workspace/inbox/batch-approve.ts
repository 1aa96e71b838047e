// Batch approve from the to-do list, through the server's POST /api/tasks/batch-approve: each task
// is approved on its own there (one refusal undoes nothing else), and steps that need input are
// refused (needs-input) rather than approved blindly. The list offers only rows the server marked
// batchApprovable; the server checks again.
import type { ApiResult, HttpClient } from '../../../api/http.ts';

export type Text = { en: string; 'zh-CN': string };
export type BatchOutcome = { taskId: string; result: 'approved' } | { taskId: string; result: 'failed'; code: string; reason: Text };

/** The most tasks one request may carry (the server refuses more with 422). */
export const BATCH_MAX = 100;

type ServerResult = { id: string; ok: true; status: string } | { id: string; ok: false; error: { code: string; message: Text } };

/** Approves `taskIds` (at most BATCH_MAX), with one optional comment; one outcome per task, in order. */
export async function batchApprove(http: HttpClient, taskIds: readonly string[], comment?: string): Promise<ApiResult<BatchOutcome[]>> {
  const text = comment?.trim();
  const r = await http.request<{ results: ServerResult[] }>('POST', '/api/tasks/batch-approve', { body: { tasks: taskIds.slice(0, BATCH_MAX), ...(text ? { comment: text } : {}) } });
  if (!r.ok) return r;
  const data = (r.data?.results ?? []).map((x): BatchOutcome => (x.ok ? { taskId: x.id, result: 'approved' } : { taskId: x.id, result: 'failed', code: x.error.code, reason: x.error.message }));
  return { ...r, data };
}
