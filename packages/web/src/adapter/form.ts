// The form kit's Element Plus adapter: the only file that knows which Element Plus component
// renders which widget (as vben's adapter/form.ts does).
import { h, type VNode } from 'vue';
import {
  ElButton, ElDatePicker, ElForm, ElFormItem, ElInput, ElInputNumber, ElMessage, ElOption, ElSelect, ElSwitch, ElTooltip,
} from 'element-plus';
import type { ControlContext, FormAdapter } from '../form-kit/form-adapter.ts';
import type { FieldView } from '../form-kit/form-model.ts';
import { formatBytes, maxFileBytes, type AttachmentValue } from '../form-kit/file-transport.ts';

type Opt = { value: string; label: { en?: string; 'zh-CN'?: string } };

function optionsOf(view: FieldView): Opt[] {
  const f = view.field;
  return f.type === 'select' || f.type === 'multi-select' ? f.options : [];
}

function text(l: { en?: string; 'zh-CN'?: string } | undefined, locale: 'en' | 'zh-CN'): string {
  return l?.[locale] || l?.[locale === 'en' ? 'zh-CN' : 'en'] || '';
}

function control(view: FieldView, value: unknown, onInput: (v: unknown) => void, ctx: ControlContext, path: string): VNode {
  const f = view.field;
  const disabled = ctx.disabled;
  const placeholder = text(f.placeholder, ctx.locale);
  const s = view.schema;
  const common = { disabled, placeholder, 'data-field': path };
  switch (view.widget) {
    case 'text':
      return h(ElInput, { ...common, modelValue: (value as string) ?? '', maxlength: s.maxLength as number | undefined, clearable: true, 'onUpdate:modelValue': onInput });
    case 'textarea':
      return h(ElInput, { ...common, type: 'textarea', rows: 3, modelValue: (value as string) ?? '', maxlength: s.maxLength as number | undefined, showWordLimit: s.maxLength !== undefined, 'onUpdate:modelValue': onInput });
    case 'number': {
      const precision = 'precision' in f && typeof f.precision === 'number' ? f.precision : f.type === 'money' ? 2 : undefined;
      return h(ElInputNumber, {
        ...common, modelValue: typeof value === 'number' ? value : undefined, min: s.minimum as number | undefined, max: s.maximum as number | undefined,
        precision: s.type === 'integer' ? 0 : precision, controlsPosition: 'right', style: 'width: 100%', valueOnClear: null,
        'onUpdate:modelValue': (v: number | null | undefined) => onInput(v ?? undefined),
      }, f.type === 'money' ? { prefix: () => ('currency' in f && f.currency) || '¥' } : undefined);
    }
    case 'switch':
      return h(ElSwitch, { disabled, modelValue: value === true, 'data-field': path, 'onUpdate:modelValue': (v: unknown) => onInput(v === true) });
    case 'date': {
      const withTime = f.type === 'date' && f.withTime;
      return h(ElDatePicker, { ...common, type: withTime ? 'datetime' : 'date', valueFormat: withTime ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DD', modelValue: value as string | undefined, style: 'width: 100%', 'onUpdate:modelValue': (v: unknown) => onInput(v ?? undefined) });
    }
    case 'date-range': {
      const r = value as { start?: string; end?: string } | undefined;
      return h(ElDatePicker, {
        disabled, 'data-field': path, type: 'daterange', valueFormat: 'YYYY-MM-DD', style: 'width: 100%',
        modelValue: r?.start && r.end ? [r.start, r.end] : undefined,
        'onUpdate:modelValue': (v: unknown) => onInput(Array.isArray(v) && v.length === 2 ? { start: v[0], end: v[1] } : undefined),
      });
    }
    case 'select':
    case 'multi-select': {
      const multiple = view.widget === 'multi-select';
      return h(ElSelect, { ...common, modelValue: value ?? (multiple ? [] : ''), multiple, clearable: true, filterable: true, style: 'width: 100%', 'onUpdate:modelValue': onInput },
        () => optionsOf(view).map((o) => h(ElOption, { key: o.value, value: o.value, label: text(o.label, ctx.locale) || o.value })));
    }
    case 'person': {
      const multiple = 'multiple' in f && f.multiple === true;
      return h(ElSelect, { ...common, modelValue: value ?? (multiple ? [] : ''), multiple, filterable: true, allowCreate: true, defaultFirstOption: true, clearable: true, style: 'width: 100%', 'onUpdate:modelValue': onInput });
    }
    case 'attachment':
      return attachments(view, (value as AttachmentValue[] | undefined) ?? [], onInput, ctx, path);
    case 'table':
      return table(view, (value as Array<Record<string, unknown>> | undefined) ?? [], onInput, ctx, path);
    case 'formula':
      return h('div', { class: 'kit-formula', 'data-field': path }, value === undefined ? '—' : String(value));
  }
}

// Attachments: a file input (the field's `accept`), each picked file checked against the field's
// size limit, uploaded through the page's transport and kept as the server's value; the list
// opens or removes files. Without a transport (designer preview) only the names are kept.
function attachments(view: FieldView, files: AttachmentValue[], onInput: (v: unknown) => void, ctx: ControlContext, path: string): VNode {
  const f = view.field;
  const accept = f.type === 'attachment' && f.accept?.length ? f.accept.join(',') : undefined;
  const max = maxFileBytes(view.schema);
  const transport = ctx.files;
  const label = text(f.label, ctx.locale) || view.key;
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const picked = Array.from(input.files ?? []);
    input.value = '';
    let next = files;
    for (const file of picked) {
      if (max !== undefined && file.size > max) {
        ElMessage.error(`${file.name}: ${transport?.words.tooLarge(max) ?? formatBytes(max)}`);
        continue;
      }
      if (!transport) {
        next = [...next, { id: `local:${file.name}`, name: file.name, size: file.size }];
        continue;
      }
      const r = await transport.upload(file, view.key);
      if (r.ok) next = [...next, r.value];
      else ElMessage.error(`${file.name}: ${r.message}`);
    }
    if (next !== files) onInput(next);
  };
  return h('div', { class: 'kit-files', 'data-field': path }, [
    ctx.disabled ? null : h('input', { type: 'file', multiple: true, accept, 'aria-label': transport ? `${label}: ${transport.words.upload}` : label, onChange: pick }),
    h('ul', { class: 'kit-file-list', style: 'list-style: none; margin: 0; padding: 0' }, files.map((file, i) => h('li', { class: 'kit-file', key: file.id, 'data-file': file.name }, [
      transport && !file.id.startsWith('local:')
        ? h(ElButton, { link: true, type: 'primary', onClick: () => transport.open(file) }, () => file.name)
        : h('span', file.name),
      file.size !== undefined ? h('span', { class: 'kit-file-size' }, ` ${formatBytes(file.size)}`) : null,
      ctx.disabled ? null : h(ElButton, { link: true, type: 'danger', size: 'small', 'aria-label': `${transport?.words.remove ?? ctx.words.removeRow} ${file.name}`, onClick: () => onInput(files.filter((_, j) => j !== i)) }, () => transport?.words.remove ?? ctx.words.removeRow),
    ]))),
  ]);
}

function table(view: FieldView, rows: Array<Record<string, unknown>>, onInput: (v: unknown) => void, ctx: ControlContext, path: string): VNode {
  const cols = view.columns ?? [];
  const setCell = (i: number, key: string, v: unknown) => onInput(rows.map((r, j) => (j === i ? { ...r, [key]: v } : r)));
  return h('div', { class: 'kit-table', 'data-field': path }, [
    h('table', [
      h('thead', h('tr', [...cols.map((c) => h('th', { key: c.key }, [text(c.field.label, ctx.locale) || c.key, c.required ? h('span', { class: 'kit-req' }, ' *') : null])), h('th')])),
      h('tbody', rows.map((row, i) => h('tr', { key: i }, [
        ...cols.map((c) => {
          const at = `${path}/${i}/${c.key}`;
          const err = ctx.errorAt(at);
          return h('td', { key: c.key, class: err ? 'kit-cell-error' : '' }, [ctx.control(c, row[c.key], (v) => setCell(i, c.key, v), at), err ? h('div', { class: 'kit-error' }, err) : null]);
        }),
        h('td', { class: 'kit-row-actions' }, ctx.disabled ? [] : [h(ElButton, { link: true, type: 'danger', size: 'small', onClick: () => onInput(rows.filter((_, j) => j !== i)) }, () => ctx.words.removeRow)]),
      ]))),
    ]),
    ctx.disabled ? null : h(ElButton, { size: 'small', plain: true, type: 'primary', 'data-add-row': path, onClick: () => onInput([...rows, {}]) }, () => `+ ${ctx.words.addRow}`),
  ]);
}

export const elementPlusFormAdapter: FormAdapter = {
  form: (children) => h(ElForm, { labelPosition: 'top', class: 'kit-form', onSubmit: (e: Event) => e.preventDefault() }, () => children),
  item: (view, label, help, error, ctrl) =>
    h(ElFormItem, { key: view.key, required: view.required, error: error ?? '', 'data-item': view.key, class: 'kit-item' }, {
      label: () => [label, help ? h(ElTooltip, { content: help, placement: 'top' }, () => h('span', { class: 'kit-help' }, '?')) : null],
      default: () => ctrl,
    }),
  control,
};
