// The CLI's side of a Baton server: @baton/client (typed from the server's own OpenAPI document,
// so a path, parameter or body the server does not have fails typecheck here) with the profile's
// token, and failures as values: a network error or an error answer is a result, never a throw.
// Messages built here quote the server's error message, never the request headers.
import { createBatonClient, type BatonClient } from '@baton/client';

export interface ApiAnswer {
  status: number;
  etag: string | undefined;
  body: unknown;
}

export type ApiResult = { ok: true; answer: ApiAnswer } | { ok: false; message: string };

export interface ApiClient {
  server: string;
  api: BatonClient;
}

export function createApiClient(server: string, token: string, fetcher?: (input: Request) => Promise<Response>): ApiClient {
  return { server, api: createBatonClient({ baseUrl: server, token, ...(fetcher ? { fetch: fetcher } : {}) }) };
}

type Answered = { data?: unknown; error?: unknown; response: Response };

/** Runs one typed call: `send(client, (api) => api.GET('/api/auth/me'))`. */
export async function send(client: ApiClient, call: (api: BatonClient) => Promise<Answered>): Promise<ApiResult> {
  try {
    const { data, error, response } = await call(client.api);
    return { ok: true, answer: { status: response.status, etag: response.headers.get('etag') ?? undefined, body: data ?? error } };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { ok: false, message: `cannot reach ${client.server}${cause ? ` (${cause})` : ''}` };
  }
}

/** The server's own words for an error answer: "403 forbidden: You may not manage this definition." */
export function describeError(a: ApiAnswer): string {
  const error = (a.body as { error?: { code?: unknown; message?: { en?: unknown } } } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    const message = typeof error.message?.en === 'string' ? `: ${error.message.en}` : '';
    return `${a.status} ${error.code}${message}`;
  }
  return `HTTP ${a.status}`;
}
