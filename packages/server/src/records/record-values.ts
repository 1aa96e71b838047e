// A record's values as its type's form sees them: defaults filled, the `owner` user field kept
// equal to the record's owner, then checked with the shared form-data validator. Also the form
// data a flow starts with from a record (its record-link field and same-named fields pre-filled).
import type { BatonForm, BatonRecordType, Problem } from '@baton/schema';
import { validateFormData } from '@baton/schema';
import type { RecordValues } from './record-repo.ts';

export type ValuesCheck = { ok: true; values: RecordValues } | { ok: false; problems: Problem[] };

/** Values without nulls (null clears a field), with defaults and the owner field filled. */
export function prepareValues(type: BatonRecordType, values: RecordValues, owner: string): RecordValues {
  const out: RecordValues = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) out[k] = v;
  for (const f of type.fields) {
    if (out[f.key] === undefined && 'default' in f && f.default !== undefined) out[f.key] = f.default;
    if (f.key === 'owner' && f.type === 'user') out[f.key] = owner;
  }
  return out;
}

/** Checks values against the type's form; problem pointers are prefixed with `at` ("/values"). */
export function checkValues(form: BatonForm, values: RecordValues, at = '/values'): ValuesCheck {
  const checked = validateFormData(form, values);
  if (checked.ok) return { ok: true, values: checked.value };
  return { ok: false, problems: checked.problems.map((p) => ({ ...p, pointer: `${at}${p.pointer}` })) };
}

/** The start data of a flow about a record: `data`, then over it the link field and the fields
 * named like the record's, from the patch or the stored record. The caller's data never overrides
 * them, so branch conditions see the amounts the approval will apply. */
export function prefillData(flowForm: BatonForm | undefined, recordType: string, record: { id: string; values: RecordValues }, patch: RecordValues = {}, data: RecordValues = {}): RecordValues {
  const out: RecordValues = {};
  for (const f of flowForm?.fields ?? []) {
    if (f.type === 'record-link' && 'recordType' in f && f.recordType === recordType && !('multiple' in f && f.multiple)) out[f.key] = record.id;
    else if (patch[f.key] !== undefined) out[f.key] = patch[f.key];
    else if (record.values[f.key] !== undefined) out[f.key] = record.values[f.key];
  }
  return { ...data, ...out };
}
