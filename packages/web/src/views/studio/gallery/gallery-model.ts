// The gallery's pure model: search over names, tags and descriptions in the UI language, the
// parameter form's fields from the template's parameter schema, and the server's problems by
// parameter. No Vue and no HTTP here, so it is tested directly.
import type { Problem } from '@baton/schema';
import type { Localized, TemplateCard, TemplateParameters } from '../../../api/templates.ts';

export type Lang = 'en' | 'zh-CN';

export type ParamWidget = 'role' | 'user' | 'department' | 'number' | 'text' | 'switch' | 'choice';

export interface ParamField {
  name: string;
  widget: ParamWidget;
  title: string;
  description?: string;
  required: boolean;
  choices?: unknown[];
  min?: number;
  max?: number;
}

export const text = (l: Localized | undefined, lang: Lang): string => (l ? l[lang] || l.en : '');

/** Cards in `category` ('' for all) whose name, description, key or tags contain the query (in the UI language). */
export function filterTemplates(items: readonly TemplateCard[], query: string, category: string, lang: Lang): TemplateCard[] {
  const q = query.trim().toLowerCase();
  return items.filter((t) => {
    if (category && t.category !== category) return false;
    if (!q) return true;
    const hay = [text(t.name, lang), text(t.description, lang), t.key, ...t.tags].join('\n').toLowerCase();
    return hay.includes(q);
  });
}

/** The categories present, in first-seen order. */
export function categoriesOf(items: readonly TemplateCard[]): string[] {
  return [...new Set(items.map((t) => t.category).filter((c): c is string => !!c))];
}

/** One input per parameter, picked by `kind` first (role / user / department pick from the org), then by type. */
export function paramFields(schema: TemplateParameters, lang: Lang): ParamField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, p]) => {
    const widget: ParamWidget = p.enum ? 'choice'
      : p.kind === 'role' || p.kind === 'user' || p.kind === 'department' ? p.kind
      : p.kind === 'amount' || p.kind === 'number' || p.type === 'number' || p.type === 'integer' ? 'number'
      : p.type === 'boolean' ? 'switch'
      : 'text';
    const field: ParamField = { name, widget, title: text(p.title, lang) || name, required: required.has(name) };
    const description = text(p.description, lang);
    if (description) field.description = description;
    if (p.enum) field.choices = p.enum;
    if (typeof p.minimum === 'number') field.min = p.minimum;
    if (typeof p.maximum === 'number') field.max = p.maximum;
    return field;
  });
}

/** The schema's defaults, copied so editing the form never touches the card. */
export function defaultParams(schema: TemplateParameters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(schema.properties ?? {})) {
    if (p.default !== undefined) out[name] = structuredClone(p.default);
  }
  return out;
}

/** Drops empty inputs, so the server fills its defaults rather than refusing "". */
export function submittedParams(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null && v !== undefined));
}

export interface InstallErrors {
  /** Messages by parameter name (from /params/<name>). */
  params: Record<string, string>;
  /** A message for the new key (from /key). */
  key?: string;
  /** Anything that points at no field. */
  general: string[];
}

/** Places the server's refusal on the fields it names, in the UI language. */
export function installErrors(error: { message: { en: string; 'zh-CN': string }; pointer?: string; problems?: Problem[] }, lang: Lang): InstallErrors {
  const out: InstallErrors = { params: {}, general: [] };
  const place = (pointer: string | undefined, message: string) => {
    const param = pointer?.match(/^\/params\/([^/]+)/)?.[1];
    if (param !== undefined) {
      const name = param.replace(/~1/g, '/').replace(/~0/g, '~');
      out.params[name] = out.params[name] ? `${out.params[name]}; ${message}` : message;
    } else if (pointer === '/key') out.key = message;
    else out.general.push(message);
  };
  if (error.problems?.length) for (const p of error.problems) place(p.pointer, p.message[lang] || p.message.en);
  else place(error.pointer, error.message[lang] || error.message.en);
  return out;
}

/** Whether the template's own key is already used by an installed definition (then a new key is required). */
export function keyTaken(t: Pick<TemplateCard, 'workflowKey' | 'key' | 'installed'>): boolean {
  const own = t.workflowKey ?? t.key;
  return t.installed.some((i) => i.definition === own);
}

export const KEY_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;
