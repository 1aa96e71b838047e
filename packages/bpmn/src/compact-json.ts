// The JSON inside Baton extension elements: one line, keys sorted by code point (the canonical
// order of formatDocument), so an export is byte-stable and reads the same in a git diff.
import { compareCodePoints } from '@baton/schema';

export function compactJson(value: unknown): string {
  // JSON.stringify already escapes control characters and lone surrogates; U+FFFE and U+FFFF
  // are valid JSON but not XML, so they are escaped too.
  return write(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function write(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort(compareCodePoints);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${write(obj[k])}`).join(',')}}`;
}

export type ParsedJson = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

/** Parses an extension body that must be a JSON object. Never throws. */
export function parseJsonObject(text: string | undefined): ParsedJson {
  if (text === undefined || text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  return { ok: true, value: value as Record<string, unknown> };
}
