import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedAjv } from './ajv.ts';
import { formDataSchema, validateFormData } from './form-data-schema.ts';
import type { BatonForm } from './generated/types.ts';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const everyField = JSON.parse(readFileSync(join(fixtures, 'valid', 'every-field-type.json'), 'utf8')).form as BatonForm;
const errors = (form: BatonForm, data: unknown) => validateFormData(form, data).problems.map((p) => `${p.pointer} ${p.code}`);

const good = {
  title: 'Big deal',
  email: 'a@example.com',
  phone: '+86 10 1234 5678',
  site: 'https://example.com',
  code: 'ABC-12',
  details: 'long text',
  count: 3,
  price: 12.5,
  rush: true,
  due: '2025-06-30',
  meeting: '2025-06-30T10:00:00Z',
  trip: { start: '2025-07-01', end: '2025-07-05' },
  tier: 'gold',
  tags: ['a'],
  reviewer: 'alice',
  watchers: ['bob', 'carol'],
  dept: 'sales',
  customer: 'cust-1',
  files: [{ id: 'f1', name: 'quote.pdf', size: 1000, contentType: 'application/pdf' }],
  lines: [{ item: 'Widget', qty: 2, unit: 5, line_total: 10 }],
};

describe('formDataSchema', () => {
  it('is a valid 2020-12 schema, closed, requiring only required fields without visibleWhen or formula', () => {
    const schema = formDataSchema(everyField);
    expect(sharedAjv().ajv.validateSchema(schema)).toBe(true);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false, required: ['title'] });
    const form: BatonForm = {
      fields: [
        { key: 'a', type: 'text', label: { en: 'A' }, required: true, visibleWhen: 'b' },
        { key: 'b', type: 'boolean', label: { en: 'B' } },
        { key: 'c', type: 'formula', label: { en: 'C' }, expression: '1.0', required: true },
      ],
    };
    expect(formDataSchema(form).required).toBeUndefined();
  });

  it('maps each field type to the shape of its value', () => {
    const p = formDataSchema(everyField).properties as Record<string, Record<string, unknown>>;
    expect(p.title).toEqual({ description: 'Title (标题)', type: 'string', minLength: 2, maxLength: 80 });
    expect(p.email).toMatchObject({ type: 'string', format: 'email' });
    expect(p.site).toMatchObject({ format: 'uri' });
    expect(p.count).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(p.price).toMatchObject({ type: 'number' });
    expect(p.due).toMatchObject({ type: 'string', format: 'date', formatMinimum: '2024-01-01', formatMaximum: '2030-12-31' });
    expect(p.meeting).toMatchObject({ format: 'date-time' });
    expect(p.trip).toMatchObject({ type: 'object', required: ['start', 'end'] });
    expect(p.tier).toMatchObject({ type: 'string', enum: ['gold', 'silver'] });
    expect(p.tags).toMatchObject({ type: 'array', uniqueItems: true, maxItems: 2, items: { enum: ['a', 'b'] } });
    expect(p.reviewer).toMatchObject({ type: 'string', minLength: 1 });
    expect(p.watchers).toMatchObject({ type: 'array', items: { type: 'string' }, uniqueItems: true });
    expect(p.files).toMatchObject({ type: 'array', maxItems: 3, items: { required: ['id', 'name'] } });
    expect(p.lines).toMatchObject({ type: 'array', minItems: 1, items: { type: 'object', additionalProperties: false, required: ['item'] } });
    expect(p.total).toEqual({ description: 'Total', type: 'number' });
    expect(p.summary).toMatchObject({ type: 'string' });
    expect(p.is_big).toMatchObject({ type: 'boolean' });
  });
});

describe('validateFormData', () => {
  it('accepts good data and returns it', () => {
    const r = validateFormData(everyField, good);
    expect(r.problems).toEqual([]);
    expect(r.ok && r.value).toBe(good);
  });

  it('points at each bad value, inside tables too', () => {
    const bad = {
      ...good,
      title: 'x',
      email: 'not-an-email',
      phone: 'call me',
      count: 2.5,
      due: '2031-01-01',
      tier: 'bronze',
      tags: ['a', 'a'],
      watchers: 'bob',
      files: [{ id: 'f', name: 'big.pdf', size: 6 * 1024 * 1024 }],
      lines: [{ qty: 'two' }],
      extra: true,
    };
    expect(errors(everyField, bad)).toEqual([
      '/extra schema/additionalProperties',
      '/title schema/minLength',
      '/email schema/format',
      '/phone schema/pattern',
      '/count schema/type',
      '/due schema/formatMaximum',
      '/tier schema/enum',
      '/tags schema/uniqueItems',
      '/watchers schema/type',
      '/files/0/size schema/maximum',
      '/lines/0/item schema/required',
      '/lines/0/qty schema/type',
    ]);
    expect(errors(everyField, { ...good, lines: [] })).toEqual(['/lines schema/minItems']);
    const { title: _, ...missing } = good;
    expect(errors(everyField, missing)).toEqual(['/title schema/required']);
  });

  it('compiles once per form object, on the shared Ajv', () => {
    const form: BatonForm = { fields: [{ key: 'n', type: 'number', label: { en: 'N' } }] };
    expect(sharedAjv().formValidators.has(form)).toBe(false);
    validateFormData(form, { n: 1 });
    const compiled = sharedAjv().formValidators.get(form);
    expect(compiled).toBeDefined();
    validateFormData(form, { n: 'x' });
    expect(sharedAjv().formValidators.get(form)).toBe(compiled);
  });

  it('reports a form that cannot compile instead of throwing', () => {
    const form: BatonForm = { fields: [{ key: 'c', type: 'text', label: { en: 'C' }, pattern: '([a-z' }] };
    expect(errors(form, { c: 'x' })).toEqual([' schema/compile-error']);
  });

  it('never throws on any data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const r = validateFormData(everyField, data);
        expect(r.ok || r.problems.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(errors(everyField, deep)).toEqual([`${'/a'.repeat(64)} schema/max-depth`]);
  });
});
