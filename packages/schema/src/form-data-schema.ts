// The JSON Schema (2020-12) of a form's request data, and validation of data against it through
// the shared Ajv. Shapes: text -> string; number/money -> number (integer when `integer`);
// boolean; date -> "YYYY-MM-DD" (date-time with `withTime`); date-range -> { start, end };
// select -> one of the option values; multi-select -> unique option values; user, department and
// record-link -> an id, or unique ids when `multiple`; attachment -> [{ id, name, size?,
// contentType? }]; detail-table -> rows (objects of its columns); formula -> optional (the server
// computes it). A field with `visibleWhen` is never `required` here: whether it shows depends on
// other data, so the server checks it after evaluating the condition.
import { sharedAjv } from './ajv.ts';
import { problemsFromAjv } from './ajv-problems.ts';
import type { BatonForm, ColumnField, Field } from './generated/types.ts';
import { checkInputLimits } from './input-limits.ts';
import { problem, type Checked } from './problem.ts';

export type JsonSchema = { [key: string]: unknown };

const PHONE = '^\\+?[0-9][0-9 ()-]{2,31}$';

export function formDataSchema(form: BatonForm): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', ...objectOf(form.fields ?? []) };
}

function objectOf(fields: ReadonlyArray<Field | ColumnField>): JsonSchema {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const f of fields) {
    if (Object.hasOwn(properties, f.key)) continue;
    properties[f.key] = fieldSchema(f);
    if (f.required === true && f.type !== 'formula' && f.visibleWhen === undefined) required.push(f.key);
  }
  return { properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function describe(f: Field | ColumnField): JsonSchema {
  const en = f.label?.en;
  const zh = f.label?.['zh-CN'];
  const text = en && zh ? `${en} (${zh})` : (en ?? zh);
  return text ? { description: text } : {};
}

function defined(o: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function atLeast(min: number | undefined, required: boolean): number | undefined {
  const m = Math.max(min ?? 0, required ? 1 : 0);
  return m > 0 ? m : undefined;
}

function ids(multiple: boolean | undefined, required: boolean): JsonSchema {
  const id = { type: 'string', minLength: 1 };
  return multiple ? defined({ type: 'array', items: id, uniqueItems: true, minItems: atLeast(0, required) }) : id;
}

function fieldSchema(f: Field | ColumnField): JsonSchema {
  const required = f.required === true;
  const base = describe(f);
  switch (f.type) {
    case 'text':
    case 'textarea': {
      const s: JsonSchema = { ...base, type: 'string', minLength: atLeast(f.minLength, required), maxLength: f.maxLength };
      if (f.type === 'text') {
        if (f.pattern !== undefined) s.pattern = f.pattern;
        if (f.format === 'email') s.format = 'email';
        if (f.format === 'url') s.format = 'uri';
        if (f.format === 'phone') {
          if (s.pattern === undefined) s.pattern = PHONE;
          else s.allOf = [{ pattern: PHONE }];
        }
      }
      return defined(s);
    }
    case 'number':
    case 'money':
      return defined({ ...base, type: f.type === 'number' && f.integer ? 'integer' : 'number', minimum: f.minimum, maximum: f.maximum });
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'date': {
      const format = f.withTime ? 'date-time' : 'date';
      const bound = (d: string | undefined, time: string) => (d === undefined ? undefined : f.withTime ? `${d}T${time}Z` : d);
      return defined({ ...base, type: 'string', format, formatMinimum: bound(f.minimum, '00:00:00'), formatMaximum: bound(f.maximum, '23:59:59') });
    }
    case 'date-range': {
      const day = { type: 'string', format: f.withTime ? 'date-time' : 'date' };
      return { ...base, type: 'object', properties: { start: day, end: day }, required: ['start', 'end'], additionalProperties: false };
    }
    case 'select':
      return { ...base, type: 'string', enum: [...new Set(f.options.map((o) => o.value))] };
    case 'multi-select':
      return defined({
        ...base,
        type: 'array',
        items: { type: 'string', enum: [...new Set(f.options.map((o) => o.value))] },
        uniqueItems: true,
        minItems: atLeast(f.minItems, required),
        maxItems: f.maxItems,
      });
    case 'user':
    case 'department':
    case 'record-link':
      return { ...base, ...ids(f.multiple, required) };
    case 'attachment':
      return defined({
        ...base,
        type: 'array',
        minItems: atLeast(0, required),
        maxItems: f.maxFiles ?? 10,
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', minLength: 1 },
            name: { type: 'string', minLength: 1 },
            size: { type: 'integer', minimum: 0, maximum: Math.floor((f.maxSizeMB ?? 20) * 1024 * 1024) },
            contentType: { type: 'string' },
          },
          required: ['id', 'name'],
          additionalProperties: false,
        },
      });
    case 'detail-table':
      return defined({
        ...base,
        type: 'array',
        minItems: atLeast(f.minRows, required),
        maxItems: f.maxRows ?? 200,
        items: { type: 'object', ...objectOf(f.columns) },
      });
    case 'formula': {
      const rt = f.resultType ?? 'number';
      return { ...base, type: rt === 'text' ? 'string' : rt === 'boolean' ? 'boolean' : 'number' };
    }
  }
}

/**
 * Validates request data against a form. The compiled validator is cached per form object on the
 * shared Ajv (forms are treated as immutable: a published version is frozen). Never throws for
 * bad data; a form that cannot be compiled (an invalid pattern) is reported as a problem too.
 */
export function validateFormData(form: BatonForm, data: unknown): Checked<Record<string, unknown>> {
  if (typeof form !== 'object' || form === null) throw new TypeError('validateFormData needs a form object');
  const limits = checkInputLimits(data);
  if (limits.length > 0) return { ok: false, problems: limits };
  const shared = sharedAjv();
  let validate = shared.formValidators.get(form);
  if (!validate) {
    const schema = formDataSchema(form);
    try {
      validate = shared.ajv.compile(schema);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return { ok: false, problems: [problem('', 'schema/compile-error', `the form cannot be compiled: ${why}`, `表单无法编译：${why}`)] };
    } finally {
      // Ajv keeps every compiled schema object in its cache; forms come and go, so drop it there
      // and keep the validator only in the WeakMap.
      shared.ajv.removeSchema(schema);
    }
    shared.formValidators.set(form, validate);
  }
  if (validate(data)) return { ok: true, value: data as Record<string, unknown>, problems: [] };
  return { ok: false, problems: problemsFromAjv(validate.errors, shared.discriminatorTags) };
}
