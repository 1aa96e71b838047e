import { describe, expect, it } from 'vitest';
import type { ApiResult, HttpClient } from '../../../api/http.ts';
import { BATCH_MAX, batchApprove } from './batch-approve.ts';

function fakeHttp(answer: (body: { tasks: string[]; comment?: string }) => ApiResult<unknown>) {
  const calls: Array<{ method: string; path: string; body: unknown }> = [];
  const http: HttpClient = {
    async request<T>(method: string, path: string, opts?: { body?: unknown }): Promise<ApiResult<T>> {
      calls.push({ method, path, body: opts?.body });
      return answer(opts?.body as { tasks: string[]; comment?: string }) as ApiResult<T>;
    },
  };
  return { http, calls };
}

const refusal = (code: string) => ({ code, message: { en: `refused: ${code}`, 'zh-CN': `拒绝：${code}` } });

describe('batchApprove', () => {
  it('sends one request and maps each task to approved or failed with the server reason', async () => {
    const { http, calls } = fakeHttp((b) => ({ ok: true, status: 200, etag: null, data: { results: b.tasks.map((id) => (id === 't2' ? { id, ok: false, error: { status: 422, ...refusal('needs-input') } } : { id, ok: true, status: 'approved' })) } }));
    const r = await batchApprove(http, ['t1', 't2', 't3'], '  fine  ');
    expect(calls).toEqual([{ method: 'POST', path: '/api/tasks/batch-approve', body: { tasks: ['t1', 't2', 't3'], comment: 'fine' } }]);
    expect(r.ok && r.data).toEqual([
      { taskId: 't1', result: 'approved' },
      { taskId: 't2', result: 'failed', code: 'needs-input', reason: { en: 'refused: needs-input', 'zh-CN': '拒绝：needs-input' } },
      { taskId: 't3', result: 'approved' },
    ]);
  });

  it('leaves out an empty comment and never sends more than the limit', async () => {
    const { http, calls } = fakeHttp(() => ({ ok: true, status: 200, etag: null, data: { results: [] } }));
    await batchApprove(http, Array.from({ length: BATCH_MAX + 5 }, (_, i) => `t${i}`), '   ');
    const body = calls[0]!.body as { tasks: string[]; comment?: string };
    expect(body.tasks).toHaveLength(BATCH_MAX);
    expect('comment' in body).toBe(false);
  });

  it('passes a refusal of the whole request through', async () => {
    const error = { status: 422, ...refusal('validation-failed'), pointer: '/tasks' };
    const { http } = fakeHttp(() => ({ ok: false, error }));
    expect(await batchApprove(http, ['t1'])).toEqual({ ok: false, error });
  });
});
