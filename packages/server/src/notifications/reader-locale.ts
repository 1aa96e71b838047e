// The language an in-app reader is answered in: the one the request asks for (Accept-Language:
// the bell sends the UI's language), else the one they chose for their emails, else
// DEFAULT_LOCALE. Emails use the chosen one only (userLocales). Only zh-CN and en exist: any zh-*
// reads as zh-CN, any en-* as en.
import type { Db } from '../store/store.ts';
import type { Locale } from './notification-messages.ts';
import { DEFAULT_LOCALE } from './notification-messages.ts';
import { chosenLocale } from './notification-store.ts';

/** Headers longer than this are read only this far (a real one is a few dozen characters). */
const MAX_HEADER = 512;

/** The best of our locales an Accept-Language header asks for (RFC 9110 q-values), or undefined. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.slice(0, MAX_HEADER).split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const locale = localeOfTag(tag.trim().toLowerCase());
    if (!locale) continue;
    const q = qValue(params);
    // Equal weights keep the header's order: the first listed wins.
    if (q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale;
}

/** The reader's language: the header's, else their email language, else DEFAULT_LOCALE. */
export async function readerLocale(db: Db, user: string, acceptLanguage: string | undefined): Promise<Locale> {
  return localeFromAcceptLanguage(acceptLanguage) ?? (await chosenLocale(db, user)) ?? DEFAULT_LOCALE;
}

function localeOfTag(tag: string): Locale | undefined {
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return undefined;
}

function qValue(params: readonly string[]): number {
  for (const p of params) {
    const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
    if (m) return Math.min(1, Number(m[1]));
    if (/^\s*q\s*=/i.test(p)) return 0;
  }
  return 1;
}
