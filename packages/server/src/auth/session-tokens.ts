// Session tokens: HS256 JWTs signed with the server secret. Verification names its algorithm
// explicitly, so a token that says "none" or RS256 is refused.
import { SignJWT, jwtVerify } from 'jose';

export interface SessionClaims {
  userId: string;
}

export async function issueSessionToken(key: Uint8Array, userId: string, now: Date, ttlSeconds: number): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer('baton')
    .setAudience('baton-api')
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key);
}

export interface VerifiedTokenCache {
  get(token: string, nowSeconds: number): SessionClaims | undefined;
  set(token: string, claims: SessionClaims, expSeconds: number): void;
}

/**
 * Verified tokens, until they expire: HS256 verification goes through WebCrypto (a thread-pool
 * round trip), and a client sends the same token with every request. Only tokens that verified
 * are kept, so a forged one is checked in full every time. Bounded; per app instance.
 */
export function createVerifiedTokenCache(max = 10_000): VerifiedTokenCache {
  const map = new Map<string, { claims: SessionClaims; exp: number }>();
  return {
    get(token, nowSeconds) {
      const hit = map.get(token);
      if (!hit) return undefined;
      if (hit.exp <= nowSeconds) {
        map.delete(token);
        return undefined;
      }
      return hit.claims;
    },
    set(token, claims, exp) {
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(token, { claims, exp });
    },
  };
}

/** The claims of a valid token, or undefined (expired, forged, wrong algorithm). Never throws. */
export async function verifySessionToken(key: Uint8Array, token: string, now: Date, cache?: VerifiedTokenCache): Promise<SessionClaims | undefined> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const cached = cache?.get(token, nowSeconds);
  if (cached) return cached;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: 'baton',
      audience: 'baton-api',
      currentDate: now,
    });
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return undefined;
    const claims = { userId: payload.sub };
    cache?.set(token, claims, payload.exp);
    return claims;
  } catch {
    return undefined;
  }
}
