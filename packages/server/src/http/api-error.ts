// The one error shape: { error: { code, message: { en, zh-CN }, pointer?, details? } }.
// Handlers return failures as values; `sendError` is where they become HTTP.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ApiFailure {
  status: ContentfulStatusCode;
  code: string;
  message: { en: string; 'zh-CN': string };
  pointer?: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure(
  status: ContentfulStatusCode,
  code: string,
  en: string,
  zh: string,
  extra: { pointer?: string; details?: unknown } = {},
): ApiFailure {
  return { status, code, message: { en, 'zh-CN': zh }, ...extra };
}

export function fail<T = never>(
  status: ContentfulStatusCode,
  code: string,
  en: string,
  zh: string,
  extra: { pointer?: string; details?: unknown } = {},
): Result<T> {
  return { ok: false, error: failure(status, code, en, zh, extra) };
}

export function errorBody(f: ApiFailure) {
  const error: Record<string, unknown> = { code: f.code, message: f.message };
  if (f.pointer !== undefined) error.pointer = f.pointer;
  if (f.details !== undefined) error.details = f.details;
  return { error };
}

export function sendError(c: Context, f: ApiFailure): Response {
  return c.json(errorBody(f), f.status);
}

export const notFound = (what: string, zh: string) =>
  failure(404, 'not-found', `${what} not found.`, `${zh}不存在。`);

export const forbidden = (en = 'You do not have permission to do this.', zh = '您没有执行此操作的权限。') =>
  failure(403, 'forbidden', en, zh);
