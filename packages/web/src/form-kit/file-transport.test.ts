// @vitest-environment happy-dom
// The attachment field through the form kit: files over the field's limit never reach the
// transport, uploads become the server's values, a refusal leaves the value alone, read-only
// shows the list without an input, and the size helpers.
import { describe, expect, it } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { h, ref } from 'vue';
import ElementPlus from 'element-plus';
import type { BatonForm } from '@baton/schema';
import { SchemaForm } from './schema-form.ts';
import type { FormValues } from './form-model.ts';
import { formatBytes, maxFileBytes, type FileTransport, type UploadOutcome } from './file-transport.ts';
import { elementPlusFormAdapter } from '../adapter/form.ts';

const form: BatonForm = { fields: [{ key: 'evidence', type: 'attachment', label: { en: 'Evidence' }, accept: ['.pdf', 'image/*'], maxSizeMB: 0.001 }] };

function setup(answer: (file: File) => UploadOutcome, disabled = false, initial: FormValues = {}) {
  const uploads: string[] = [];
  const opened: string[] = [];
  const files: FileTransport = {
    async upload(file, field) { uploads.push(`${field}:${file.name}`); return answer(file); },
    open(v) { opened.push(v.id); },
    words: { upload: 'Upload', remove: 'Remove', tooLarge: (n) => `over ${n}` },
  };
  const values = ref<FormValues>(initial);
  const wrapper = mount(
    { render: () => h(SchemaForm, { form, modelValue: values.value, adapter: elementPlusFormAdapter, locale: 'en', files, disabled, 'onUpdate:modelValue': (v: FormValues) => (values.value = v) }) },
    { global: { plugins: [ElementPlus] }, attachTo: document.body },
  );
  return { wrapper, values, uploads, opened };
}

async function pick(wrapper: ReturnType<typeof mount>, picked: File[]) {
  const input = wrapper.find('input[type=file]');
  Object.defineProperty(input.element, 'files', { value: picked, configurable: true });
  await input.trigger('change');
  await flushPromises();
}

describe('the attachment field', () => {
  it('uploads picked files and keeps the server\'s values; a too-big file never leaves the browser', async () => {
    const { wrapper, values, uploads } = setup((f) => ({ ok: true, value: { id: `att_${f.name}`, name: f.name, size: f.size, contentType: 'application/pdf' } }));
    expect(wrapper.find('input[type=file]').attributes('accept')).toBe('.pdf,image/*');
    await pick(wrapper, [new File(['x'.repeat(2000)], 'big.pdf'), new File(['%PDF-'], 'ok.pdf')]);
    expect(uploads).toEqual(['evidence:ok.pdf']);
    expect(values.value.evidence).toEqual([{ id: 'att_ok.pdf', name: 'ok.pdf', size: 5, contentType: 'application/pdf' }]);
    expect(wrapper.find('[data-file="ok.pdf"]').text()).toContain('5 B');
    await wrapper.find('[data-file="ok.pdf"] .el-button--danger').trigger('click');
    expect(values.value.evidence).toEqual([]);
  });

  it('leaves the value alone when the server refuses the file', async () => {
    const { wrapper, values, uploads } = setup(() => ({ ok: false, message: 'not allowed' }));
    await pick(wrapper, [new File(['MZ'], 'tool.pdf')]);
    expect(uploads).toEqual(['evidence:tool.pdf']);
    expect(values.value.evidence).toBeUndefined();
  });

  it('read-only: lists the files to open, no input, no remove', async () => {
    const { wrapper, opened } = setup(() => ({ ok: false, message: '' }), true, { evidence: [{ id: 'att_1', name: 'quote.pdf', size: 2048 }] });
    expect(wrapper.find('input[type=file]').exists()).toBe(false);
    expect(wrapper.find('.el-button--danger').exists()).toBe(false);
    await wrapper.find('[data-file="quote.pdf"] button').trigger('click');
    expect(opened).toEqual(['att_1']);
  });

  it('reads the limit from the data schema and prints sizes', () => {
    expect(maxFileBytes({ items: { properties: { size: { maximum: 1048 } } } })).toBe(1048);
    expect(maxFileBytes({})).toBeUndefined();
    expect([formatBytes(12), formatBytes(2048), formatBytes(1.5 * 1024 * 1024)]).toEqual(['12 B', '2 KB', '1.5 MB']);
  });
});
