// POST /api/auth/login and GET /api/auth/me (packages/server/src/routes/auth-routes.ts).
import type { ApiResult, HttpClient } from './http.ts';

export type SystemRole = 'admin' | 'designer' | 'member';

export interface SessionUser {
  id: string;
  name: string;
  /** Org roles (such as "sales-manager"). */
  roles: string[];
  /** What the user may do in Baton: admins and designers use the studio. */
  systemRole: SystemRole;
}

export interface LoginResponse {
  token: string;
  expiresAt?: string;
  user: SessionUser;
}

export function login(http: HttpClient, username: string, password: string): Promise<ApiResult<LoginResponse>> {
  return http.request<LoginResponse>('POST', '/api/auth/login', { body: { username, password } });
}

export function me(http: HttpClient): Promise<ApiResult<SessionUser>> {
  return http.request<SessionUser>('GET', '/api/auth/me');
}
