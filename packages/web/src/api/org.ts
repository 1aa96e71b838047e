// The org directory (packages/server/src/routes/org-routes.ts): users, departments, roles.
import type { ApiResult, HttpClient } from './http.ts';

export interface OrgUser { id: string; name: string; department?: string; roles: string[]; active?: boolean }
export interface OrgDepartment { id: string; name: string; parent?: string | null; head?: string | null }
export interface OrgRole { id: string; name?: string; members?: number }

async function items<T>(http: HttpClient, path: string): Promise<ApiResult<T[]>> {
  const r = await http.request<{ items: T[] }>('GET', path);
  return r.ok ? { ...r, data: r.data?.items ?? [] } : r;
}

export const listUsers = (http: HttpClient) => items<OrgUser>(http, '/api/org/users');
export const listDepartments = (http: HttpClient) => items<OrgDepartment>(http, '/api/org/departments');
export const listRoles = (http: HttpClient) => items<OrgRole>(http, '/api/org/roles');
