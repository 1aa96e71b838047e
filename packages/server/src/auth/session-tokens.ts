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

/** The claims of a valid token, or undefined (expired, forged, wrong algorithm). Never throws. */
export async function verifySessionToken(key: Uint8Array, token: string, now: Date): Promise<SessionClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: 'baton',
      audience: 'baton-api',
      currentDate: now,
    });
    return typeof payload.sub === 'string' ? { userId: payload.sub } : undefined;
  } catch {
    return undefined;
  }
}
