// One email in the recipient's language: subject, plain text and simple HTML, with a link to the
// request. Every value that came from users (titles, names, automation text) is HTML-escaped in
// the HTML part and stripped of line breaks in the subject (no header injection).
import type { Locale } from './notification-messages.ts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailContent {
  subject: string;
  /** Plain text; paragraphs separated by blank lines. */
  body: string;
  /** Absolute URL of the request, when there is one. */
  link?: string;
}

const CHROME: Record<Locale, { open: string; footer: string }> = {
  en: { open: 'Open the request', footer: 'Sent by Baton. You receive this because you take part in this request.' },
  'zh-CN': { open: '查看申请', footer: '此邮件由 Baton 发送，因为您参与了该申请。' },
};

const SUBJECT_MAX = 200;

export function renderEmail(locale: Locale, content: EmailContent): RenderedEmail {
  const chrome = CHROME[locale];
  const subject = content.subject.replace(/[\r\n\t]+/g, ' ').trim().slice(0, SUBJECT_MAX);
  const paragraphs = content.body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const text = [...paragraphs, ...(content.link ? [`${chrome.open}: ${content.link}`] : []), '--', chrome.footer].join('\n\n') + '\n';
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1f2329">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`),
    ...(content.link ? [`<p><a href="${escapeHtml(content.link)}">${escapeHtml(chrome.open)}</a></p>`] : []),
    `<p style="color: #8f959e; font-size: 12px">${escapeHtml(chrome.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** The request page of the web app under `publicUrl`. */
export function requestLink(publicUrl: string | undefined, instanceId: string | null | undefined): string | undefined {
  if (!publicUrl || !instanceId) return undefined;
  return `${publicUrl.replace(/\/+$/, '')}/workspace/requests/${encodeURIComponent(instanceId)}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
