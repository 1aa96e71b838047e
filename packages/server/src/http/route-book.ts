// The route table of one app: every route is added through here with its access level, body
// schema and summary, so the authorization matrix test and the OpenAPI document are generated
// from the same list the router serves. Held by the app instance, not the module.
import type { Context, Hono } from 'hono';
import type { Access } from '../auth/principal.ts';
import { meets } from '../auth/principal.ts';
import { failure, sendError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { readJsonBody } from './json-body.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  method: Method;
  /** Full path in Hono syntax, such as "/api/definitions/:key". */
  path: string;
  access: Access;
  summary: string;
  tag: string;
  /** The $id of the body schema (schemas/api/*, or a file schema such as org.schema.json). */
  body?: string;
  /** Another media type the body may have (the org CSV import). */
  bodyMediaType?: string;
  /** Success status (default 200). */
  status?: number;
  /** Headers the route reads, for the docs. */
  headers?: string[];
}

export type Handler = (c: Context<AppEnv>) => Response | Promise<Response>;

export interface RouteBook {
  /** Registers `handler` at `prefix + path` on `router` (mounted at "/") behind the access check. */
  add(router: Hono<AppEnv>, prefix: string, spec: Omit<RouteSpec, 'path'> & { path: string }, handler: Handler): void;
  list(): readonly RouteSpec[];
}

export const unauthenticated = () =>
  failure(401, 'unauthenticated', 'Sign in first: send a valid bearer token.', '请先登录：请提供有效的令牌。');
export const notPermitted = () => failure(403, 'forbidden', 'Your role does not allow this.', '您的角色不允许此操作。');

export function createRouteBook(): RouteBook {
  const routes: RouteSpec[] = [];
  return {
    add(router, prefix, spec, handler) {
      const full = { ...spec, path: (prefix + spec.path).replace(/\/$/, '') || '/' };
      routes.push(full);
      const guarded: Handler = async (c) => {
        if (spec.access !== 'public') {
          const p = c.get('principal');
          if (!p) return sendError(c, unauthenticated());
          if (!meets(p, spec.access)) return sendError(c, notPermitted());
        }
        if (spec.body !== undefined) {
          // API bodies are checked here; whole Baton files (workflow.schema.json...) by the
          // handler through @baton/schema, which adds the semantic lint.
          const body = await readJsonBody(c, spec.body.includes('/schemas/api/') ? spec.body : undefined);
          if (!body.ok) return sendError(c, body.error);
          c.set('body', body.value);
        }
        return handler(c);
      };
      router.on(spec.method, full.path, guarded);
    },
    list: () => routes,
  };
}
