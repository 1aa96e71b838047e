// A small typed client for /api. Every call resolves to a value: data, or an error that says
// what went wrong in both languages. Nothing here throws for a bad response or a dead network.
import type { Problem } from '@baton/schema';

export interface ApiError {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  code: string;
  message: { en: string; 'zh-CN': string };
  pointer?: string;
  problems?: Problem[];
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; etag: string | null }
  | { ok: false; error: ApiError };

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Return the body as text, exactly as sent (file downloads). */
  text?: boolean;
  /** Send this text as the body with its own content type (CSV uploads) instead of JSON. */
  raw?: { body: string | Blob; contentType: string };
  /** Return the body as a Blob (attachment downloads). */
  blob?: boolean;
}

export interface HttpClient {
  request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, opts?: RequestOptions): Promise<ApiResult<T>>;
}

export interface HttpClientOptions {
  baseUrl?: string;
  token: () => string | null;
  fetch?: typeof fetch;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return {
    async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResult<T>> {
      const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
      const token = options.token();
      if (token) headers.authorization = `Bearer ${token}`;
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      if (opts.raw) headers['content-type'] = opts.raw.contentType;
      const body = opts.raw ? opts.raw.body : opts.body === undefined ? undefined : JSON.stringify(opts.body);
      let res: Response;
      try {
        res = await doFetch(baseUrl + path, { method, headers, body });
      } catch {
        return { ok: false, error: { status: 0, code: 'network', message: { en: 'The server could not be reached.', 'zh-CN': '无法连接服务器。' } } };
      }
      if (opts.blob && res.ok) return { ok: true, status: res.status, data: (await res.blob()) as T, etag: res.headers.get('etag') };
      if (opts.text && res.ok) return { ok: true, status: res.status, data: (await res.text()) as T, etag: res.headers.get('etag') };
      const parsed = await readJson(res);
      if (res.ok) return { ok: true, status: res.status, data: parsed as T, etag: res.headers.get('etag') };
      return { ok: false, error: toApiError(res.status, parsed) };
    },
  };
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Reads the server's error body ({ error: { code, message, pointer, problems } } or flat). */
export function toApiError(status: number, body: unknown): ApiError {
  const raw = (isObject(body) && isObject(body.error) ? body.error : body) as Record<string, unknown> | undefined;
  const fallback = { en: `Request failed (${status}).`, 'zh-CN': `请求失败（${status}）。` };
  const err: ApiError = { status, code: typeof raw?.code === 'string' ? raw.code : `http-${status}`, message: fallback };
  const m = raw?.message;
  if (typeof m === 'string') err.message = { en: m, 'zh-CN': m };
  else if (isObject(m) && typeof m.en === 'string') err.message = { en: m.en, 'zh-CN': typeof m['zh-CN'] === 'string' ? m['zh-CN'] : m.en };
  if (typeof raw?.pointer === 'string') err.pointer = raw.pointer;
  const details = raw?.details;
  if (Array.isArray(raw?.problems)) err.problems = raw.problems as Problem[];
  else if (isObject(details) && Array.isArray(details.problems)) err.problems = details.problems as Problem[];
  return err;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
