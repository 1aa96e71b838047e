// Dates in the UI language, re-rendered when the language switches. dayjs's global locale is not
// reactive: a date formatted in a template (or a table cell's slot) whose render reads nothing
// else that changes with the language stayed in the old language until the page reloaded.
import dayjs from 'dayjs';
import { useI18n } from 'vue-i18n';

export function useDateFormat(): (at: string | number | Date, format?: string) => string {
  const { locale } = useI18n();
  return (at, format = 'LLL') => dayjs(at).locale(locale.value === 'en' ? 'en' : 'zh-cn').format(format);
}
