// Definitions: list, the draft (with its ETag), save with If-Match, publish. A 412 on save is
// the conflict the designer turns into a dialog.
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { ApiResult, HttpClient } from './http.ts';

export type DefinitionStatus = 'draft' | 'published' | 'deactivated' | 'archived';

export interface DefinitionSummary {
  key: string;
  name: BatonWorkflowDefinition['name'];
  category?: BatonWorkflowDefinition['category'];
  status: DefinitionStatus;
  version?: number;
  updatedAt?: string;
}

export interface DraftResponse {
  definition: BatonWorkflowDefinition;
  status?: DefinitionStatus;
}

const path = (key: string) => `/api/definitions/${encodeURIComponent(key)}`;

export async function listDefinitions(http: HttpClient): Promise<ApiResult<DefinitionSummary[]>> {
  const r = await http.request<DefinitionSummary[] | { items: DefinitionSummary[] }>('GET', '/api/definitions');
  if (!r.ok) return r;
  return { ...r, data: Array.isArray(r.data) ? r.data : (r.data?.items ?? []) };
}

export function getDraft(http: HttpClient, key: string): Promise<ApiResult<DraftResponse>> {
  return http.request<DraftResponse>('GET', `${path(key)}/draft`);
}

export function createDefinition(http: HttpClient, definition: BatonWorkflowDefinition): Promise<ApiResult<DraftResponse>> {
  return http.request<DraftResponse>('POST', '/api/definitions', { body: definition });
}

export function saveDraft(http: HttpClient, key: string, definition: BatonWorkflowDefinition, etag: string | null): Promise<ApiResult<DraftResponse>> {
  const headers: Record<string, string> = etag ? { 'if-match': etag } : {};
  return http.request<DraftResponse>('PUT', `${path(key)}/draft`, { body: definition, headers });
}

/** The latest published definition, or a 404 error value when none was published yet. */
export function getPublished(http: HttpClient, key: string): Promise<ApiResult<DraftResponse>> {
  return http.request<DraftResponse>('GET', `${path(key)}/published`);
}

export function publish(http: HttpClient, key: string, etag: string | null): Promise<ApiResult<{ version: number }>> {
  return http.request<{ version: number }>('POST', `${path(key)}/publish`, { headers: etag ? { 'if-match': etag } : {} });
}
