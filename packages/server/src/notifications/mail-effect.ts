// Delivers one "mail" outbox row over SMTP. The message was rendered when the row was queued, so
// every attempt sends the same bytes under the same Message-ID. 4xx answers and connection
// failures retry with the worker's backoff; a 5xx answer dead-letters the row at once.
import type { EffectHandler, EffectOutcome } from '../outbox/effect-handler.ts';
import type { MailPayload } from './notification-effect.ts';
import type { Mailer } from './smtp-mailer.ts';

export function mailDelivery(mailer: Mailer | undefined, disabledReason = 'email is off'): EffectHandler {
  return {
    async run(row): Promise<EffectOutcome> {
      // Queued while email was on, run after it was turned off: close it, with the reason.
      if (!mailer) return { type: 'fail', error: `not sent: ${disabledReason}` };
      const m = JSON.parse(row.payload) as MailPayload;
      const r = await mailer.send({ to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: `<${row.id}@baton.local>` });
      if (r.ok) return { type: 'done', ...(r.responseCode ? { responseCode: r.responseCode } : {}) };
      return { type: r.transient ? 'retry' : 'fail', error: r.error, ...(r.responseCode ? { responseCode: r.responseCode } : {}) };
    },
  };
}
