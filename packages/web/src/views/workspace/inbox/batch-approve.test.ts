import { describe, expect, it } from 'vitest';
import type { ApiResult, HttpClient } from '../../../api/http.ts';
import type { Action } from '../../../api/instances.ts';
import { batchApprove } from './batch-approve.ts';

function fakeHttp(actions: Record<string, Action[] | 'missing'>, refuse: string[] = []) {
  const calls: string[] = [];
  const http: HttpClient = {
    async request<T>(method: string, path: string): Promise<ApiResult<T>> {
      calls.push(`${method} ${path}`);
      const inst = /^\/api\/instances\/([^/]+)$/.exec(path)?.[1];
      if (inst) {
        const a = actions[inst];
        if (!a || a === 'missing') return { ok: false, error: { status: 404, code: 'not-found', message: { en: 'Request not found.', 'zh-CN': '申请不存在。' } } };
        return { ok: true, status: 200, etag: null, data: { allowedActions: a } as T };
      }
      const task = /^\/api\/tasks\/([^/]+)\/approve$/.exec(path)?.[1];
      if (task && refuse.includes(task)) return { ok: false, error: { status: 409, code: 'already-decided', message: { en: 'Already decided.', 'zh-CN': '已处理。' } } };
      return { ok: true, status: 200, etag: null, data: {} as T };
    },
  };
  return { http, calls };
}

describe('batchApprove', () => {
  it('approves tasks that need no input and skips the rest', async () => {
    const { http, calls } = fakeHttp({
      i1: [{ action: 'approve', taskId: 't1' }],
      i2: [{ action: 'approve', taskId: 't2', commentRequired: true }],
      i3: [{ action: 'comment' }],
      i4: 'missing',
    });
    let n = 0;
    const out = await batchApprove(http, [{ instanceId: 'i1', taskId: 't1' }, { instanceId: 'i2', taskId: 't2' }, { instanceId: 'i3', taskId: 't3' }, { instanceId: 'i4', taskId: 't4' }], () => `k${++n}`);
    expect(out.map((o) => o.result)).toEqual(['approved', 'skipped', 'skipped', 'failed']);
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual(['POST /api/tasks/t1/approve']);
  });
  it('reports a refusal from the server as failed', async () => {
    const { http } = fakeHttp({ i1: [{ action: 'approve', taskId: 't1' }] }, ['t1']);
    const [o] = await batchApprove(http, [{ instanceId: 'i1', taskId: 't1' }], () => 'k');
    expect(o).toEqual({ taskId: 't1', result: 'failed', reason: { en: 'Already decided.', 'zh-CN': '已处理。' } });
  });
});
