// What changed between two versions of a record type, one plain line each, for a push conflict
// (base -> server, base -> file), as flows show theirs with the semantic diff. The caller passes
// both sides with the server's defaults written out, so a file that leaves them out shows none.
import { formatDocument } from '@baton/schema';

type Doc = Record<string, unknown>;

const MAX = 80;

function same(a: unknown, b: unknown): boolean {
  return formatDocument(a ?? null) === formatDocument(b ?? null);
}

/** A value in a line: compact JSON, cut at MAX characters. */
function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? 'nothing';
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

function keyed(fields: unknown): Map<string, Doc> {
  const list = Array.isArray(fields) ? (fields as Doc[]) : [];
  return new Map(list.filter((f) => typeof f?.['key'] === 'string').map((f) => [f['key'] as string, f]));
}

function propertyLines(prefix: string, from: Doc, to: Doc, skip: string): string[] {
  const names = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((k) => k !== skip).sort();
  const lines: string[] = [];
  for (const k of names) {
    if (same(from[k], to[k])) continue;
    if (!(k in from)) lines.push(`${prefix}${k} set to ${shown(to[k])}`);
    else if (!(k in to)) lines.push(`${prefix}${k} removed (was ${shown(from[k])})`);
    else lines.push(`${prefix}${k}: ${shown(from[k])} -> ${shown(to[k])}`);
  }
  return lines;
}

/** The changes from `from` to `to`: properties, then fields removed, added, changed, reordered. */
export function diffRecordTypes(from: Doc, to: Doc): string[] {
  // Not lists (a hand-edited state file): compared as a whole, like any property.
  const listed = Array.isArray(from['fields']) && Array.isArray(to['fields']);
  const lines = propertyLines('', from, to, listed ? 'fields' : '');
  if (!listed) return lines;
  const a = keyed(from['fields']);
  const b = keyed(to['fields']);
  for (const k of a.keys()) if (!b.has(k)) lines.push(`field '${k}' removed`);
  for (const [k, f] of b) if (!a.has(k)) lines.push(`field '${k}' added (${shown(f['type'])})`);
  for (const [k, f] of b) {
    const before = a.get(k);
    if (before !== undefined) lines.push(...propertyLines(`field '${k}': `, before, f, 'key'));
  }
  const order = (m: Map<string, Doc>, other: Map<string, Doc>) => [...m.keys()].filter((k) => other.has(k)).join(',');
  if (order(a, b) !== order(b, a)) lines.push('fields reordered');
  return lines;
}
