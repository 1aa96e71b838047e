// Sends one email over SMTP with nodemailer, and says what the failure means for the outbox:
// 4xx answers and connection trouble are worth retrying; 5xx answers will not get better.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries (derived from the outbox row), so receivers can deduplicate. */
  messageId: string;
}

export type SendResult =
  | { ok: true; responseCode?: number }
  | { ok: false; transient: boolean; error: string; responseCode?: number };

export interface Mailer {
  /** Never throws for a failed delivery: the failure comes back as a value. */
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}

export interface SmtpMailerOptions {
  /** smtp://host:port or smtps://user:pass@host:port (nodemailer's connection URL). */
  url: string;
  /** The From header, e.g. "Baton <baton@example.com>". */
  from: string;
  /** Connection, greeting and socket timeouts in ms (default 15 s). */
  timeoutMs?: number;
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const timeout = options.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport({ url: options.url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout }, { from: options.from });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: options.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId,
          // Automated mail: ask auto-responders to stay quiet.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        const code = Number(String(info.response ?? '').slice(0, 3));
        return Number.isInteger(code) && code > 0 ? { ok: true, responseCode: code } : { ok: true };
      } catch (e) {
        return classify(e);
      }
    },
    close: () => transport.close(),
  };
}

/** A nodemailer error as a send result: 5xx is permanent, anything else (4xx, sockets) transient. */
export function classify(e: unknown): SendResult {
  const err = e as { responseCode?: unknown; code?: unknown; message?: unknown } | null;
  const responseCode = typeof err?.responseCode === 'number' ? err.responseCode : undefined;
  const message = typeof err?.message === 'string' ? err.message : String(e);
  const error = `${typeof err?.code === 'string' ? err.code + ': ' : ''}${message}`.slice(0, 500);
  if (responseCode !== undefined) return { ok: false, transient: responseCode < 500, error, responseCode };
  // No SMTP answer: the connection failed or timed out, or the address was refused before sending.
  return { ok: false, transient: err?.code !== 'EENVELOPE' && err?.code !== 'EMESSAGE', error };
}
