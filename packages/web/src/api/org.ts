// The org directory (packages/server/src/routes/org-routes.ts): users, departments, roles.
import type { ApiResult, HttpClient } from './http.ts';

export interface OrgUser { id: string; name: string; email?: string; department?: string; manager?: string; roles: string[]; active?: boolean }
export interface OrgDepartment { id: string; name: string; parent?: string | null; head?: string | null }
export interface OrgRole { id: string; name?: string; members?: number }

async function items<T>(http: HttpClient, path: string): Promise<ApiResult<T[]>> {
  const r = await http.request<{ items: T[] }>('GET', path);
  return r.ok ? { ...r, data: r.data?.items ?? [] } : r;
}

export const listUsers = (http: HttpClient) => items<OrgUser>(http, '/api/org/users');
export const listDepartments = (http: HttpClient) => items<OrgDepartment>(http, '/api/org/departments');
export const listRoles = (http: HttpClient) => items<OrgRole>(http, '/api/org/roles');

export interface ImportReport {
  users: { created: number; updated: number };
  departments: { created: number; updated: number };
  roles: { created: number; updated: number };
  rejected: Array<{ row: string; reason: { en: string; 'zh-CN': string } }>;
}

/** Imports users from CSV (a header with at least id and name; roles split by ";"). Admins only. */
export function importOrgCsv(http: HttpClient, csv: string): Promise<ApiResult<ImportReport>> {
  return http.request<ImportReport>('POST', '/api/org/import', { raw: { body: csv, contentType: 'text/csv' } });
}
