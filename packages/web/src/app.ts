// The root: Element Plus's config provider follows the chosen language, and so do vue-i18n
// and dayjs (applyLocale).
import { computed, defineComponent, h, watch } from 'vue';
import { RouterView } from 'vue-router';
import { ElConfigProvider } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { applyLocale, elementLocale } from './locales/index.ts';
import { usePreferencesStore } from './stores/preferences.ts';

export const App = defineComponent({
  name: 'BatonApp',
  setup() {
    const prefs = usePreferencesStore();
    const i18n = useI18n({ useScope: 'global' });
    watch(() => prefs.locale, (l) => applyLocale(i18n, l), { immediate: true });
    const locale = computed(() => elementLocale(prefs.locale));
    return () => h(ElConfigProvider, { locale: locale.value }, () => h(RouterView));
  },
});
