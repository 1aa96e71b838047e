// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { h, ref } from 'vue';
import ElementPlus from 'element-plus';
import type { BatonForm } from '@baton/schema';
import { SchemaForm } from './schema-form.ts';
import { checkForm, type FieldError, type FormValues } from './form-model.ts';
import { elementPlusFormAdapter } from '../adapter/form.ts';

const form: BatonForm = {
  fields: [
    { key: 'title', type: 'text', label: { en: 'Title', 'zh-CN': '标题' }, required: true, help: { en: 'Short', 'zh-CN': '简短' } },
    { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' } },
    { key: 'note', type: 'textarea', label: { en: 'Note' }, visibleWhen: 'amount > 100.0' },
    { key: 'total', type: 'formula', label: { en: 'Double' }, expression: 'amount * 2.0' },
    { key: 'lines', type: 'detail-table', label: { en: 'Lines' }, columns: [{ key: 'qty', type: 'number', label: { en: 'Qty' }, required: true }] },
  ],
};

function render(initial: FormValues, props: Record<string, unknown> = {}) {
  const values = ref<FormValues>(initial);
  const errors = ref<Record<string, FieldError>>({});
  const wrapper = mount(
    { render: () => h(SchemaForm, { form, modelValue: values.value, adapter: elementPlusFormAdapter, errors: errors.value, locale: 'en', 'onUpdate:modelValue': (v: FormValues) => (values.value = v), ...props }) },
    { global: { plugins: [ElementPlus] } },
  );
  return { wrapper, values, errors };
}

describe('SchemaForm with the Element Plus adapter', () => {
  it('renders one item per visible field with its label, required mark and computed formula', async () => {
    const { wrapper } = render({ amount: 21 });
    const items = wrapper.findAll('[data-item]').map((w) => w.attributes('data-item'));
    expect(items).toEqual(['title', 'amount', 'total', 'lines']);
    expect(wrapper.find('[data-item=title]').text()).toContain('Title');
    expect(wrapper.find('[data-item=title]').classes()).toContain('is-required');
    expect(wrapper.find('[data-field="/total"]').text()).toBe('42');
  });

  it('writes typed input back and shows a conditional field once its condition holds', async () => {
    const { wrapper, values } = render({ amount: 5 });
    await wrapper.find('[data-item=title] input').setValue('Laptop');
    expect(values.value.title).toBe('Laptop');
    expect(wrapper.find('[data-item=note]').exists()).toBe(false);
    values.value = { ...values.value, amount: 500 };
    await wrapper.vm.$nextTick();
    expect(wrapper.find('[data-item=note]').exists()).toBe(true);
  });

  it('adds table rows and shows errors at their pointers, cells included', async () => {
    const { wrapper, values, errors } = render({});
    await wrapper.find('[data-add-row="/lines"]').trigger('click');
    expect(values.value.lines).toEqual([{}]);
    errors.value = checkForm(form, values.value).errors;
    await wrapper.vm.$nextTick();
    await wrapper.vm.$nextTick();
    expect(Object.keys(errors.value).sort()).toEqual(['/lines/0/qty', '/title']);
    expect(wrapper.find('.kit-cell-error .kit-error').text()).toBe('Required');
    expect(wrapper.find('[data-item=title]').classes()).toContain('is-error');
    expect(wrapper.find('[data-item=amount]').classes()).not.toContain('is-error');
  });

  it('makes fields read-only or hidden by a node\'s permissions', () => {
    const { wrapper } = render({ amount: 5 }, { permissions: { title: 'edit', amount: 'hidden' } });
    expect(wrapper.find('[data-item=amount]').exists()).toBe(false);
    expect(wrapper.find('[data-item=title] input').attributes('disabled')).toBeUndefined();
    expect(wrapper.find('[data-add-row="/lines"]').exists()).toBe(false);
  });
});
