// Before a request is submitted: the approval path preview (POST /api/definitions/:key/preview)
// and the requester's saved drafts (/api/request-drafts, private to their author).
import type { ApiResult, HttpClient } from './http.ts';

export interface PreviewStep {
  node: string;
  type: string;
  name: { en: string; 'zh-CN': string };
  mode?: string;
  assignees: Array<{ user: string; name: string; explanation: string[]; autoApproved?: true }>;
  note?: string[];
}

export interface PathPreview {
  key: string;
  version: number;
  outcome: string | null;
  steps: PreviewStep[];
}

export function previewPath(http: HttpClient, key: string, data: Record<string, unknown>): Promise<ApiResult<PathPreview>> {
  return http.request<PathPreview>('POST', `/api/definitions/${encodeURIComponent(key)}/preview`, { body: { data } });
}

export interface RequestDraft {
  id: string;
  definition: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

export async function listRequestDrafts(http: HttpClient): Promise<ApiResult<RequestDraft[]>> {
  const r = await http.request<{ items: RequestDraft[] }>('GET', '/api/request-drafts');
  return r.ok ? { ...r, data: r.data.items } : r;
}

export function getRequestDraft(http: HttpClient, id: string): Promise<ApiResult<RequestDraft>> {
  return http.request<RequestDraft>('GET', `/api/request-drafts/${encodeURIComponent(id)}`);
}

/** Creates a draft, or replaces `id`'s. */
export function saveRequestDraft(http: HttpClient, definition: string, data: Record<string, unknown>, id?: string): Promise<ApiResult<RequestDraft>> {
  return id
    ? http.request<RequestDraft>('PUT', `/api/request-drafts/${encodeURIComponent(id)}`, { body: { definition, data } })
    : http.request<RequestDraft>('POST', '/api/request-drafts', { body: { definition, data } });
}

export function deleteRequestDraft(http: HttpClient, id: string): Promise<ApiResult<unknown>> {
  return http.request('DELETE', `/api/request-drafts/${encodeURIComponent(id)}`);
}
