import { describe, expect, it } from 'vitest';
import { mailSettingsFromEnv } from './mail-settings.ts';

describe('mailSettingsFromEnv', () => {
  it('turns email off, with the reason, when BATON_SMTP_URL is not set', () => {
    expect(mailSettingsFromEnv({})).toEqual({ ok: true, settings: { disabledReason: 'BATON_SMTP_URL is not set' } });
    expect(mailSettingsFromEnv({ BATON_SMTP_URL: '', BATON_PUBLIC_URL: 'https://b.test/' })).toEqual({ ok: true, settings: { publicUrl: 'https://b.test', disabledReason: 'BATON_SMTP_URL is not set' } });
  });

  it('accepts smtp and smtps URLs with a From address', () => {
    const r = mailSettingsFromEnv({ BATON_SMTP_URL: 'smtps://u:p@mail.test:465', BATON_MAIL_FROM: 'Baton <baton@b.test>' });
    expect(r).toEqual({ ok: true, settings: { smtp: { url: 'smtps://u:p@mail.test:465', from: 'Baton <baton@b.test>' } } });
  });

  it('refuses settings that cannot work', () => {
    const bad: Array<Record<string, string>> = [
      { BATON_SMTP_URL: 'http://mail.test', BATON_MAIL_FROM: 'a@b.test' },
      { BATON_SMTP_URL: 'not a url', BATON_MAIL_FROM: 'a@b.test' },
      { BATON_SMTP_URL: 'smtp://mail.test:25' },
      { BATON_SMTP_URL: 'smtp://mail.test:25', BATON_MAIL_FROM: 'no-at-sign' },
      { BATON_SMTP_URL: 'smtp://mail.test:25', BATON_MAIL_FROM: 'a@b.test\r\nBcc: x@y.test' },
      { BATON_PUBLIC_URL: 'javascript:alert(1)' },
    ];
    for (const env of bad) expect(mailSettingsFromEnv(env).ok, JSON.stringify(env)).toBe(false);
  });
});
