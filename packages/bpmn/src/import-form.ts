// A form for plain BPMN: Camunda 7 / Flowable / Activiti `formData` on the start event becomes
// Baton form fields (string -> text, long -> integer number, boolean, date, enum -> select), so
// conditions that read those fields type-check. Without one, the form is empty.
import type { BatonForm, Field } from '@baton/schema';
import { VENDOR_NS } from './bpmn-namespaces.ts';
import type { ProblemSink } from './bpmn-problems.ts';
import { textFromName } from './bpmn-vocabulary.ts';
import { isFieldKey, toFieldKey } from './baton-names.ts';
import { elementAt, elementsAt, isElement, stringAt, type ModdleElement } from './moddle-reader.ts';

const vendor = (el: ModdleElement, localName: string): boolean =>
  el.$descriptor?.ns?.localName === localName && (VENDOR_NS as readonly string[]).includes(el.$descriptor.ns.uri ?? '');

const childrenOf = (el: ModdleElement): ModdleElement[] => {
  const c = el['$children'];
  return Array.isArray(c) ? c.filter(isElement) : [];
};

export function plainForm(start: ModdleElement | undefined, sink: ProblemSink): BatonForm {
  const fields: Field[] = [];
  if (!start) return { fields };
  for (const data of elementsAt(elementAt(start, 'extensionElements'), 'values')) {
    if (!vendor(data, 'formData')) continue;
    for (const f of childrenOf(data).filter((c) => vendor(c, 'formField'))) {
      const field = fieldOf(f, start, sink);
      if (field) fields.push(field);
    }
  }
  return { fields };
}

function fieldOf(f: ModdleElement, start: ModdleElement, sink: ProblemSink): Field | undefined {
  const rawKey = stringAt(f, 'id') ?? '';
  if (rawKey === '') return undefined;
  const key = toFieldKey(rawKey);
  if (!isFieldKey(rawKey)) {
    sink.element(start, 'bpmn/renamed-reference', `has form field "${rawKey}": Baton field keys are CEL identifiers, so it is read as "${key}"`, `的表单字段 "${rawKey}" 按 "${key}" 读取（字段键须为 CEL 标识符）`, 'warning');
  }
  const label = textFromName(stringAt(f, 'label') ?? rawKey);
  const required = childrenOf(f).some((v) => vendor(v, 'validation') && childrenOf(v).some((c) => vendor(c, 'constraint') && stringAt(c, 'name') === 'required'));
  const base = { key, label, ...(required ? { required: true } : {}) };
  const type = stringAt(f, 'type') ?? 'string';
  const dflt = stringAt(f, 'defaultValue');
  switch (type) {
    case 'long':
      return { ...base, type: 'number', integer: true, ...(dflt !== undefined && /^-?\d+$/.test(dflt) ? { default: Number(dflt) } : {}) };
    case 'boolean':
      return { ...base, type: 'boolean', ...(dflt === 'true' || dflt === 'false' ? { default: dflt === 'true' } : {}) };
    case 'date':
      return { ...base, type: 'date' };
    case 'enum': {
      const options = childrenOf(f)
        .filter((v) => vendor(v, 'value'))
        .map((v) => ({ value: stringAt(v, 'id') ?? '', label: textFromName(stringAt(v, 'name') ?? stringAt(v, 'id') ?? '') }))
        .filter((o) => o.value !== '');
      if (options.length > 0) return { ...base, type: 'select', options };
      break;
    }
    case 'string':
      return { ...base, type: 'text', ...(dflt !== undefined && dflt !== '' ? { default: dflt } : {}) };
  }
  sink.element(start, 'bpmn/form-field-type', `has form field "${rawKey}" of type "${type}": it is read as a text field`, `的表单字段 "${rawKey}"（类型 "${type}"）按文本字段读取`, 'warning');
  return { ...base, type: 'text' };
}
