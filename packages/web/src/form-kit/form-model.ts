// The form kit's model, UI-free: which widget each field gets (from the field list and the JSON
// Schema of the data, formDataSchema), initial values, visibility (visibleWhen), formulas, and
// validation (validateFormData plus `required` on fields shown by a condition).
import {
  createCelEnvironment, evaluateCel, formDataSchema, validateFormData,
  type BatonForm, type CelEnvironment, type ColumnField, type Field, type FieldPermissions, type JsonSchema,
} from '@baton/schema';

export type Widget =
  | 'text' | 'textarea' | 'number' | 'switch' | 'date' | 'date-range' | 'select' | 'multi-select'
  | 'person' | 'attachment' | 'table' | 'formula';

export interface FieldView {
  key: string;
  field: Field | ColumnField;
  widget: Widget;
  /** Required to submit (from the data schema; or by the field when its condition shows it). */
  required: boolean;
  /** Limits and choices read from the JSON Schema of the field's data. */
  schema: JsonSchema;
  columns?: FieldView[];
}

export type FormValues = Record<string, unknown>;
export interface FieldError { en: string; 'zh-CN': string }

const WIDGETS: Record<Field['type'], Widget> = {
  text: 'text', textarea: 'textarea', number: 'number', money: 'number', boolean: 'switch', date: 'date',
  'date-range': 'date-range', select: 'select', 'multi-select': 'multi-select', user: 'person', department: 'person',
  'record-link': 'person', attachment: 'attachment', 'detail-table': 'table', formula: 'formula',
};

export function fieldViews(form: BatonForm): FieldView[] {
  return viewsOf(form.fields, formDataSchema(form));
}

function viewsOf(fields: ReadonlyArray<Field | ColumnField>, object: JsonSchema): FieldView[] {
  const props = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required as string[] | undefined) ?? []);
  return fields.map((field) => {
    const schema = props[field.key] ?? {};
    const view: FieldView = { key: field.key, field, widget: WIDGETS[field.type], required: required.has(field.key) || (field.required === true && field.type !== 'formula'), schema };
    if (field.type === 'detail-table') view.columns = viewsOf(field.columns, (schema.items ?? {}) as JsonSchema);
    return view;
  });
}

/** The values a new request starts with: each field's default, empty rows for tables. */
export function initialValues(fields: ReadonlyArray<Field | ColumnField>): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    if ('default' in f && f.default !== undefined) out[f.key] = structuredClone(f.default);
    else if (f.type === 'detail-table') out[f.key] = [];
  }
  return out;
}

/** The CEL context of a form: field values plus the maps conditions may read. */
function celContext(values: FormValues, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { vars: {}, initiator: {}, record: {}, ...values, ...extra };
}

/** Field keys hidden now: by a `visibleWhen` that evaluates to false, or by a node's permissions. */
export function hiddenKeys(fields: readonly Field[], values: FormValues, env: CelEnvironment, permissions?: FieldPermissions): Set<string> {
  const hidden = new Set<string>();
  const ctx = celContext(values);
  for (const f of fields) {
    if (permissions?.[f.key] === 'hidden') { hidden.add(f.key); continue; }
    if (!f.visibleWhen) continue;
    const r = evaluateCel(env, f.visibleWhen, ctx);
    // A condition that cannot be evaluated yet (a field still empty) hides the field.
    if (!r.ok || r.value !== true) hidden.add(f.key);
  }
  return hidden;
}

/** Values of formula fields, computed from the others; a formula that fails gives no value. */
export function computeFormulas(fields: readonly Field[], values: FormValues, env: CelEnvironment): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    if (f.type !== 'formula') continue;
    const r = evaluateCel(env, f.expression, celContext(values, out));
    if (r.ok && (typeof r.value === 'number' || typeof r.value === 'string' || typeof r.value === 'boolean')) {
      out[f.key] = typeof r.value === 'number' && f.precision !== undefined ? Number(r.value.toFixed(f.precision)) : r.value;
    } else if (r.ok && typeof r.value === 'bigint') {
      out[f.key] = Number(r.value);
    }
  }
  return out;
}

/** The data to submit: empty inputs dropped, hidden fields left out, formulas filled in. */
export function submittedData(form: BatonForm, values: FormValues, env: CelEnvironment, permissions?: FieldPermissions): FormValues {
  const hidden = hiddenKeys(form.fields, values, env, permissions);
  const data: FormValues = {};
  for (const f of form.fields) {
    if (hidden.has(f.key) || f.type === 'formula') continue;
    const v = clean(values[f.key]);
    if (v !== undefined) data[f.key] = v;
  }
  return { ...data, ...pick(computeFormulas(form.fields, values, env), form.fields, hidden) };
}

function pick(values: FormValues, fields: readonly Field[], hidden: Set<string>): FormValues {
  return Object.fromEntries(fields.filter((f) => !hidden.has(f.key) && f.key in values).map((f) => [f.key, values[f.key]]));
}

function clean(v: unknown): unknown {
  if (v === '' || v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((x) => (isRow(x) ? cleanRow(x) : x));
  return v;
}

function isRow(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function cleanRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => clean(v) !== undefined));
}

const REQUIRED: FieldError = { en: 'Required', 'zh-CN': '必填' };

export interface FormCheck {
  ok: boolean;
  data: FormValues;
  /** Errors by JSON Pointer into the data ("/amount", "/lines/0/qty"). */
  errors: Record<string, FieldError>;
}

/** Validates what would be submitted. Never throws. */
export function checkForm(form: BatonForm, values: FormValues, permissions?: FieldPermissions): FormCheck {
  const env = createCelEnvironment({ form });
  const data = submittedData(form, values, env, permissions);
  const errors: Record<string, FieldError> = {};
  const r = validateFormData(form, data);
  for (const p of r.problems) {
    if (!errors[p.pointer]) errors[p.pointer] = p.code === 'schema/required' ? REQUIRED : p.message;
  }
  // The data schema leaves conditional fields optional; once shown, `required` holds.
  const hidden = hiddenKeys(form.fields, values, env, permissions);
  for (const f of form.fields) {
    if (f.required && f.visibleWhen && !hidden.has(f.key) && data[f.key] === undefined) {
      errors[`/${f.key}`] = REQUIRED;
    }
  }
  return { ok: Object.keys(errors).length === 0, data, errors };
}
