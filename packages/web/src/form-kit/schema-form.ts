// The one form renderer: fields from the form (and the JSON Schema of its data), rendered through
// a FormAdapter. The form designer's preview and the workspace's "start a request" both use it.
import { computed, defineComponent, type PropType } from 'vue';
import { createCelEnvironment, type BatonForm, type FieldPermissions } from '@baton/schema';
import type { FormAdapter, KitLocale } from './form-adapter.ts';
import type { FileTransport } from './file-transport.ts';
import { computeFormulas, fieldViews, hiddenKeys, type FieldError, type FieldView, type FormValues } from './form-model.ts';

export const SchemaForm = defineComponent({
  name: 'SchemaForm',
  props: {
    form: { type: Object as PropType<BatonForm>, required: true },
    modelValue: { type: Object as PropType<FormValues>, required: true },
    adapter: { type: Object as PropType<FormAdapter>, required: true },
    locale: { type: String as PropType<KitLocale>, default: 'zh-CN' },
    errors: { type: Object as PropType<Record<string, FieldError>>, default: () => ({}) },
    permissions: { type: Object as PropType<FieldPermissions>, default: undefined },
    disabled: { type: Boolean, default: false },
    words: { type: Object as PropType<{ addRow: string; removeRow: string }>, default: () => ({ addRow: '+', removeRow: '×' }) },
    files: { type: Object as PropType<FileTransport>, default: undefined },
  },
  emits: { 'update:modelValue': (v: FormValues) => typeof v === 'object' },
  setup(props, { emit }) {
    const env = computed(() => createCelEnvironment({ form: props.form }));
    const views = computed(() => fieldViews(props.form));
    const hidden = computed(() => hiddenKeys(props.form.fields, props.modelValue, env.value, props.permissions));
    const formulas = computed(() => computeFormulas(props.form.fields, props.modelValue, env.value));

    const message = (e: FieldError | undefined) => (e ? e[props.locale] || e.en : undefined);
    const set = (key: string, v: unknown) => emit('update:modelValue', { ...props.modelValue, [key]: v });
    const label = (view: FieldView) => {
      const l = view.field.label;
      return l[props.locale] || l[props.locale === 'en' ? 'zh-CN' : 'en'] || view.key;
    };

    return () => {
      const ctx = {
        locale: props.locale,
        disabled: props.disabled,
        words: props.words,
        ...(props.files ? { files: props.files } : {}),
        errorAt: (pointer: string) => message(props.errors[pointer]),
        control: (view: FieldView, value: unknown, onInput: (v: unknown) => void, path: string) =>
          props.adapter.control(view, value, onInput, ctx, path),
      };
      const items = views.value
        .filter((v) => !hidden.value.has(v.key))
        .map((v) => {
          const readOnly = props.disabled || props.permissions?.[v.key] === 'read' || (props.permissions !== undefined && props.permissions[v.key] === undefined);
          const value = v.widget === 'formula' ? formulas.value[v.key] : props.modelValue[v.key];
          const control = props.adapter.control(v, value, (x) => set(v.key, x), { ...ctx, disabled: readOnly }, `/${v.key}`);
          const help = v.field.help?.[props.locale] || v.field.help?.en;
          return props.adapter.item(v, label(v), help, message(props.errors[`/${v.key}`]), control);
        });
      return props.adapter.form(items);
    };
  },
});
