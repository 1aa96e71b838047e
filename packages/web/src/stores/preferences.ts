// The user's UI language, remembered across visits. The app applies it to vue-i18n, Element
// Plus and dayjs (locales/index.ts).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { isAppLocale, type AppLocale } from '../locales/index.ts';

const LOCALE_KEY = 'baton.locale';

export function initialLocale(): AppLocale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LOCALE_KEY);
  if (isAppLocale(saved)) return saved;
  const nav = typeof navigator === 'undefined' ? 'zh-CN' : navigator.language;
  return nav.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<AppLocale>(initialLocale());

  function setLocale(next: AppLocale): void {
    locale.value = next;
    if (typeof localStorage !== 'undefined') localStorage.setItem(LOCALE_KEY, next);
  }

  return { locale, setLocale };
});
