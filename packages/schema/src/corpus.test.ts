// The invalid corpus: each file is the base definition with one focused mistake, pinned in
// test/fixtures/invalid/expected.json to the pointer and code it must produce (and, when `exact`,
// to nothing else). Built by scripts/build-invalid-corpus.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatonRecordType } from './generated/types.ts';
import { validateWorkflow } from './validate.ts';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const expected = read(join(fixtures, 'invalid', 'expected.json')) as Record<string, { pointer: string; code: string; exact: boolean }>;
const order = read(join(fixtures, 'order.record-type.json')) as BatonRecordType;
const context = { recordTypes: new Map([['order', order]]) };

describe('invalid corpus', () => {
  it('has at least 45 definitions, every one pinned in the table', () => {
    const files = readdirSync(join(fixtures, 'invalid')).filter((f) => f !== 'expected.json');
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it('starts from a base definition that is clean (no errors, no warnings)', () => {
    const r = validateWorkflow(read(join(fixtures, 'base.json')), context);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.each(Object.entries(expected))('%s', (file, want) => {
    const r = validateWorkflow(read(join(fixtures, 'invalid', file)), context);
    const found = r.problems.map((p) => ({ pointer: p.pointer, code: p.code }));
    expect(found).toContainEqual({ pointer: want.pointer, code: want.code });
    if (want.exact) expect(found).toEqual([{ pointer: want.pointer, code: want.code }]);
    const mine = r.problems.find((p) => p.pointer === want.pointer && p.code === want.code)!;
    expect(mine.message.en.length).toBeGreaterThan(0);
    expect(mine.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    // Only warnings may leave the definition usable.
    expect(r.ok).toBe(r.problems.every((p) => p.severity === 'warning'));
  });
});
