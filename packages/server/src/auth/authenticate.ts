// Turns a bearer token into a Principal: a session JWT or an API token. Inactive users and
// revoked tokens are refused. Returns undefined for anything that does not check out.
import type { DirectoryCache } from '../org/directory-cache.ts';
import type { Db } from '../store/store.ts';
import { hashApiToken, looksLikeApiToken } from './api-tokens.ts';
import type { Principal } from './principal.ts';
import { verifySessionToken } from './session-tokens.ts';
import type { VerifiedTokenCache } from './session-tokens.ts';

// Users come from the directory cache, which reloads whenever org_meta.version moves (every user,
// role or deactivation change bumps it), so a deactivated user is refused on their next request.
async function loadPrincipal(directory: DirectoryCache, db: Db, userId: string, via: Principal['via']): Promise<Principal | undefined> {
  const user = (await directory.snapshot(db)).users.get(userId);
  if (!user || !user.active) return undefined;
  return { userId: user.id, name: user.name, systemRole: user.systemRole, roles: user.roles, department: user.department ?? null, via };
}

export async function authenticate(db: Db, directory: DirectoryCache, key: Uint8Array, header: string | undefined, now: Date, cache?: VerifiedTokenCache): Promise<Principal | undefined> {
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
    return row ? loadPrincipal(directory, db, row.user_id, 'api-token') : undefined;
  }
  const claims = await verifySessionToken(key, token, now, cache);
  return claims ? loadPrincipal(directory, db, claims.userId, 'session') : undefined;
}
