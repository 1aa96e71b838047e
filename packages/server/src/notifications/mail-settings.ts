// Email settings from the environment: BATON_SMTP_URL (smtp://host:port, smtps://user:pass@host),
// BATON_MAIL_FROM (the From header) and BATON_PUBLIC_URL (where links in emails point). No
// BATON_SMTP_URL means email is off: notices still reach the bell, and email rows are closed
// with a logged reason rather than left waiting.
export interface MailSettings {
  /** Undefined when email is off. */
  smtp?: { url: string; from: string };
  /** Why email is off, for the log. */
  disabledReason?: string;
  publicUrl?: string;
}

export type MailSettingsResult = { ok: true; settings: MailSettings } | { ok: false; error: string };

export function mailSettingsFromEnv(env: Record<string, string | undefined>): MailSettingsResult {
  const publicUrl = env.BATON_PUBLIC_URL || undefined;
  if (publicUrl !== undefined && !isHttpUrl(publicUrl)) return { ok: false, error: `BATON_PUBLIC_URL must be an http(s) URL, not "${publicUrl}"` };
  const base = publicUrl ? { publicUrl: publicUrl.replace(/\/+$/, '') } : {};
  const url = env.BATON_SMTP_URL || undefined;
  if (!url) return { ok: true, settings: { ...base, disabledReason: 'BATON_SMTP_URL is not set' } };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: 'BATON_SMTP_URL must be a URL such as smtp://mail.example.com:587' };
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') return { ok: false, error: `BATON_SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//` };
  const from = env.BATON_MAIL_FROM || undefined;
  if (!from) return { ok: false, error: 'BATON_SMTP_URL is set, so BATON_MAIL_FROM (e.g. "Baton <baton@example.com>") is needed too' };
  if (/[\r\n]/.test(from) || !/@/.test(from)) return { ok: false, error: 'BATON_MAIL_FROM must be one address such as "Baton <baton@example.com>"' };
  return { ok: true, settings: { ...base, smtp: { url, from } } };
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
