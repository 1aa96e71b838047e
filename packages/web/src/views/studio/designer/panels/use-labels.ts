// Labels for schema property names and enum values, in the UI language, falling back to the
// raw name so a new schema property still shows up before anyone translates it.
import { useI18n } from 'vue-i18n';

export function useLabels() {
  const { t, te, locale } = useI18n();
  const humanize = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return {
    t,
    lang: () => (locale.value === 'en' ? 'en' : 'zh-CN') as 'en' | 'zh-CN',
    prop: (name: string) => (te(`props.${name}`) ? t(`props.${name}`) : humanize(name)),
    enumLabel: (value: string) => (te(`enums.${value}`) ? t(`enums.${value}`) : humanize(value)),
  };
}
