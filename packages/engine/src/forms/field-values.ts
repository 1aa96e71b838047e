// Checks one value against its form field: the type, and the field's own limits. Returns the
// reason it does not fit, or undefined. null clears an optional field.
import type { ColumnField, Field } from '@baton/schema';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const URL_RE = /^https?:\/\/\S+$/;

export function checkFieldValue(field: Field | ColumnField, value: unknown): string | undefined {
  if (value === null || value === undefined) return field.required ? 'a value is required' : undefined;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return 'must be text';
      if (field.required && value.trim() === '') return 'a value is required';
      if (field.minLength !== undefined && value.length < field.minLength) return `must have at least ${field.minLength} characters`;
      if (field.maxLength !== undefined && value.length > field.maxLength) return `must have at most ${field.maxLength} characters`;
      if (field.type === 'text') {
        if (field.pattern && !safeTest(field.pattern, value)) return 'does not match the pattern';
        if (field.format === 'email' && !EMAIL.test(value)) return 'must be an email address';
        if (field.format === 'phone' && !PHONE.test(value)) return 'must be a phone number';
        if (field.format === 'url' && !URL_RE.test(value)) return 'must be a web address';
      }
      return undefined;
    }
    case 'number':
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (field.minimum !== undefined && value < field.minimum) return `must be at least ${field.minimum}`;
      if (field.maximum !== undefined && value > field.maximum) return `must be at most ${field.maximum}`;
      if (field.type === 'number' && field.integer && !Number.isInteger(value)) return 'must be a whole number';
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date': {
      if (typeof value !== 'string') return 'must be a date';
      const ok = field.withTime ? DATE_TIME.test(value) || DATE.test(value) : DATE.test(value);
      if (!ok || Number.isNaN(Date.parse(value))) return 'must be a date (YYYY-MM-DD)';
      const day = value.slice(0, 10);
      if (field.minimum && day < field.minimum) return `must be on or after ${field.minimum}`;
      if (field.maximum && day > field.maximum) return `must be on or before ${field.maximum}`;
      return undefined;
    }
    case 'date-range': {
      if (!isObject(value) || typeof value.start !== 'string' || typeof value.end !== 'string') return 'must be {start, end}';
      if (Number.isNaN(Date.parse(value.start)) || Number.isNaN(Date.parse(value.end))) return 'start and end must be dates';
      if (Date.parse(value.start) > Date.parse(value.end)) return 'start must not be after end';
      return undefined;
    }
    case 'select':
      if (typeof value !== 'string') return 'must be one of the options';
      return field.options.some((o) => o.value === value) ? undefined : `"${value}" is not one of the options`;
    case 'multi-select': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'must be a list of options';
      const bad = value.find((v) => !field.options.some((o) => o.value === v));
      if (bad !== undefined) return `"${bad}" is not one of the options`;
      if (field.required && value.length === 0) return 'a value is required';
      if (field.minItems !== undefined && value.length < field.minItems) return `pick at least ${field.minItems}`;
      if (field.maxItems !== undefined && value.length > field.maxItems) return `pick at most ${field.maxItems}`;
      return undefined;
    }
    case 'user':
    case 'department':
    case 'record-link': {
      if (field.multiple) {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) return 'must be a list of ids';
        return field.required && value.length === 0 ? 'a value is required' : undefined;
      }
      return typeof value === 'string' && value !== '' ? undefined : 'must be an id';
    }
    case 'attachment': {
      if (!Array.isArray(value) || !value.every(isObject)) return 'must be a list of files';
      if (field.maxFiles !== undefined && value.length > field.maxFiles) return `at most ${field.maxFiles} files`;
      return field.required && value.length === 0 ? 'a value is required' : undefined;
    }
    case 'detail-table': {
      if (!Array.isArray(value) || !value.every(isObject)) return 'must be a list of rows';
      if (field.minRows !== undefined && value.length < field.minRows) return `at least ${field.minRows} rows`;
      if (value.length > (field.maxRows ?? 200)) return `at most ${field.maxRows ?? 200} rows`;
      for (let r = 0; r < value.length; r++) {
        const row = value[r] as Record<string, unknown>;
        for (const key of Object.keys(row)) {
          if (!field.columns.some((c) => c.key === key)) return `row ${r + 1}: no column ${key}`;
        }
        for (const col of field.columns) {
          const why = checkFieldValue(col, Object.hasOwn(row, col.key) ? row[col.key] : undefined);
          if (why) return `row ${r + 1}, ${col.key}: ${why}`;
        }
      }
      return undefined;
    }
    case 'formula':
      return 'is computed';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true; // a broken pattern is lint's to report, not the requester's fault
  }
}
