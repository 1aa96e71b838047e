// The record type diff a push conflict shows: one line per property set, removed or changed, per
// field added, removed or changed, and one for a new field order; equal documents give no lines,
// whatever their key order; long values are cut; a malformed `fields` is compared as a whole.
import { describe, expect, test } from 'vitest';
import { diffRecordTypes } from './record-type-diff.ts';

const doc = (extra: Record<string, unknown> = {}) => ({
  key: 'deal',
  name: { en: 'Deal' },
  titleField: 'name',
  fields: [{ key: 'name', type: 'text', label: { en: 'Name' } }, { key: 'amount', type: 'number', label: { en: 'Amount' } }],
  ...extra,
});

describe('diffRecordTypes', () => {
  test('equal documents, in any key order, give no lines', () => {
    const reordered = { fields: doc().fields.map((f) => ({ label: f.label, type: f.type, key: f.key })), titleField: 'name', name: { en: 'Deal' }, key: 'deal' };
    expect(diffRecordTypes(doc(), reordered)).toEqual([]);
  });

  test('properties set, removed and changed, in name order', () => {
    expect(diffRecordTypes(doc({ access: { read: 'owner' } }), doc({ titleField: 'amount', triggers: [] }))).toEqual([
      'access removed (was {"read":"owner"})',
      'titleField: "name" -> "amount"',
      'triggers set to []',
    ]);
  });

  test('fields removed, added, changed (each property) and reordered', () => {
    const to = doc({ fields: [{ key: 'amount', type: 'number', label: { en: 'Total' }, required: true }, { key: 'stage', type: 'text', label: { en: 'Stage' } }] });
    expect(diffRecordTypes(doc(), to)).toEqual([
      "field 'name' removed",
      "field 'stage' added (\"text\")",
      "field 'amount': label: {\"en\":\"Amount\"} -> {\"en\":\"Total\"}",
      "field 'amount': required set to true",
    ]);
    const swapped = doc({ fields: [...doc().fields].reverse() });
    expect(diffRecordTypes(doc(), swapped)).toEqual(['fields reordered']);
  });

  test('a long value is cut to 80 characters', () => {
    const [line] = diffRecordTypes(doc(), doc({ name: { en: 'x'.repeat(200) } }));
    const after = line!.split(' -> ')[1]!;
    expect(after).toHaveLength(80);
    expect(after.endsWith('…')).toBe(true);
  });

  test('fields that are not a list are compared as a whole; unkeyed entries are left out, without a crash', () => {
    expect(diffRecordTypes(doc({ fields: 'broken' }), doc({ fields: [] }))).toEqual(['fields: "broken" -> []']);
    expect(diffRecordTypes(doc({ fields: [] }), doc({ fields: [null, { type: 'text' }, { key: 'name', type: 'text' }] }))).toEqual(["field 'name' added (\"text\")"]);
  });
});
