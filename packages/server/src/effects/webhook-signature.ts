// Standard Webhooks signing (standardwebhooks.com): the secret is "whsec_" + base64 key bytes;
// the signature is "v1," + base64(HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")).
import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';

/** A new signing secret (24 random bytes, as the reference libraries make them). */
export function newWebhookSecret(): string {
  return PREFIX + randomBytes(24).toString('base64');
}

export function isWebhookSecret(s: string): boolean {
  return s.startsWith(PREFIX) && /^[A-Za-z0-9+/]{16,}={0,2}$/.test(s.slice(PREFIX.length));
}

export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  return 'v1,' + createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
}

/** The three headers of one delivery attempt. */
export function webhookHeaders(secret: string, id: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signWebhook(secret, id, timestampSeconds, body),
  };
}
