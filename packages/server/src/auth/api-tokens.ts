// API tokens for integrations: a random secret shown once, stored only as its SHA-256 (the secret
// has 256 bits of entropy, so a fast hash is enough), revocable.
import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'bt_';

export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLikeApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}
