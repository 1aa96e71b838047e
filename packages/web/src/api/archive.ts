// The archive's calls: search archived requests (GET /api/archive), export them (CSV or JSON, as
// text for a download), and restore one (admins).
import type { ApiResult, HttpClient } from './http.ts';

export interface ArchiveFilters {
  q?: string;
  definition?: string;
  category?: string;
  status?: string;
  initiator?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  /** YYYY-MM-DD, exclusive. */
  to?: string;
}

export interface ArchiveHit {
  id: string;
  title: string;
  definition: string;
  category: string | null;
  status: string;
  initiator: string;
  createdAt: string;
  finishedAt: string | null;
  archivedAt: string;
}

export interface ArchivePage { items: ArchiveHit[]; nextCursor: string | null }

/** The query string of a search or export: empty filters left out, `extra` appended. */
export function archiveQuery(filters: ArchiveFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (typeof v === 'string' && v.trim() !== '') params.set(k, v.trim());
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.size ? `?${params.toString()}` : '';
}

export async function searchArchive(http: HttpClient, filters: ArchiveFilters, cursor?: string): Promise<ApiResult<ArchivePage>> {
  const r = await http.request<{ items?: ArchiveHit[]; nextCursor?: string | null }>('GET', `/api/archive${archiveQuery(filters, cursor ? { cursor } : {})}`);
  return r.ok ? { ...r, data: { items: r.data?.items ?? [], nextCursor: r.data?.nextCursor ?? null } } : r;
}

export function exportArchive(http: HttpClient, filters: ArchiveFilters, format: 'csv' | 'json'): Promise<ApiResult<string>> {
  return http.request<string>('GET', `/api/archive/export${archiveQuery(filters, { format })}`, { text: true });
}

export function restoreArchived(http: HttpClient, id: string): Promise<ApiResult<{ id: string; archived: boolean }>> {
  return http.request('POST', `/api/instances/${encodeURIComponent(id)}/unarchive`);
}
