// Validation and lint never throw, on any JSON, on arbitrary JS values, and on workflows with
// random edits; every problem they return is well formed; no lint rule ever fails internally.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWorkflows } from './diff.ts';
import { FILE_KINDS } from './file-kind.ts';
import { lintWorkflow } from './lint/lint-workflow.ts';
import type { Problem } from './problem.ts';
import { definitionArb, jsonMutation, mutateJson } from './test-arbitraries.ts';
import { validateDocument, validateWorkflow } from './validate.ts';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'base.json'), 'utf8'));

function wellFormed(problems: Problem[]): void {
  for (const p of problems) {
    expect(p.pointer === '' || p.pointer.startsWith('/'), p.pointer).toBe(true);
    expect(p.code).toMatch(/^(schema|lint)\/[A-Za-z-]+$/);
    expect(p.code).not.toBe('lint/internal-error');
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(p.message['zh-CN'].length).toBeGreaterThan(0);
  }
}

describe('never throws', () => {
  it('on any JSON value, for every kind, and in lint', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...FILE_KINDS), (doc, kind) => {
        wellFormed(validateDocument(doc, kind).problems);
        wellFormed(lintWorkflow(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), (doc) => {
        wellFormed(validateWorkflow(doc).problems);
      }),
      { numRuns: 200 },
    );
  });

  it('on the base workflow with random edits, through validation and straight into lint', () => {
    fc.assert(
      fc.property(fc.array(jsonMutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const doc = edits.reduce<unknown>((d, m) => mutateJson(d, m), base);
        wellFormed(validateWorkflow(doc).problems);
        wellFormed(lintWorkflow(doc));
        expect(() => diffWorkflows(base, doc)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('on generated workflows with random edits', () => {
    fc.assert(
      fc.property(definitionArb, fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), ({ def }, edits) => {
        const doc = edits.reduce<unknown>((d, m) => mutateJson(d, m), def);
        wellFormed(validateWorkflow(doc).problems);
        wellFormed(lintWorkflow(doc));
      }),
      { numRuns: 200 },
    );
  });
});
