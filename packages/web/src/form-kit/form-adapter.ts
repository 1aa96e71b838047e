// What the form kit needs from a component library: a form, an item (label, help, error) and
// one control per widget. adapter/form.ts implements it with Element Plus.
import type { VNode } from 'vue';
import type { FieldView } from './form-model.ts';
import type { FileTransport } from './file-transport.ts';

export type KitLocale = 'en' | 'zh-CN';

export interface ControlContext {
  locale: KitLocale;
  disabled: boolean;
  /** Renders a nested control (detail-table cells). */
  control: (view: FieldView, value: unknown, onInput: (v: unknown) => void, path: string) => VNode;
  /** The error at a nested pointer, for table cells. */
  errorAt: (pointer: string) => string | undefined;
  words: { addRow: string; removeRow: string };
  /** Uploads and opens attachment files; absent in the designer's preview. */
  files?: FileTransport;
}

export interface FormAdapter {
  form: (children: VNode[]) => VNode;
  item: (view: FieldView, label: string, help: string | undefined, error: string | undefined, control: VNode) => VNode;
  control: (view: FieldView, value: unknown, onInput: (v: unknown) => void, ctx: ControlContext, path: string) => VNode;
}
