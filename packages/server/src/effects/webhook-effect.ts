// Delivers one "webhook" outbox row to its subscription: POST the fixed body, signed per Standard
// Webhooks with the row id as `webhook-id` (stable across retries) and the attempt's time as
// `webhook-timestamp`. 2xx is done; a refused URL (SSRF guard, bad scheme) or a deleted
// subscription will not get better, so it fails at once; everything else is retried. The
// instance's trigger depth rides in the (signed) body and, for convenience, a Baton-Trigger-Depth header.
import type { Clock } from '../deps.ts';
import { TRIGGER_DEPTH_HEADER } from '../records/record-triggers.ts';
import type { Store } from '../store/store.ts';
import type { EffectHandler, EffectOutcome } from '../outbox/effect-handler.ts';
import { sendOutbound } from './outbound-client.ts';
import type { OutboundLimits } from './outbound-client.ts';
import type { OutboundPolicy, OutboundRefusalCode } from './ssrf-guard.ts';
import { webhookHeaders } from './webhook-signature.ts';

const PERMANENT = new Set<OutboundRefusalCode>(['invalid-url', 'scheme-not-allowed', 'credentials-in-url', 'blocked-address']);

export interface OutboundDeps {
  store: Store;
  clock: Clock;
  policy: OutboundPolicy;
  limits?: Partial<OutboundLimits>;
}

export function webhookDelivery(deps: OutboundDeps): EffectHandler {
  return {
    async run(row): Promise<EffectOutcome> {
      const sub = row.subscription_id
        ? await deps.store.db.selectFrom('webhook_subscriptions').select(['url', 'secret']).where('id', '=', row.subscription_id).executeTakeFirst()
        : undefined;
      if (!sub) return { type: 'fail', error: 'the subscription no longer exists' };
      const { body, triggerDepth } = JSON.parse(row.payload) as { body: string; triggerDepth?: number };
      const ts = Math.floor(deps.clock.now().getTime() / 1000);
      const r = await sendOutbound(deps.policy, {
        method: 'POST',
        url: sub.url,
        headers: {
          'content-type': 'application/json', ...webhookHeaders(sub.secret, row.id, ts, body),
          // Rows queued before the depth was recorded have none.
          ...(typeof triggerDepth === 'number' ? { [TRIGGER_DEPTH_HEADER]: String(triggerDepth) } : {}),
        },
        body,
      }, { ...deps.limits, maxRedirects: 0 });
      if (!r.ok) return { type: PERMANENT.has(r.error.code) ? 'fail' : 'retry', error: `${r.error.code}: ${r.error.message}` };
      const status = r.response.status;
      if (status >= 200 && status < 300) return { type: 'done', responseCode: status };
      return { type: 'retry', error: `the receiver answered ${status}`, responseCode: status };
    },
  };
}
