// The org directory (packages/server/src/routes/org-routes.ts): users, departments, roles.
import type { ApiResult, HttpClient } from './http.ts';

export type SystemRole = 'admin' | 'designer' | 'member';
export interface OrgUser { id: string; name: string; email?: string; department?: string; manager?: string; roles: string[]; active?: boolean; systemRole?: SystemRole }
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

/** What the admin forms send: a new user needs id and name; a change sends what changed. */
export interface UserWrite { id?: string; name?: string; email?: string; department?: string; manager?: string; roles?: string[]; active?: boolean; systemRole?: SystemRole; password?: string }
export interface DepartmentWrite { id?: string; name: string; parent?: string; head?: string }
export interface RoleWrite { id?: string; name?: string }

export const createUser = (http: HttpClient, body: UserWrite) => http.request<OrgUser>('POST', '/api/org/users', { body });
export const updateUser = (http: HttpClient, id: string, body: UserWrite) => http.request<OrgUser>('PATCH', `/api/org/users/${encodeURIComponent(id)}`, { body });
/** Deactivates (users are kept for history and get no new tasks). */
export const deactivateUser = (http: HttpClient, id: string) => http.request<unknown>('DELETE', `/api/org/users/${encodeURIComponent(id)}`);
export const createDepartment = (http: HttpClient, body: DepartmentWrite) => http.request<OrgDepartment>('POST', '/api/org/departments', { body });
export const replaceDepartment = (http: HttpClient, id: string, body: DepartmentWrite) => http.request<OrgDepartment>('PUT', `/api/org/departments/${encodeURIComponent(id)}`, { body });
export const deleteDepartment = (http: HttpClient, id: string) => http.request<unknown>('DELETE', `/api/org/departments/${encodeURIComponent(id)}`);
export const createRole = (http: HttpClient, body: RoleWrite) => http.request<OrgRole>('POST', '/api/org/roles', { body });
export const renameRole = (http: HttpClient, id: string, body: RoleWrite) => http.request<OrgRole>('PUT', `/api/org/roles/${encodeURIComponent(id)}`, { body });
export const deleteRole = (http: HttpClient, id: string) => http.request<unknown>('DELETE', `/api/org/roles/${encodeURIComponent(id)}`);
