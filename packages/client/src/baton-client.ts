// The typed Baton API client: openapi-fetch over the paths generated from the server's own
// OpenAPI document, with the bearer token on every request. Paths, path parameters, headers and
// bodies are checked by the compiler against the route table the server serves.
import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { components, paths } from './generated/api.ts';

export type BatonClient = Client<paths>;

export interface BatonClientOptions {
  /** The server's origin, such as "https://baton.example.com" (no trailing "/api"). */
  baseUrl: string;
  /** A session token or an API token (bt_...); omit for the public routes only. */
  token?: string;
  /** Another fetch (tests, proxies); the global one by default. */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** A named schema of the API: `Schema<'workflow'>`, `Schema<'api.error'>`, `Schema<'workflow.Node'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The one error shape every 4xx and 5xx answer has. */
export type ApiError = Schema<'api.error'>;

export function createBatonClient(options: BatonClientOptions): BatonClient {
  if (!/^https?:\/\//.test(options.baseUrl)) throw new Error(`baseUrl must be an http(s) URL: ${options.baseUrl}`);
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
