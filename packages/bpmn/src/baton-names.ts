// Turning names from other tools into Baton's: keys (lower-case-hyphen), node ids and field keys
// (CEL identifiers). Pure functions; callers warn when a name had to change.

const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const NODE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const isKey = (s: string): boolean => KEY.test(s);
export const isNodeId = (s: string): boolean => NODE_ID.test(s);
export const isFieldKey = (s: string): boolean => FIELD_KEY.test(s);

/** `Process_Invoice 2` -> `process-invoice-2`; '' when nothing usable is left. */
export function toKey(s: string): string {
  const k = s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return KEY.test(k) ? k : '';
}

/** `_6-12.a` -> `n_6-12_a`: invalid characters become "_", and an id starts with a letter. */
export function toNodeId(s: string): string {
  const id = s.replace(/[^A-Za-z0-9_-]/g, '_');
  return (/^[A-Za-z]/.test(id) ? id : `n${id}`).slice(0, 64);
}

export function toFieldKey(s: string): string {
  const k = s.replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(k) ? k : `f${k}`).slice(0, 64);
}
