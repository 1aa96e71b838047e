// GET /api/openapi.json (built once per app from the route table) and the reference page.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { DOCS_HTML, DOCS_JS } from '../openapi/docs-page.ts';
import { openApiDocument } from '../openapi/openapi-document.ts';

export const API_VERSION = '0.1.0';

export function openapiRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  let doc: Record<string, unknown> | undefined;
  ctx.book.add(r, '/api', { method: 'GET', path: '/openapi.json', access: 'public', summary: 'This OpenAPI 3.1 document', tag: 'reference' }, (c) => {
    // Built on first request: by then every route file has added its routes.
    doc ??= openApiDocument(ctx.book.list(), API_VERSION);
    return c.json(doc);
  });
  const csp = "default-src 'self'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'";
  ctx.book.add(r, '/api', { method: 'GET', path: '/docs', access: 'public', summary: 'Interactive API reference (HTML)', tag: 'reference' }, (c) =>
    c.html(DOCS_HTML, 200, { 'Content-Security-Policy': csp }));
  ctx.book.add(r, '/api', { method: 'GET', path: '/docs/app.js', access: 'public', summary: 'Script of the API reference page', tag: 'reference' }, (c) =>
    c.body(DOCS_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Security-Policy': csp }));
  return r;
}
