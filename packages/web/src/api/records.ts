// CRM records (packages/server/src/routes/records-routes.ts and record-types-routes.ts): record
// types, one page of records, one record with its locks and pending change requests, an edit
// guarded by If-Match, and a change request that proposes a patch through an approval flow.
import type { BatonRecordType } from '@baton/schema';
import type { ApiResult, HttpClient } from './http.ts';
import { listDefinitions } from './definitions.ts';
import { getStartForm, type StartForm } from './workspace.ts';

export type RecordValues = Record<string, unknown>;

export interface RecordLock { field: string; instanceId: string; definitionKey: string }

export interface PendingChange {
  instanceId: string;
  definitionKey: string;
  title: string | null;
  status: string;
  before: RecordValues;
  after: RecordValues;
  requestedBy: string;
  requestedAt: string;
}

export interface RecordSummary {
  id: string;
  type: string;
  owner: string;
  department?: string | null;
  /** The title field's value, when the type names one. */
  title?: string | null;
  values: RecordValues;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface RecordDetail extends RecordSummary {
  locks: RecordLock[];
  pendingChanges: PendingChange[];
}

export interface RecordPage { items: RecordSummary[]; nextCursor: string | null }
export interface RecordFilters { q?: string; owner?: string; limit?: number }

const typePath = (type: string) => `/api/records/${encodeURIComponent(type)}`;
const recordPath = (type: string, id: string) => `${typePath(type)}/${encodeURIComponent(id)}`;

export async function listRecordTypes(http: HttpClient): Promise<ApiResult<BatonRecordType[]>> {
  const r = await http.request<{ items: BatonRecordType[] } | BatonRecordType[]>('GET', '/api/record-types');
  if (!r.ok) return r;
  return { ...r, data: Array.isArray(r.data) ? r.data : r.data?.items ?? [] };
}

export function getRecordType(http: HttpClient, key: string): Promise<ApiResult<BatonRecordType>> {
  return http.request<BatonRecordType>('GET', `/api/record-types/${encodeURIComponent(key)}`);
}

/** One page of records I may see, newest first; pass `nextCursor` back as `cursor` for the next. */
export async function listRecords(http: HttpClient, type: string, filters: RecordFilters = {}, cursor?: string): Promise<ApiResult<RecordPage>> {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.owner) params.set('owner', filters.owner);
  if (filters.limit) params.set('limit', String(filters.limit));
  if (cursor) params.set('cursor', cursor);
  const query = params.size ? `?${params.toString()}` : '';
  const r = await http.request<{ items?: RecordSummary[]; nextCursor?: string | null }>('GET', `${typePath(type)}${query}`);
  return r.ok ? { ...r, data: { items: r.data?.items ?? [], nextCursor: r.data?.nextCursor ?? null } } : r;
}

export async function getRecord(http: HttpClient, type: string, id: string): Promise<ApiResult<RecordDetail>> {
  const r = await http.request<RecordDetail>('GET', recordPath(type, id));
  return r.ok ? { ...r, data: { ...r.data, locks: r.data.locks ?? [], pendingChanges: r.data.pendingChanges ?? [] } } : r;
}

/** The If-Match value for a record: the ETag the server sent, else its revision. */
export function recordEtag(etag: string | null, revision: number): string {
  return etag ?? `"${revision}"`;
}

/** Saves changed values; a 409 (`field-locked` on /values/<field>, or a stale revision) is a value. */
export function updateRecord(http: HttpClient, type: string, id: string, values: RecordValues, ifMatch: string): Promise<ApiResult<RecordDetail>> {
  return http.request<RecordDetail>('PATCH', recordPath(type, id), { body: { values }, headers: { 'if-match': ifMatch } });
}

export interface ChangeRequestBody { definition: string; patch: RecordValues; data?: RecordValues }

/** Starts a change-request flow on the record; the answer names the new request. */
export function requestChange(http: HttpClient, type: string, id: string, body: ChangeRequestBody, idempotencyKey: string): Promise<ApiResult<{ id?: string; instanceId?: string; instance?: { id: string } }>> {
  return http.request('POST', `${recordPath(type, id)}/change-requests`, { body, headers: { 'idempotency-key': idempotencyKey } });
}

/** The id of the request a start answer names, whichever shape the server uses. */
export function startedId(data: { id?: string; instanceId?: string; instance?: { id: string } } | undefined): string | null {
  return data?.instanceId ?? data?.instance?.id ?? data?.id ?? null;
}

export interface ChangeFlow { key: string; name: StartForm['name']; form: StartForm['form']; fields: string[] }

/**
 * The flows I may start that change records of `type`: published, active, `record.type` is the
 * type and they carry a `record.changeSet`. Read from each flow's start form, which holds `record`.
 */
export async function listChangeFlows(http: HttpClient, type: string): Promise<ApiResult<ChangeFlow[]>> {
  const list = await listDefinitions(http);
  if (!list.ok) return list;
  // The list says which record type each published flow works on: only those flows' forms are read.
  const startable = list.data.filter((d) => d.status === 'active' && d.latestVersion > 0 && d.canStart !== false && !d.deleted && d.record?.type === type && d.record.changeSet);
  const forms = await Promise.all(startable.map((d) => getStartForm(http, d.key)));
  const flows: ChangeFlow[] = [];
  for (const f of forms) {
    if (!f.ok) continue;
    const record = (f.data as StartForm & { record?: { type: string; changeSet?: { fields: string[] } } }).record;
    if (record?.type !== type || !record.changeSet) continue;
    flows.push({ key: f.data.key, name: f.data.name, form: f.data.form, fields: record.changeSet.fields });
  }
  return { ok: true, status: 200, data: flows, etag: null };
}
