// The CLI's HTTP client for a Baton server: JSON in and out, the profile's token as a Bearer
// header, failures as values (a network error or an error answer is a `failed` result, never a
// throw). Messages built here quote the server's error message, never the request headers.

export interface ApiAnswer {
  status: number;
  etag: string | undefined;
  body: unknown;
  text: string;
}

export type ApiResult = { ok: true; answer: ApiAnswer } | { ok: false; message: string };

export interface RequestOptions {
  body?: unknown;
  ifMatch?: string;
}

export interface ApiClient {
  server: string;
  request(method: string, path: string, opts?: RequestOptions): Promise<ApiResult>;
}

export function createApiClient(server: string, token: string, fetcher: typeof fetch = fetch): ApiClient {
  return {
    server,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      if (opts.ifMatch !== undefined) headers['if-match'] = opts.ifMatch;
      let res: Response;
      try {
        res = await fetcher(server + path, { method, headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) });
      } catch (err) {
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        return { ok: false, message: `cannot reach ${server}${cause ? ` (${cause})` : ''}` };
      }
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        /* not JSON: keep the text */
      }
      return { ok: true, answer: { status: res.status, etag: res.headers.get('etag') ?? undefined, body, text } };
    },
  };
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
