// Every field type of the form language, with the field a drop creates, and form edits as pure
// functions (add, move, update, remove; columns of detail tables included).
import type { BatonForm, ColumnField, Field } from '@baton/schema';

export type FieldType = Field['type'];

export const FIELD_TYPES: readonly FieldType[] = [
  'text', 'textarea', 'number', 'money', 'boolean', 'date', 'date-range', 'select', 'multi-select',
  'user', 'department', 'record-link', 'attachment', 'detail-table', 'formula',
];

const LABELS: Record<FieldType, { en: string; 'zh-CN': string }> = {
  text: { en: 'Text', 'zh-CN': '单行文本' }, textarea: { en: 'Paragraph', 'zh-CN': '多行文本' }, number: { en: 'Number', 'zh-CN': '数字' },
  money: { en: 'Amount', 'zh-CN': '金额' }, boolean: { en: 'Yes / no', 'zh-CN': '开关' }, date: { en: 'Date', 'zh-CN': '日期' },
  'date-range': { en: 'Period', 'zh-CN': '日期区间' }, select: { en: 'Choice', 'zh-CN': '单选' }, 'multi-select': { en: 'Choices', 'zh-CN': '多选' },
  user: { en: 'Person', 'zh-CN': '成员' }, department: { en: 'Department', 'zh-CN': '部门' }, 'record-link': { en: 'Customer', 'zh-CN': '客户' },
  attachment: { en: 'Attachments', 'zh-CN': '附件' }, 'detail-table': { en: 'Lines', 'zh-CN': '明细' }, formula: { en: 'Total', 'zh-CN': '合计' },
};

/** A fresh key for a type: `money_1`, `money_2`, ... skipping keys in use. */
export function nextFieldKey(type: FieldType, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = type.replace(/-/g, '_');
  for (let n = 1; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

export function newField(type: FieldType, key: string): Field {
  const label = { ...LABELS[type] };
  switch (type) {
    case 'select':
    case 'multi-select':
      return { key, type, label, options: [{ value: 'a', label: { en: 'Option A', 'zh-CN': '选项 A' } }, { value: 'b', label: { en: 'Option B', 'zh-CN': '选项 B' } }] };
    case 'record-link':
      return { key, type, label, recordType: 'customer' };
    case 'detail-table':
      return { key, type, label, columns: [{ key: 'item', type: 'text', label: { en: 'Item', 'zh-CN': '名称' } }, { key: 'qty', type: 'number', label: { en: 'Quantity', 'zh-CN': '数量' } }] };
    case 'formula':
      return { key, type, label, expression: '0.0', resultType: 'number' };
    default:
      return { key, type, label } as Field;
  }
}

export function addField(form: BatonForm, field: Field, at = form.fields.length): BatonForm {
  const fields = [...form.fields];
  fields.splice(Math.max(0, Math.min(at, fields.length)), 0, field);
  return { ...form, fields };
}

export function moveField(form: BatonForm, from: number, to: number): BatonForm {
  const fields = [...form.fields];
  const [f] = fields.splice(from, 1);
  if (!f) return form;
  fields.splice(Math.max(0, Math.min(to, fields.length)), 0, f);
  return { ...form, fields };
}

export function replaceField(form: BatonForm, index: number, field: Field): BatonForm {
  return { ...form, fields: form.fields.map((f, i) => (i === index ? field : f)) };
}

export function removeField(form: BatonForm, index: number): BatonForm {
  return { ...form, fields: form.fields.filter((_, i) => i !== index) };
}

export function replaceColumn(table: Field, index: number, column: ColumnField): Field {
  if (table.type !== 'detail-table') return table;
  return { ...table, columns: table.columns.map((c, i) => (i === index ? column : c)) };
}
