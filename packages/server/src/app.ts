// createApp(deps): the whole HTTP API on one Hono app. Tests build it on SQLite or PostgreSQL with
// a fake clock; `pnpm start` with the real ports.
import { Hono } from 'hono';
import type { AppContext } from './app-context.ts';
import { createAppContext } from './app-context.ts';
import { authenticate } from './auth/authenticate.ts';
import { createVerifiedTokenCache } from './auth/session-tokens.ts';
import type { PasswordHasher } from './auth/passwords.ts';
import type { AppDeps } from './deps.ts';
import { failure, sendError } from './http/api-error.ts';
import { createBodyLimit } from './http/body-limit.ts';
import type { AppEnv } from './http/app-env.ts';
import type { RouteSpec } from './http/route-book.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { orgRoutes } from './routes/org-routes.ts';
import { definitionsRoutes } from './routes/definitions-routes.ts';
import { definitionVersionsRoutes } from './routes/definition-versions-routes.ts';
import { definitionLifecycleRoutes } from './routes/definition-lifecycle-routes.ts';
import { definitionScenariosRoutes } from './routes/definition-scenarios-routes.ts';
import { inboxRoutes } from './routes/inbox-routes.ts';
import { instancesRoutes } from './routes/instances-routes.ts';
import { requestDraftsRoutes } from './routes/request-drafts-routes.ts';
import { requestPreviewRoutes } from './routes/request-preview-routes.ts';
import { tasksRoutes } from './routes/tasks-routes.ts';
import { openapiRoutes } from './routes/openapi-routes.ts';
import { adminRoutes } from './routes/admin-routes.ts';
import { webhooksRoutes } from './routes/webhooks-routes.ts';
import { templatesRoutes } from './routes/templates-routes.ts';
import { archiveRoutes } from './routes/archive-routes.ts';
import { recordTypesRoutes } from './routes/record-types-routes.ts';
import { recordsRoutes } from './routes/records-routes.ts';
import { inboundRoutes } from './routes/inbound-routes.ts';
import { notificationsRoutes } from './routes/notifications-routes.ts';
import { backupRoutes } from './routes/backup-routes.ts';
import { ATTACHMENT_UPLOAD_PATH, attachmentsRoutes } from './routes/attachments-routes.ts';
import { attachmentsAdminRoutes } from './routes/attachments-admin-routes.ts';
import { schedulesRoutes } from './routes/schedules-routes.ts';
import { analyticsRoutes } from './routes/analytics-routes.ts';

export interface BatonApp {
  app: Hono<AppEnv>;
  /** The route table: what the router serves, for the OpenAPI document and the auth matrix. */
  routes: readonly RouteSpec[];
  ctx: AppContext;
}

export function createApp(deps: AppDeps & { hasher?: PasswordHasher }): BatonApp {
  const ctx = createAppContext(deps);
  const app = new Hono<AppEnv>();

  const jsonBodyLimit = createBodyLimit(ctx.options.bodyLimit,
    (c) => sendError(c, failure(413, 'payload-too-large', `The body is larger than ${ctx.options.bodyLimit} bytes.`, `请求体超过 ${ctx.options.bodyLimit} 字节。`)));
  // File uploads carry their own limit (the form field's maxSizeMB, 10 MiB by default), read as they stream.
  app.use('/api/*', function limitBody(c, next) {
    return c.req.method === 'POST' && c.req.path === ATTACHMENT_UPLOAD_PATH ? next() : jsonBodyLimit(c, next);
  });
  const verified = createVerifiedTokenCache();
  app.use('/api/*', async function authenticateRequest(c, next) {
    c.set('principal', await authenticate(ctx.store.db, ctx.directory, ctx.secrets.sessionKey, c.req.header('authorization'), ctx.clock.now(), verified));
    await next();
  });

  app.route('/', healthRoutes(ctx));
  app.route('/', authRoutes(ctx));
  app.route('/', orgRoutes(ctx));
  app.route('/', definitionsRoutes(ctx));
  app.route('/', definitionVersionsRoutes(ctx));
  app.route('/', definitionLifecycleRoutes(ctx));
  app.route('/', definitionScenariosRoutes(ctx));
  app.route('/', instancesRoutes(ctx));
  app.route('/', tasksRoutes(ctx));
  app.route('/', inboxRoutes(ctx));
  app.route('/', requestDraftsRoutes(ctx));
  app.route('/', requestPreviewRoutes(ctx));
  app.route('/', auditRoutes(ctx));
  app.route('/', adminRoutes(ctx));
  app.route('/', webhooksRoutes(ctx));
  app.route('/', templatesRoutes(ctx));
  app.route('/', archiveRoutes(ctx));
  app.route('/', recordTypesRoutes(ctx));
  app.route('/', recordsRoutes(ctx));
  app.route('/', inboundRoutes(ctx));
  app.route('/', notificationsRoutes(ctx));
  app.route('/', backupRoutes(ctx));
  app.route('/', attachmentsRoutes(ctx));
  app.route('/', attachmentsAdminRoutes(ctx));
  app.route('/', schedulesRoutes(ctx));
  app.route('/', analyticsRoutes(ctx));
  app.route('/', openapiRoutes(ctx));

  app.notFound((c) => sendError(c, failure(404, 'no-route', `No route ${c.req.method} ${c.req.path}.`, `没有此接口：${c.req.method} ${c.req.path}。`)));
  app.onError((err, c) => {
    ctx.logger.error('unhandled error', { path: c.req.path, error: err instanceof Error ? err.stack : String(err) });
    return sendError(c, failure(500, 'internal', 'Something went wrong on the server.', '服务器内部错误。'));
  });
  return { app, routes: ctx.book.list(), ctx };
}
