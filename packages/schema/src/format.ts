// Canonical JSON for Baton files: object keys sorted by Unicode code point at every level, arrays
// in their order, two-space indent, a trailing newline. Writing a file twice yields the same
// bytes, so git diffs show only real changes. (JSON.stringify cannot be used for the objects:
// it puts integer-like keys first in numeric order whatever the insertion order.)

/** The canonical text of a JSON value. Values JSON cannot hold are written as JSON.stringify does. */
export function formatDocument(doc: unknown): string {
  return write(doc, '') + '\n';
}

/** Whether `text` is a JSON document already in canonical form. */
export function isCanonical(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  return formatDocument(parsed) === text;
}

/** Compares strings by code point (not by UTF-16 unit, which misorders astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function write(value: unknown, indent: string): string {
  if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return write((value as { toJSON: () => unknown }).toJSON(), indent);
  }
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.keys(value)
    .filter((k) => {
      const v = (value as Record<string, unknown>)[k];
      return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
    })
    .sort(compareCodePoints);
  if (entries.length === 0) return '{}';
  const body = entries.map((k) => `${inner}${JSON.stringify(k)}: ${write((value as Record<string, unknown>)[k], inner)}`);
  return `{\n${body.join(',\n')}\n${indent}}`;
}
