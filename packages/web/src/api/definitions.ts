// Definitions (packages/server/src/routes/definitions-routes.ts and definition-versions-routes.ts):
// list, one definition with its draft and ETag, create, save the draft with If-Match (a 412 is the
// conflict the designer turns into a dialog), published versions, publish, simulate, the flow's scenarios.
import type { BatonScenario, BatonWorkflowDefinition, Problem } from '@baton/schema';
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
  /** The published version's record type and change-set fields, for flows that work on records. */
  record?: BatonWorkflowDefinition['record'];
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

/** Definitions I may manage or start; with `deleted`, the recycle bin instead. */
export async function listDefinitions(http: HttpClient, opts: { deleted?: boolean } = {}): Promise<ApiResult<DefinitionSummary[]>> {
  const r = await http.request<{ items: DefinitionSummary[] }>('GET', opts.deleted ? '/api/definitions?status=deleted' : '/api/definitions');
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

export function duplicateDefinition(http: HttpClient, key: string, newKey: string): Promise<ApiResult<{ key: string; etag: string }>> {
  return http.request('POST', `${path(key)}/duplicate`, { body: { key: newKey } });
}

/** The canonical file of the latest version (the draft when never published), as text. */
export function exportDefinition(http: HttpClient, key: string): Promise<ApiResult<string>> {
  return http.request<string>('GET', `${path(key)}/export`, { text: true });
}

/** Creates the definition from a file, or replaces its draft. */
export function importDefinition(http: HttpClient, doc: unknown): Promise<ApiResult<{ created?: boolean; etag?: string }>> {
  return http.request('POST', '/api/definitions/import', { body: doc });
}

export interface ImpactReport {
  key: string;
  runningInstances: number;
  byVersion: Array<{ version: number; running: number }>;
  byNode: Array<{ nodeId: string; instances: number }>;
  pendingTasksByApprover: Array<{ userId: string; tasks: number }>;
  record?: { type: string; changeSet: boolean };
  dependents: Array<{ key: string; nodeId: string }>;
}

export function getImpact(http: HttpClient, key: string): Promise<ApiResult<ImpactReport>> {
  return http.request<ImpactReport>('GET', `${path(key)}/impact`);
}

export function deactivate(http: HttpClient, key: string, policy: 'drain' | 'cancel', reason?: string): Promise<ApiResult<unknown>> {
  return http.request('POST', `${path(key)}/deactivate`, { body: reason ? { policy, reason } : { policy } });
}

export type LifecycleAction = 'activate' | 'archive' | 'unarchive' | 'restore';

export function lifecycle(http: HttpClient, key: string, action: LifecycleAction): Promise<ApiResult<unknown>> {
  return http.request('POST', `${path(key)}/${action}`);
}

/** Moves a definition to the recycle bin. */
export function removeDefinition(http: HttpClient, key: string): Promise<ApiResult<unknown>> {
  return http.request('DELETE', path(key));
}

export interface VersionSummary {
  version: number;
  publishedBy: string;
  publishedAt: string;
  latest: boolean;
}

export async function listVersions(http: HttpClient, key: string): Promise<ApiResult<VersionSummary[]>> {
  const r = await http.request<{ items: VersionSummary[] }>('GET', `${path(key)}/versions`);
  return r.ok ? { ...r, data: r.data?.items ?? [] } : r;
}

/** Copies a published version into the draft (If-Match: the draft's ETag). */
export function restoreVersion(http: HttpClient, key: string, version: number, etag: string): Promise<ApiResult<unknown>> {
  return http.request('POST', `${path(key)}/versions/${version}/restore`, { headers: { 'if-match': etag } });
}

export type SimDecision = 'approve' | 'reject' | 'return' | 'complete';

export interface SimulationInput {
  initiator?: string;
  data: Record<string, unknown>;
  version?: number | 'draft';
  decisions?: Record<string, SimDecision>;
}

/** What the engine's simulate returns (packages/engine/src/tools/simulate.ts), without the snapshot. */
export interface SimulationResult {
  status: string;
  outcome?: string;
  path: string[];
  steps: Array<{ node: string; type: string; assignees: Array<{ user: string; explanation: string[]; status: string }>; note?: string[] }>;
  effects: Array<{ type: string } & Record<string, unknown>>;
  refusal?: { code: string; message: { en: string; 'zh-CN': string }; pointer?: string };
  truncated?: true;
}

/** Walks the saved draft (or a version) on the server, with no side effects. */
export function simulateDefinition(http: HttpClient, key: string, input: SimulationInput): Promise<ApiResult<SimulationResult>> {
  return http.request<SimulationResult>('POST', `${path(key)}/simulate`, { body: input });
}

/** A scenario the flow keeps on the server (schemas/scenario.schema.json as `scenario`). */
export interface StoredScenario {
  id: string;
  scenario: BatonScenario;
  updatedBy: string;
  updatedAt: string;
}

export interface ScenarioRunResult {
  id: string;
  name: string;
  ok: boolean;
  mismatches: Array<{ what: string; expected: unknown; actual: unknown }>;
  result: { status: string; outcome?: string; path: string[]; assignees: Record<string, string[]> };
}

export interface ScenarioRunReport {
  key: string;
  version: number | 'draft';
  total: number;
  passed: number;
  failed: number;
  results: ScenarioRunResult[];
}

export async function listScenarios(http: HttpClient, key: string): Promise<ApiResult<StoredScenario[]>> {
  const r = await http.request<{ items: StoredScenario[] }>('GET', `${path(key)}/scenarios`);
  return r.ok ? { ...r, data: r.data.items } : r;
}

export function saveScenario(http: HttpClient, key: string, id: string, scenario: BatonScenario): Promise<ApiResult<{ id: string; created: boolean }>> {
  return http.request('PUT', `${path(key)}/scenarios/${encodeURIComponent(id)}`, { body: scenario });
}

export function deleteScenario(http: HttpClient, key: string, id: string): Promise<ApiResult<unknown>> {
  return http.request('DELETE', `${path(key)}/scenarios/${encodeURIComponent(id)}`);
}

/** Runs the flow's scenarios (or `ids`) on the saved draft or a version, against the server's org. */
export function runScenarios(http: HttpClient, key: string, body: { version?: number | 'draft'; ids?: string[] } = {}): Promise<ApiResult<ScenarioRunReport>> {
  return http.request<ScenarioRunReport>('POST', `${path(key)}/scenarios/run`, { body });
}
