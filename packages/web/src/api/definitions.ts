// Definitions (packages/server/src/routes/definitions-routes.ts and definition-versions-routes.ts):
// list, one definition with its draft and ETag, create, save the draft with If-Match (a 412 is the
// conflict the designer turns into a dialog), published versions, publish.
import type { BatonWorkflowDefinition, Problem } from '@baton/schema';
import type { ApiResult, HttpClient } from './http.ts';

/** The server's lifecycle status; "draft" in the UI is a definition never published. */
export type ServerStatus = 'active' | 'inactive' | 'archived';
export type DisplayStatus = 'draft' | 'published' | 'deactivated' | 'archived';

export interface DefinitionSummary {
  key: string;
  name: BatonWorkflowDefinition['name'];
  category?: BatonWorkflowDefinition['category'];
  status: ServerStatus;
  latestVersion: number;
  deleted?: boolean;
  updatedAt?: string;
  canStart?: boolean;
  canManage?: boolean;
}

export interface DefinitionRecord {
  key: string;
  status: ServerStatus;
  latestVersion: number;
  etag: string;
  draft: BatonWorkflowDefinition;
}

export function displayStatus(d: Pick<DefinitionSummary, 'status' | 'latestVersion'>): DisplayStatus {
  if (d.status === 'archived') return 'archived';
  if (d.status === 'inactive') return 'deactivated';
  return d.latestVersion > 0 ? 'published' : 'draft';
}

const path = (key: string) => `/api/definitions/${encodeURIComponent(key)}`;

export async function listDefinitions(http: HttpClient): Promise<ApiResult<DefinitionSummary[]>> {
  const r = await http.request<{ items: DefinitionSummary[] }>('GET', '/api/definitions');
  return r.ok ? { ...r, data: r.data?.items ?? [] } : r;
}

export function getDefinition(http: HttpClient, key: string): Promise<ApiResult<DefinitionRecord>> {
  return http.request<DefinitionRecord>('GET', path(key));
}

export interface SaveResponse {
  key: string;
  etag: string;
  problems?: Problem[];
}

export function createDefinition(http: HttpClient, definition: BatonWorkflowDefinition): Promise<ApiResult<SaveResponse>> {
  return http.request<SaveResponse>('POST', '/api/definitions', { body: definition });
}

export function saveDraft(http: HttpClient, key: string, definition: BatonWorkflowDefinition, etag: string): Promise<ApiResult<SaveResponse>> {
  return http.request<SaveResponse>('PUT', `${path(key)}/draft`, { body: definition, headers: { 'if-match': etag } });
}

export function getVersion(http: HttpClient, key: string, version: number): Promise<ApiResult<{ key: string; version: number; definition: BatonWorkflowDefinition }>> {
  return http.request('GET', `${path(key)}/versions/${version}`);
}

export function publish(http: HttpClient, key: string, etag: string | null): Promise<ApiResult<{ key: string; version: number; publishedAt: string }>> {
  return http.request('POST', `${path(key)}/publish`, { headers: etag ? { 'if-match': etag } : {} });
}
