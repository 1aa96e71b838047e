// Login (rate-limited), who am I, and API tokens for integrations.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { hashApiToken, newApiTokenSecret } from '../auth/api-tokens.ts';
import { issueSessionToken } from '../auth/session-tokens.ts';
import { adminChange } from '../runtime/admin-change.ts';
import { failure, fail, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import { param } from '../http/params.ts';
import type { AppEnv } from '../http/app-env.ts';
import { clientAddress } from '../http/client-address.ts';
import { getUser } from '../org/org-repo.ts';

export function authRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Parameters<typeof ctx.book.add>[2], h: Parameters<typeof ctx.book.add>[3]) => ctx.book.add(r, '/api/auth', spec, h);
  let dummyHash: Promise<string> | undefined;

  add({ method: 'POST', path: '/login', access: 'public', summary: 'Password login; returns a session token', tag: 'auth', body: apiSchemaId('login') }, async (c) => {
    const { username, password } = c.get('body') as { username: string; password: string };
    const key = `${username.toLowerCase()}|${clientAddress(c)}`;
    const now = ctx.clock.now().getTime();
    if (!ctx.limiter.allowed(key, now)) {
      c.header('Retry-After', String(Math.ceil(ctx.options.loginWindowMs / 1000)));
      return sendError(c, failure(429, 'too-many-attempts', 'Too many failed logins; try again later.', '登录失败次数过多，请稍后再试。'));
    }
    const user = await ctx.store.db.selectFrom('users').select(['id', 'password_hash', 'active']).where('id', '=', username).executeTakeFirst();
    // Verify against a dummy hash for unknown users so timing does not reveal which names exist.
    dummyHash ??= ctx.hasher.hash('not-a-password');
    const stored = user?.password_hash ?? (await dummyHash);
    const good = (await ctx.hasher.verify(stored, password)) && !!user?.password_hash && !!user.active;
    if (!good || !user) {
      ctx.limiter.recordFailure(key, now);
      return sendError(c, failure(401, 'bad-credentials', 'Wrong user name or password.', '用户名或密码错误。'));
    }
    ctx.limiter.reset(key);
    const token = await issueSessionToken(ctx.secrets.sessionKey, user.id, ctx.clock.now(), ctx.options.sessionTtlSeconds);
    const expiresAt = new Date(now + ctx.options.sessionTtlSeconds * 1000).toISOString();
    return c.json({ token, expiresAt, user: await getUser(ctx.store.db, user.id) });
  });

  add({ method: 'GET', path: '/me', access: 'user', summary: 'The signed-in user', tag: 'auth' }, async (c) => {
    const p = c.get('principal')!;
    return c.json({ ...(await getUser(ctx.store.db, p.userId)), via: p.via });
  });

  add({ method: 'GET', path: '/tokens', access: 'user', summary: 'My API tokens (never their secrets)', tag: 'auth' }, async (c) => {
    const p = c.get('principal')!;
    const rows = await ctx.store.db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'revoked_at']).where('user_id', '=', p.userId).orderBy('created_at').execute();
    return c.json({ items: rows.map((t) => ({ id: t.id, name: t.name, createdAt: t.created_at, revokedAt: t.revoked_at })) });
  });

  add({ method: 'POST', path: '/tokens', access: 'user', summary: 'Create an API token; the secret is in this response only', tag: 'auth', body: apiSchemaId('api-token-create'), status: 201 }, async (c) => {
    const p = c.get('principal')!;
    const secret = newApiTokenSecret();
    const id = ctx.ids.next();
    const name = (c.get('body') as { name: string }).name;
    const res = await adminChange(ctx, p, 'token.create', `user:${p.userId}`, async (tx) => {
      await tx.insertInto('api_tokens').values({ id, user_id: p.userId, name, token_hash: hashApiToken(secret), created_at: ctx.nowIso(), revoked_at: null }).execute();
      return ok({ value: { id, name, token: secret }, detail: { id, name } });
    });
    return res.ok ? c.json(res.value, 201) : sendError(c, res.error);
  });

  add({ method: 'DELETE', path: '/tokens/:id', access: 'user', summary: 'Revoke an API token (own, or any as admin)', tag: 'auth' }, async (c) => {
    const p = c.get('principal')!;
    const id = param(c, 'id');
    const res = await adminChange(ctx, p, 'token.revoke', `token:${id}`, async (tx) => {
      const t = await tx.selectFrom('api_tokens').select(['user_id', 'revoked_at']).where('id', '=', id).executeTakeFirst();
      if (!t || (t.user_id !== p.userId && p.systemRole !== 'admin')) return fail(404, 'not-found', 'Token not found.', '令牌不存在。');
      if (t.revoked_at) return fail(409, 'already-revoked', 'The token is already revoked.', '令牌已被吊销。');
      await tx.updateTable('api_tokens').set({ revoked_at: ctx.nowIso() }).where('id', '=', id).execute();
      return ok({ value: { id, revoked: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });
  return r;
}
