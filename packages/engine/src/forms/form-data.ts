// Form data at submit and on edits: unknown keys, required fields (unless hidden by
// visibleWhen), types and limits; defaults filled in; formula fields computed by CEL.
import type { Field, FieldPermissions } from '@baton/schema';
import { evaluate } from '../definition/expressions.ts';
import type { Run } from '../runtime/run.ts';
import { checkFieldValue } from './field-values.ts';

export type DataCheck = { ok: true; data: Record<string, unknown> } | { ok: false; key: string; reason: string };

function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** The submitted data, checked against the form, with defaults filled in. */
export function checkSubmittedData(run: Run, data: unknown): DataCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, key: '', reason: 'must be an object' };
  const input = data as Record<string, unknown>;
  const fields = run.def.fields;
  for (const key of Object.keys(input)) if (!fields.has(key)) return { ok: false, key, reason: 'no such field in the form' };
  const out: Record<string, unknown> = {};
  for (const [key, field] of fields) {
    if (field.type === 'formula') continue;
    if (Object.hasOwn(input, key)) setOwn(out, key, input[key]);
    else if ('default' in field && field.default !== undefined) setOwn(out, key, field.default);
  }
  run.dataChanged(out);
  for (const [key, field] of fields) {
    if (field.type === 'formula') continue;
    const value = Object.hasOwn(out, key) ? out[key] : undefined;
    if ((value === undefined || value === null) && field.required && !visible(run, field)) continue;
    const why = checkFieldValue(field, value);
    if (why) return { ok: false, key, reason: why };
  }
  computeFormulas(run);
  return { ok: true, data: run.s.data };
}

function visible(run: Run, field: Field): boolean {
  if (!field.visibleWhen) return true;
  const r = evaluate(run, field.visibleWhen);
  return !r.ok || r.value !== false;
}

/** Recomputes every formula field from the current data (a formula that fails gives null). */
export function computeFormulas(run: Run): void {
  let data: Record<string, unknown> | undefined;
  for (const field of run.def.fields.values()) {
    if (field.type !== 'formula') continue;
    const r = evaluate(run, field.expression);
    let value: unknown = r.ok ? r.value : null;
    if (typeof value === 'bigint') value = Number(value);
    if (value !== null && typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') value = null;
    data ??= { ...run.s.data };
    setOwn(data, field.key, value);
    run.dataChanged(data);
  }
}

export type EditCheck = { ok: true; data: Record<string, unknown>; changed: string[] } | { ok: false; code: 'field-unknown' | 'field-not-editable' | 'field-invalid'; key: string; reason: string };

/**
 * Edits by someone allowed to edit per `permissions` (for a start node, unlisted fields are
 * editable; elsewhere unlisted fields are read-only).
 */
export function checkEdits(run: Run, edits: unknown, permissions: FieldPermissions | undefined, unlisted: 'edit' | 'read'): EditCheck {
  if (typeof edits !== 'object' || edits === null || Array.isArray(edits)) return { ok: false, code: 'field-invalid', key: '', reason: 'must be an object' };
  const input = edits as Record<string, unknown>;
  const data = { ...run.s.data };
  const changed: string[] = [];
  for (const key of Object.keys(input)) {
    const field = run.def.fields.get(key);
    if (!field) return { ok: false, code: 'field-unknown', key, reason: 'no such field in the form' };
    const perm = permissions && Object.hasOwn(permissions, key) ? permissions[key] : unlisted;
    if (perm !== 'edit' || field.type === 'formula') return { ok: false, code: 'field-not-editable', key, reason: `${key} is ${field.type === 'formula' ? 'computed' : (perm ?? 'read')}` };
    const why = checkFieldValue(field, input[key]);
    if (why) return { ok: false, code: 'field-invalid', key, reason: `${key} ${why}` };
    setOwn(data, key, input[key]);
    changed.push(key);
  }
  return { ok: true, data, changed };
}

/** Applies checked edits: data, formulas, and an audit event with before and after. */
export function applyEdits(run: Run, check: Extract<EditCheck, { ok: true }>, task?: string): void {
  if (check.changed.length === 0) return;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const k of check.changed) {
    setOwn(before, k, Object.hasOwn(run.s.data, k) ? run.s.data[k] : null);
    setOwn(after, k, check.data[k]);
  }
  run.dataChanged(check.data);
  computeFormulas(run);
  run.event('fields-edited', { actor: run.actor, ...(task ? { task } : {}), detail: { before, after } });
}
