// The outbox worker of one app: the effect handlers this server delivers (webhook fan-out and
// delivery, HTTP request nodes) over the app's store, clock and command runner. Email and in-app
// notifications have no handler yet, so their rows stay pending for the worker that will.
import type { AppContext } from '../app-context.ts';
import type { OutboundLimits } from '../effects/outbound-client.ts';
import { httpEffect } from '../effects/http-effect.ts';
import type { OutboundPolicy } from '../effects/ssrf-guard.ts';
import { outboundPolicy } from '../effects/ssrf-guard.ts';
import { FAN_OUT_KINDS, webhookFanOut } from '../effects/webhook-events.ts';
import { webhookDelivery } from '../effects/webhook-effect.ts';
import type { EffectHandler } from './effect-handler.ts';
import { createOutboxWorker } from './outbox-worker.ts';
import type { OutboxWorker, OutboxWorkerOptions } from './outbox-worker.ts';

export interface AppOutboxOptions {
  policy?: OutboundPolicy;
  limits?: Partial<OutboundLimits>;
  worker?: Partial<OutboxWorkerOptions>;
}

export function createAppOutboxWorker(ctx: AppContext, options: AppOutboxOptions = {}): OutboxWorker {
  const deps = { store: ctx.store, clock: ctx.clock, policy: options.policy ?? outboundPolicy(), ...(options.limits ? { limits: options.limits } : {}) };
  const fanOut = webhookFanOut(ctx.store);
  const handlers: Record<string, EffectHandler> = Object.fromEntries(FAN_OUT_KINDS.map((k) => [k, fanOut]));
  handlers.webhook = webhookDelivery(deps);
  handlers.http = httpEffect({ ...deps, runtime: ctx.runtime });
  return createOutboxWorker({ store: ctx.store, clock: ctx.clock, logger: ctx.logger, handlers, ...(options.worker ? { options: options.worker } : {}) });
}
