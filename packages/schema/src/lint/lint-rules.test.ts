import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatonRecordType } from '../generated/types.ts';
import { lintWorkflow } from './lint-workflow.ts';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'base.json'), 'utf8'));
const lint = (mutate: (d: typeof base) => void, context = {}) => {
  const d = structuredClone(base);
  mutate(d);
  return lintWorkflow(d, context).map((p) => `${p.pointer} ${p.code}`);
};

describe('expressions', () => {
  it('names the unknown field in the message, with a suggestion', () => {
    const d = structuredClone(base);
    d.edges[2].condition = 'amout > vars.threshold';
    const [p] = lintWorkflow(d);
    expect(p!.message.en).toBe("the condition uses 'amout', which is not a form field (did you mean 'amount'?)");
    expect(p!.message['zh-CN']).toBe('条件使用了「amout」，它不是表单字段（是否应为「amount」？）');
  });

  it('checks visibleWhen is a condition and formulas give their result type', () => {
    expect(lint((d) => (d.form.fields[3].visibleWhen = 'discount * 2.0'))).toEqual(['/form/fields/3/visibleWhen lint/cel-type']);
    expect(lint((d) => d.form.fields.push({ key: 'label', type: 'formula', label: { en: 'L' }, expression: 'customer', resultType: 'text' }))).toEqual([]);
    expect(lint((d) => d.form.fields.push({ key: 'label', type: 'formula', label: { en: 'L' }, expression: 'customer' }))).toEqual([
      '/form/fields/7/expression lint/cel-type',
    ]);
  });

  it('lets a column formula read the other columns of its row, but not a top-level formula', () => {
    expect(lint(() => undefined)).toEqual([]);
    expect(lint((d) => d.form.fields.push({ key: 'total', type: 'formula', label: { en: 'T' }, expression: 'qty * price' }))).toEqual([
      '/form/fields/7/expression lint/cel-unknown-field',
    ]);
  });

  it('checks `vars` reads in every form: member and index access', () => {
    expect(lint((d) => (d.edges[2].condition = 'amount > vars["threshold"] && has(vars.cap)'))).toEqual([
      '/edges/2/condition lint/unknown-variable',
    ]);
  });

  it('reports an over-long expression as a limit, not a crash', () => {
    expect(lint((d) => (d.edges[2].condition = `amount > ${'1.0 + '.repeat(400)}1.0`))).toEqual(['/edges/2/condition lint/cel-limit']);
  });
});

describe('references', () => {
  it('accepts a reject target that comes earlier, refuses one that does not', () => {
    expect(lint((d) => (d.nodes[3].onReject = { to: 'node', node: 'manager' }))).toEqual([]);
    expect(lint((d) => (d.nodes[3].onReject = { to: 'node', node: 'director' }))).toEqual(['/nodes/3/onReject/node lint/reject-target']);
    expect(lint((d) => (d.nodes[3].onReject = { to: 'node' }))).toEqual(['/nodes/3/onReject/node lint/reject-target']);
    const warn = lintWorkflow({ ...structuredClone(base), nodes: base.nodes.map((n: { id: string }) => (n.id === 'director' ? { ...n, onReject: { to: 'end', node: 'manager' } } : n)) });
    expect(warn.map((p) => `${p.pointer} ${p.code} ${p.severity}`)).toEqual(['/nodes/3/onReject/node lint/reject-target warning']);
  });

  it('checks value sources and placeholders against the form', () => {
    const automation = (action: object) => (d: typeof base) => {
      d.nodes.push({ id: 'auto', type: 'automation', action });
      d.edges[11] = { from: 'notify', to: 'auto' };
      d.edges.push({ from: 'auto', to: 'approved' });
    };
    expect(lint(automation({ type: 'update-record', set: { amount: { field: 'amout' } } }))).toEqual(['/nodes/11/action/set/amount/field lint/unknown-field']);
    expect(lint(automation({ type: 'notify', to: [{ type: 'form-field', field: 'due' }], message: { en: 'Hi {{initiator}}, {{customer}} {{nope}}' } }))).toEqual([
      '/nodes/11/action/to/0/field lint/assignee-field-type',
      '/nodes/11/action/message/en lint/unknown-field',
    ]);
  });

  it('checks record updates against the record type when it is given', () => {
    const order: BatonRecordType = { key: 'order', name: { en: 'Order' }, titleField: 'amount', fields: [{ key: 'amount', type: 'money', label: { en: 'A' } }] };
    const recordTypes = new Map([['order', order]]);
    const mutate = (d: typeof base) => {
      d.record = { type: 'order', changeSet: { fields: ['amount'] } };
      d.nodes.push({ id: 'apply', type: 'automation', action: { type: 'update-record', set: { amount: { field: 'amount' }, colour: { value: 'red' } } } });
      d.nodes.push({ id: 'mk', type: 'automation', action: { type: 'create-record', recordType: 'order', values: { size: { value: 1 } } } });
      d.edges[11] = { from: 'notify', to: 'apply' };
      d.edges.push({ from: 'apply', to: 'mk' }, { from: 'mk', to: 'approved' });
    };
    expect(lint(mutate)).toEqual([]);
    expect(lint(mutate, { recordTypes })).toEqual(['/nodes/11/action/set/colour lint/unknown-record-field', '/nodes/12/action/values/size lint/unknown-record-field']);
  });
});

describe('robustness', () => {
  it('reads any JSON without throwing and without internal errors', () => {
    for (const doc of [null, 1, 'x', [], {}, { nodes: {} }, { nodes: [null, 1, { id: 1 }], edges: [{ from: 1 }] }, { form: { fields: [{ key: 'a b', type: 'text' }, { key: 'in', type: 'number' }] }, nodes: [{ id: 's', type: 'start' }], edges: [] }]) {
      const problems = lintWorkflow(doc);
      expect(problems.map((p) => p.code)).not.toContain('lint/internal-error');
    }
  });
});
