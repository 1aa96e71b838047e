// Turns a bearer token into a Principal: a session JWT or an API token. Inactive users and
// revoked tokens are refused. Returns undefined for anything that does not check out.
import type { Db } from '../store/store.ts';
import { hashApiToken, looksLikeApiToken } from './api-tokens.ts';
import type { Principal } from './principal.ts';
import { verifySessionToken } from './session-tokens.ts';

export async function loadPrincipal(db: Db, userId: string, via: Principal['via']): Promise<Principal | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'system_role', 'department', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || !user.active) return undefined;
  const roles = await db.selectFrom('user_roles').select('role_id').where('user_id', '=', userId).execute();
  return {
    userId: user.id,
    name: user.name,
    systemRole: user.system_role,
    roles: roles.map((r) => r.role_id),
    department: user.department,
    via,
  };
}

export async function authenticate(db: Db, key: Uint8Array, header: string | undefined, now: Date): Promise<Principal | undefined> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const token = match?.[1];
  if (!token || token.length > 4096) return undefined;
  if (looksLikeApiToken(token)) {
    const row = await db
      .selectFrom('api_tokens')
      .select(['user_id'])
      .where('token_hash', '=', hashApiToken(token))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? loadPrincipal(db, row.user_id, 'api-token') : undefined;
  }
  const claims = await verifySessionToken(key, token, now);
  return claims ? loadPrincipal(db, claims.userId, 'session') : undefined;
}
