import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret } from '../effects/webhook-signature.ts';
import { TOLERANCE_SECONDS, verifyDelivery } from './inbound-webhook.ts';

const secret = newWebhookSecret();
const at = new Date('2026-03-02T09:00:00Z');
const now = Math.floor(at.getTime() / 1000);
const body = '{"data":{"amount":5}}';
const signed = (id = 'msg_1', when = at, key = secret, payload = body) => ({
  id, timestamp: String(Math.floor(when.getTime() / 1000)), signature: new Webhook(key).sign(id, when, payload),
});

describe('verifyDelivery', () => {
  it('accepts a delivery signed by the reference library, also among several signatures', () => {
    expect(verifyDelivery(secret, signed(), body, now)).toEqual({ ok: true, value: { id: 'msg_1' } });
    const h = signed();
    expect(verifyDelivery(secret, { ...h, signature: `v1,bm90LWl0 ${h.signature}` }, body, now).ok).toBe(true);
    expect(verifyDelivery(secret, signed('msg_1', new Date(at.getTime() - TOLERANCE_SECONDS * 1000)), body, now).ok).toBe(true);
  });

  it('refuses other secrets, bodies, ids, versions and missing headers', () => {
    expect(verifyDelivery(newWebhookSecret(), signed(), body, now).ok).toBe(false);
    expect(verifyDelivery(secret, signed(), body + ' ', now).ok).toBe(false);
    expect(verifyDelivery(secret, { ...signed(), id: 'msg_2' }, body, now).ok).toBe(false);
    expect(verifyDelivery(secret, { ...signed(), signature: signed().signature.replace('v1,', 'v2,') }, body, now).ok).toBe(false);
    expect(verifyDelivery(secret, { ...signed(), signature: 'v1,' }, body, now).ok).toBe(false);
    expect(verifyDelivery(secret, { ...signed(), timestamp: undefined }, body, now).ok).toBe(false);
    expect(verifyDelivery(secret, { ...signed(), timestamp: '12e3' }, body, now).ok).toBe(false);
    expect(verifyDelivery(secret, { ...signed(), id: 'x'.repeat(201) }, body, now).ok).toBe(false);
  });

  it('refuses timestamps more than five minutes away, either way, as stale', () => {
    for (const offset of [-(TOLERANCE_SECONDS + 1), TOLERANCE_SECONDS + 1]) {
      const r = verifyDelivery(secret, signed('msg_1', new Date(at.getTime() + offset * 1000)), body, now);
      expect(r.ok ? '' : r.error.code).toBe('stale-timestamp');
    }
  });
});
