// The records pages' model, UI-free: names and display values from the record type's fields, the
// locks by field, a pending change as before / after rows, what an edit changed, and the body of
// a change request (the patch of the change-set fields, the flow's other fields as its data).
import type { BatonForm, BatonRecordType, Field, FieldPermissions } from '@baton/schema';
import type { ChangeFlow, ChangeRequestBody, PendingChange, RecordDetail, RecordLock, RecordValues } from '../../../api/records.ts';

export type Locale = 'en' | 'zh-CN';
type Text = { en?: string; 'zh-CN'?: string } | undefined;

export function say(t: Text, locale: Locale, fallback = ''): string {
  return t?.[locale] || t?.[locale === 'en' ? 'zh-CN' : 'en'] || fallback;
}

export function typeName(rt: BatonRecordType, locale: Locale, plural = false): string {
  return say(plural ? rt.pluralName ?? rt.name : rt.name, locale, rt.key);
}

export function recordTitle(rt: BatonRecordType | null, record: { id: string; title?: string | null; values: RecordValues }): string {
  if (record.title) return record.title;
  const v = rt?.titleField ? record.values[rt.titleField] : undefined;
  return typeof v === 'string' && v ? v : record.id;
}

/** A value as text for lists and diffs: option labels, money with its currency, names of files. */
export function displayValue(field: Field | undefined, value: unknown, locale: Locale, userName: (id: string) => string = (id) => id): string {
  if (value === undefined || value === null || value === '') return '—';
  if (!field) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (field.type) {
    case 'select':
      return say(field.options.find((o) => o.value === value)?.label, locale, String(value));
    case 'multi-select':
      return Array.isArray(value) ? value.map((v) => say(field.options.find((o) => o.value === v)?.label, locale, String(v))).join(', ') : String(value);
    case 'money':
      return typeof value === 'number' ? `${field.currency ?? '¥'} ${value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : String(value);
    case 'number': {
      const unit = say(field.unit, locale);
      return typeof value === 'number' ? `${value.toLocaleString(locale)}${unit ? ` ${unit}` : ''}` : String(value);
    }
    case 'boolean':
      return value === true ? '✓' : '✗';
    case 'date-range': {
      const r = value as { start?: string; end?: string };
      return `${r.start ?? '?'} – ${r.end ?? '?'}`;
    }
    case 'user':
      return Array.isArray(value) ? value.map((v) => userName(String(v))).join(', ') : userName(String(value));
    case 'attachment':
      return Array.isArray(value) ? value.map((f) => (f as { name?: string }).name ?? '?').join(', ') : String(value);
    default:
      return Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

export function lockIndex(locks: readonly RecordLock[]): Record<string, RecordLock> {
  const out: Record<string, RecordLock> = {};
  for (const l of locks) out[l.field] ??= l;
  return out;
}

export interface DiffRow { key: string; label: string; before: string; after: string }

/** A pending change as rows of the fields it proposes, in the record type's field order. */
export function diffRows(change: Pick<PendingChange, 'before' | 'after'>, rt: BatonRecordType, locale: Locale): DiffRow[] {
  const known = rt.fields.map((f) => f.key);
  const keys = [...known.filter((k) => k in change.after), ...Object.keys(change.after).filter((k) => !known.includes(k))];
  return keys.map((key) => {
    const field = rt.fields.find((f) => f.key === key);
    return { key, label: say(field?.label, locale, key), before: displayValue(field, change.before[key], locale), after: displayValue(field, change.after[key], locale) };
  });
}

/** A plain copy of values (reactive proxies cannot go through structuredClone). */
export function cloneValues<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields an edit changed (a cleared field as null), locked and computed fields left out. */
export function changedValues(original: RecordValues, edited: RecordValues, rt: BatonRecordType, locks: readonly RecordLock[] = []): RecordValues {
  const locked = lockIndex(locks);
  const out: RecordValues = {};
  for (const f of rt.fields) {
    if (f.type === 'formula' || locked[f.key]) continue;
    const v = edited[f.key] === '' ? undefined : edited[f.key];
    if (!same(original[f.key], v)) out[f.key] = v ?? null;
  }
  return out;
}

/** The record type's fields as a form for the form kit. */
export function recordForm(rt: BatonRecordType): BatonForm {
  return { fields: rt.fields };
}

/** Edit where allowed: locked fields (a pending change request holds them) and formulas read-only. */
export function editPermissions(rt: BatonRecordType, locks: readonly RecordLock[]): FieldPermissions {
  const locked = lockIndex(locks);
  const out: FieldPermissions = {};
  for (const f of rt.fields) out[f.key] = locked[f.key] || f.type === 'formula' ? 'read' : 'edit';
  return out;
}

/** The change-set fields of a flow, as the record type defines them, for the dialog's patch form. */
export function changeSetForm(rt: BatonRecordType, flow: Pick<ChangeFlow, 'fields'>): BatonForm {
  const fields = flow.fields.map((k) => rt.fields.find((f) => f.key === k)).filter((f): f is Field => f !== undefined);
  return { fields: fields.map((f) => ({ ...f, required: false })) as Field[] };
}

/** The flow's own fields the requester fills in (reason, details, evidence): neither a change-set
 * field nor the link to this record, which the dialog fills itself. */
export function requestForm(flow: Pick<ChangeFlow, 'form' | 'fields'>, type: string): BatonForm {
  return { ...flow.form, fields: flow.form.fields.filter((f) => !flow.fields.includes(f.key) && !isLinkTo(f, type)) };
}

function isLinkTo(f: Field, type: string): boolean {
  return f.type === 'record-link' && (f.recordType === undefined || f.recordType === type) && f.multiple !== true;
}

/**
 * The change request: `patch` holds only the change-set fields whose value changed; `data` is the
 * flow's form data: the link to this record, each change-set field the form also has (its new
 * value, else the current one) and what the requester filled in.
 */
export function changeRequestBody(flow: ChangeFlow, type: string, record: Pick<RecordDetail, 'id' | 'values'>, proposed: RecordValues, extra: RecordValues): ChangeRequestBody {
  const patch: RecordValues = {};
  for (const k of flow.fields) {
    const v = proposed[k] === '' ? undefined : proposed[k];
    if (v !== undefined && !same(record.values[k], v)) patch[k] = v;
  }
  const data: RecordValues = {};
  for (const f of flow.form.fields) {
    if (isLinkTo(f, type)) data[f.key] = record.id;
    else if (flow.fields.includes(f.key)) {
      const v = f.key in patch ? patch[f.key] : record.values[f.key];
      if (v !== undefined && v !== null) data[f.key] = v;
    }
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') data[k] = v;
  return { definition: flow.key, patch, data };
}
