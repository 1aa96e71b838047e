// The app's languages: vue-i18n messages, Element Plus's locale and dayjs's, switched together.
import { createI18n } from 'vue-i18n';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/zh-cn';
import elEn from 'element-plus/es/locale/lang/en.mjs';
import elZhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import type { Language } from 'element-plus/es/locale/index.mjs';
import { en } from './en.ts';
import { zhCN } from './zh-cn.ts';

// "LLL" and friends: dates in each language's own long format.
dayjs.extend(localizedFormat);

export type AppLocale = 'zh-CN' | 'en';
export const APP_LOCALES: readonly AppLocale[] = ['zh-CN', 'en'];

export function createAppI18n(locale: AppLocale) {
  return createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: { en, 'zh-CN': zhCN } });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export function elementLocale(locale: AppLocale): Language {
  return locale === 'zh-CN' ? elZhCn : elEn;
}

/** Switches vue-i18n, dayjs and the document language; Element Plus follows via the config provider. */
export function applyLocale(composer: { locale: { value: string } }, locale: AppLocale): void {
  composer.locale.value = locale;
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function isAppLocale(v: unknown): v is AppLocale {
  return v === 'zh-CN' || v === 'en';
}
