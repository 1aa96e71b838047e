// The workspace's calls: start a request (POST /api/instances, with an Idempotency-Key so a double
// click starts one request), the inbox views and their counts.
import type { BatonForm } from '@baton/schema';
import type { ApiResult, HttpClient } from './http.ts';

export type InboxView = 'todo' | 'done' | 'cc' | 'started';

export interface InboxItem {
  /** titleText: the flow's settings.title rendered by the server (null when the flow has none). */
  instance: { id: string; title: string | null; titleText?: { en?: string; 'zh-CN'?: string } | null; definition: string; status: string; initiator: string; createdAt: string; updatedAt: string };
  task?: { id: string; node: string; nodeName?: { en?: string; 'zh-CN'?: string } | null; status: string; createdAt: string; completedAt: string | null };
  cc?: { node: string; at: string };
  /** To do only: the server would approve this task in a batch (no comment or field input needed). */
  batchApprovable?: boolean;
}

/** Starts a request; `draft` names a saved request draft the server deletes in the same transaction. */
export function startRequest(http: HttpClient, definition: string, data: Record<string, unknown>, idempotencyKey: string, draft?: string): Promise<ApiResult<{ id?: string; instance?: { id: string } }>> {
  return http.request('POST', '/api/instances', { body: { definition, data, ...(draft ? { draft } : {}) }, headers: { 'idempotency-key': idempotencyKey } });
}

export function inboxCounts(http: HttpClient): Promise<ApiResult<Record<InboxView, number>>> {
  return http.request('GET', '/api/inbox/counts');
}

export interface InboxFilters { q?: string; definition?: string; status?: string; from?: string; to?: string }
export interface InboxPage { items: InboxItem[]; nextCursor: string | null }

/** One page of an inbox view, newest first; pass `nextCursor` back as `cursor` for the next. */
export async function inbox(http: HttpClient, view: InboxView, filters: InboxFilters = {}, cursor?: string): Promise<ApiResult<InboxPage>> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set('cursor', cursor);
  const query = params.size ? `?${params.toString()}` : '';
  const r = await http.request<{ items: InboxItem[]; nextCursor?: string | null }>('GET', `/api/inbox/${view}${query}`);
  return r.ok ? { ...r, data: { items: r.data?.items ?? [], nextCursor: r.data?.nextCursor ?? null } } : r;
}

export interface StartForm {
  key: string;
  version: number;
  name: { en?: string; 'zh-CN'?: string };
  form: BatonForm;
  /** Nodes whose assignees the initiator picks (发起人自选). */
  selectable?: string[];
}

/** The latest published form of a flow, for someone who may start it (members included). */
export function getStartForm(http: HttpClient, key: string): Promise<ApiResult<StartForm>> {
  return http.request<StartForm>('GET', `/api/definitions/${encodeURIComponent(key)}/form`);
}
