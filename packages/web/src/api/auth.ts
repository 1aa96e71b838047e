// POST /api/auth/login and GET /api/auth/me.
import type { ApiResult, HttpClient } from './http.ts';

export type UserRole = 'admin' | 'designer' | 'member';

export interface SessionUser {
  id: string;
  name: string;
  roles: UserRole[];
}

export interface LoginResponse {
  token: string;
  user: SessionUser;
}

export function login(http: HttpClient, username: string, password: string): Promise<ApiResult<LoginResponse>> {
  return http.request<LoginResponse>('POST', '/api/auth/login', { body: { username, password } });
}

export function me(http: HttpClient): Promise<ApiResult<SessionUser>> {
  return http.request<SessionUser>('GET', '/api/auth/me');
}

export function logout(http: HttpClient): Promise<ApiResult<unknown>> {
  return http.request('POST', '/api/auth/logout');
}
