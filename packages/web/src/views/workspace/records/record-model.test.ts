import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BatonForm, BatonRecordType } from '@baton/schema';
import type { ChangeFlow } from '../../../api/records.ts';
import {
  changeRequestBody, changeSetForm, changedValues, diffRows, displayValue, editPermissions, lockIndex, recordTitle, requestForm, typeName,
} from './record-model.ts';

const order = JSON.parse(readFileSync(new URL('../../../../../../templates/order-change-request/record-types/order.json', import.meta.url), 'utf8')) as BatonRecordType;
const workflow = JSON.parse(readFileSync(new URL('../../../../../../templates/order-change-request/workflow.json', import.meta.url), 'utf8')) as { key: string; name: ChangeFlow['name']; form: BatonForm; record: { changeSet: { fields: string[] } } };
const flow: ChangeFlow = { key: workflow.key, name: workflow.name, form: workflow.form, fields: workflow.record.changeSet.fields };
const field = (k: string) => order.fields.find((f) => f.key === k);
const values = { number: 'SO-2026-0142', customer: 'cust-1', amount: 128000, discount: 5, delivery_date: '2026-02-10', status: 'confirmed', owner: 'li.na' };
const lock = { field: 'discount', instanceId: 'i-1', definitionKey: 'order-change-request' };

describe('record model', () => {
  it('names the type and the record, falling back to the key and the id', () => {
    expect(typeName(order, 'zh-CN')).toBeTruthy();
    expect(typeName({ ...order, name: {} }, 'en')).toBe('order');
    expect(recordTitle({ ...order, titleField: 'number' }, { id: 'r1', values })).toBe('SO-2026-0142');
    expect(recordTitle(order, { id: 'r1', values: {} })).toBe('r1');
  });

  it('shows values by field type in the UI language', () => {
    expect(displayValue(field('status'), 'confirmed', 'en')).toBe('Confirmed');
    expect(displayValue(field('status'), 'confirmed', 'zh-CN')).toBe('已确认');
    expect(displayValue(field('status'), 'gone', 'en')).toBe('gone');
    expect(displayValue(field('amount'), 128000, 'en')).toBe('CNY 128,000.00');
    expect(displayValue(field('discount'), 7.5, 'en')).toBe('7.5 %');
    expect(displayValue(field('discount'), undefined, 'en')).toBe('—');
    expect(displayValue(undefined, { a: 1 }, 'en')).toBe('{"a":1}');
    expect(displayValue(field('owner'), 'li.na', 'en', (id) => (id === 'li.na' ? 'Li Na' : id))).toBe('Li Na');
    expect(displayValue({ key: 'f', type: 'attachment', label: { en: 'F' } }, [{ id: 'a', name: 'po.pdf' }, { id: 'b', name: 'x.png' }], 'en')).toBe('po.pdf, x.png');
  });

  it('turns a pending change into before / after rows in field order', () => {
    const rows = diffRows({ before: { discount: 5, amount: 128000 }, after: { discount: 8, amount: 120000 } }, order, 'en');
    expect(rows.map((r) => r.key)).toEqual(['amount', 'discount']);
    expect(rows[1]).toEqual({ key: 'discount', label: 'Discount', before: '5 %', after: '8 %' });
    expect(diffRows({ before: {}, after: { ghost: 1 } }, order, 'en')).toEqual([{ key: 'ghost', label: 'ghost', before: '—', after: '1' }]);
  });

  it('sends only what an edit changed, never a locked field; a cleared field is null', () => {
    expect(changedValues(values, { ...values }, order)).toEqual({});
    expect(changedValues(values, { ...values, amount: 130000, delivery_date: '' }, order)).toEqual({ amount: 130000, delivery_date: null });
    expect(changedValues(values, { ...values, discount: 9, amount: 1 }, order, [lock])).toEqual({ amount: 1 });
  });

  it('makes locked fields read-only and indexes locks by field', () => {
    const p = editPermissions(order, [lock]);
    expect(p.discount).toBe('read');
    expect(p.amount).toBe('edit');
    expect(lockIndex([lock, { ...lock, instanceId: 'i-2' }]).discount?.instanceId).toBe('i-1');
  });

  it('builds the dialog: change-set fields to edit, the flow\'s other fields without the record link', () => {
    expect(changeSetForm(order, flow).fields.map((f) => f.key)).toEqual(['amount', 'discount', 'delivery_date']);
    expect(changeSetForm(order, { fields: ['amount', 'nope'] }).fields.map((f) => f.key)).toEqual(['amount']);
    expect(requestForm(flow, 'order').fields.map((f) => f.key)).toEqual(['change_reason', 'details', 'evidence']);
  });

  it('puts only changed change-set fields in the patch and fills the flow data from the record', () => {
    const body = changeRequestBody(flow, 'order', { id: 'SO-2026-0142', values }, { amount: 128000, discount: 8, delivery_date: '', status: 'shipped' }, { change_reason: 'customer-request', details: '' });
    expect(body).toEqual({
      definition: 'order-change-request',
      patch: { discount: 8 },
      data: { order: 'SO-2026-0142', amount: 128000, discount: 8, delivery_date: '2026-02-10', change_reason: 'customer-request' },
    });
    expect(changeRequestBody(flow, 'order', { id: 'x', values }, {}, {}).patch).toEqual({});
  });
});
