// The outbox worker of one app: the effect handlers this server delivers (webhook fan-out and
// delivery, HTTP request nodes, in-app notifications and email) over the app's store, clock and
// command runner. task-created and notify rows have two consumers, the notifier and the webhook
// fan-out, run one after the other on the same row: both are idempotent per row, so a retry of
// the row (either one failing) repeats nothing a receiver or a user would see twice.
import type { AppContext } from '../app-context.ts';
import type { OutboundLimits } from '../effects/outbound-client.ts';
import { httpEffect } from '../effects/http-effect.ts';
import type { OutboundPolicy } from '../effects/ssrf-guard.ts';
import { outboundPolicy } from '../effects/ssrf-guard.ts';
import { FAN_OUT_KINDS, webhookFanOut } from '../effects/webhook-events.ts';
import { webhookDelivery } from '../effects/webhook-effect.ts';
import { recordEffectHandlers } from '../records/record-automation.ts';
import type { EffectHandler } from './effect-handler.ts';
import { createOutboxWorker } from './outbox-worker.ts';
import { mailDelivery } from '../notifications/mail-effect.ts';
import { notificationFanOut } from '../notifications/notification-effect.ts';
import { NOTIFIER_KINDS } from '../notifications/notification-recipients.ts';
import type { Mailer } from '../notifications/smtp-mailer.ts';
import type { OutboxWorker, OutboxWorkerOptions } from './outbox-worker.ts';

export interface AppOutboxOptions {
  policy?: OutboundPolicy;
  limits?: Partial<OutboundLimits>;
  worker?: Partial<OutboxWorkerOptions>;
  /** The SMTP mailer; without one, email notices are skipped with a logged reason. */
  mailer?: Mailer;
  /** Why there is no mailer (for the log). */
  mailDisabledReason?: string;
  /** Base URL of the web app, for links in emails (BATON_PUBLIC_URL). */
  publicUrl?: string;
}

/** Runs `a` then `b` on the same row; the row is done only when both are. */
function both(a: EffectHandler, b: EffectHandler): EffectHandler {
  return {
    async run(row) {
      const first = await a.run(row);
      const second = await b.run(row);
      if (first.type === 'done') return second;
      return second.type === 'retry' ? second : first;
    },
  };
}

export function createAppOutboxWorker(ctx: AppContext, options: AppOutboxOptions = {}): OutboxWorker {
  const deps = { store: ctx.store, clock: ctx.clock, policy: options.policy ?? outboundPolicy(), ...(options.limits ? { limits: options.limits } : {}) };
  const fanOut = webhookFanOut(ctx.store);
  const handlers: Record<string, EffectHandler> = Object.fromEntries(FAN_OUT_KINDS.map((k) => [k, fanOut]));
  const reason = options.mailDisabledReason ?? 'BATON_SMTP_URL is not set';
  const notifier = notificationFanOut({
    store: ctx.store, logger: ctx.logger,
    mail: { enabled: options.mailer !== undefined, disabledReason: reason, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) },
  });
  for (const k of NOTIFIER_KINDS) handlers[k] = handlers[k] ? both(notifier, handlers[k]) : notifier;
  handlers.mail = mailDelivery(options.mailer, reason);
  handlers.webhook = webhookDelivery(deps);
  handlers.http = httpEffect({ ...deps, runtime: ctx.runtime });
  // Record automation: the record write and the automation-result commit together (records/record-automation.ts).
  for (const [k, h] of Object.entries(recordEffectHandlers(ctx))) handlers[k] = handlers[k] ? both(h, handlers[k]) : h;
  return createOutboxWorker({ store: ctx.store, clock: ctx.clock, logger: ctx.logger, handlers, ...(options.worker ? { options: options.worker } : {}) });
}
