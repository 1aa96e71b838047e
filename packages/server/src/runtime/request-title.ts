// A request's title from its flow's `settings.title` (bilingual): {{field}} placeholders take the
// form's values, {{initiator}} the initiator's name. Rendered when read, so an approver's edit of
// a field shows in the title. Plain text, never markup: the UI escapes it like any other string.
import type { BatonWorkflowDefinition } from '@baton/schema';

export type TitleText = { en?: string; 'zh-CN'?: string };

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]{0,63})\s*\}\}/g;
const MAX_TITLE = 200;

function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').join(', ');
  return '';
}

/** The rendered title in each language the template has, or undefined when the flow has none. */
export function renderRequestTitle(def: BatonWorkflowDefinition, data: Readonly<Record<string, unknown>>, initiatorName: string): TitleText | undefined {
  const template = (def.settings as { title?: TitleText } | undefined)?.title;
  if (!template) return undefined;
  const render = (text: string) => text.replace(PLACEHOLDER, (_, key: string) => (key === 'initiator' ? initiatorName : valueText(Object.hasOwn(data, key) ? data[key] : undefined))).trim().slice(0, MAX_TITLE);
  const out: TitleText = {};
  if (template.en) out.en = render(template.en);
  if (template['zh-CN']) out['zh-CN'] = render(template['zh-CN']);
  return out;
}
