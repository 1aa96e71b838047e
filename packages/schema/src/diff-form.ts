// Changes outside the graph: the workflow's own properties, form fields (by key), variables (by
// name) and settings (by setting).
import type { WorkflowChange, WorkflowChangeKind, ChangeTargetType } from './diff.ts';
import { sameJson } from './diff.ts';
import { both, quote, showValue, textIn, type Lang } from './diff-words.ts';
import { arrayOf, isJson, type Json } from './lint/workflow-index.ts';
import { pointerToken } from './problem.ts';

const IGNORED = new Set(['$schema', 'layout', 'nodes', 'edges', 'form', 'variables', 'settings']);

function make(
  kind: WorkflowChangeKind,
  type: ChangeTargetType,
  id: string,
  pointer: string,
  summary: (l: Lang) => string,
  was?: unknown,
  now?: unknown,
): WorkflowChange {
  const c: WorkflowChange = { kind, target: { type, id }, pointer, summary: both(summary) };
  if (was !== undefined) c.before = was;
  if (now !== undefined) c.after = now;
  return c;
}

export function diffTopLevel(a: Json, b: Json): WorkflowChange[] {
  const out: WorkflowChange[] = [];
  if (!sameJson(a.name, b.name)) {
    out.push(
      make('name-changed', 'workflow', 'name', '/name', (l) => {
        const was = quote(textIn(a.name, l) ?? '', l);
        const now = quote(textIn(b.name, l) ?? '', l);
        return l === 'en' ? `workflow renamed from ${was} to ${now}` : `流程名称由${was}改为${now}`;
      }, a.name, b.name),
    );
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'name' && !IGNORED.has(k));
  for (const k of keys.sort()) {
    if (sameJson(a[k], b[k])) continue;
    out.push(
      make('workflow-changed', 'workflow', k, `/${pointerToken(k)}`, (l) =>
        l === 'en' ? `workflow ${k} is now ${showValue(b[k], l)} (was ${showValue(a[k], l)})` : `流程的 ${k} 现在为 ${showValue(b[k], l)}（原为 ${showValue(a[k], l)}）`, a[k], b[k]),
    );
  }
  return out;
}

function fieldsOf(doc: Json): Map<string, { index: number; field: Json }> {
  const form = isJson(doc.form) ? doc.form : {};
  const m = new Map<string, { index: number; field: Json }>();
  arrayOf(form.fields).forEach((field, index) => {
    if (isJson(field) && typeof field.key === 'string' && !m.has(field.key)) m.set(field.key, { index, field });
  });
  return m;
}

export function diffFields(a: Json, b: Json): WorkflowChange[] {
  const before = fieldsOf(a);
  const after = fieldsOf(b);
  const out: WorkflowChange[] = [];
  const f = (key: string, l: Lang) => (l === 'en' ? `form field '${key}'` : `表单字段「${key}」`);
  for (const [key, { index, field }] of after) {
    const at = `/form/fields/${index}`;
    const old = before.get(key)?.field;
    if (!old) {
      out.push(make('field-added', 'field', key, at, (l) => (l === 'en' ? `${f(key, l)} added` : `新增${f(key, l)}`), undefined, field));
      continue;
    }
    if (Boolean(old.required) !== Boolean(field.required)) {
      out.push(
        make('field-required-changed', 'field', key, `${at}/required`, (l) =>
          field.required === true
            ? l === 'en' ? `${f(key, l)} is now required` : `${f(key, l)}现在必填`
            : l === 'en' ? `${f(key, l)} is no longer required` : `${f(key, l)}不再必填`, old.required, field.required),
      );
    }
    const props = [...new Set([...Object.keys(old), ...Object.keys(field)])].filter((p) => p !== 'required' && !sameJson(old[p], field[p]));
    if (props.length > 0) {
      const pick = (x: Json) => Object.fromEntries(props.filter((p) => x[p] !== undefined).map((p) => [p, x[p]]));
      out.push(
        make('field-changed', 'field', key, props.length === 1 ? `${at}/${pointerToken(props[0]!)}` : at, (l) =>
          l === 'en' ? `${f(key, l)} changed: ${props.join(', ')}` : `${f(key, l)}已修改：${props.join('、')}`, pick(old), pick(field)),
      );
    }
  }
  for (const [key, { index, field }] of before) {
    if (after.has(key)) continue;
    out.push(make('field-removed', 'field', key, `/form/fields/${index}`, (l) => (l === 'en' ? `${f(key, l)} removed` : `删除了${f(key, l)}`), field));
  }
  const orderA = [...before.keys()].filter((k) => after.has(k));
  const orderB = [...after.keys()].filter((k) => before.has(k));
  if (!sameJson(orderA, orderB)) {
    out.push(
      make('fields-reordered', 'field', '', '/form/fields', (l) => (l === 'en' ? 'form fields reordered' : '表单字段顺序已调整'), orderA, orderB),
    );
  }
  return out;
}

export function diffVariables(a: Json, b: Json): WorkflowChange[] {
  const va = isJson(a.variables) ? a.variables : {};
  const vb = isJson(b.variables) ? b.variables : {};
  const out: WorkflowChange[] = [];
  const v = (name: string, l: Lang) => (l === 'en' ? `variable '${name}'` : `变量「${name}」`);
  for (const name of [...new Set([...Object.keys(va), ...Object.keys(vb)])].sort()) {
    const x = va[name];
    const y = vb[name];
    if (sameJson(x, y)) continue;
    const at = `/variables/${pointerToken(name)}`;
    if (x === undefined) out.push(make('variable-added', 'variable', name, at, (l) => (l === 'en' ? `${v(name, l)} added` : `新增${v(name, l)}`), undefined, y));
    else if (y === undefined) out.push(make('variable-removed', 'variable', name, at, (l) => (l === 'en' ? `${v(name, l)} removed` : `删除了${v(name, l)}`), x));
    else {
      const xv = isJson(x) ? x.value : undefined;
      const yv = isJson(y) ? y.value : undefined;
      const valueOnly = sameJson({ ...(isJson(x) ? x : {}), value: null }, { ...(isJson(y) ? y : {}), value: null });
      out.push(
        make('variable-changed', 'variable', name, valueOnly ? `${at}/value` : at, (l) =>
          valueOnly
            ? l === 'en' ? `${v(name, l)} is now ${showValue(yv, l)} (was ${showValue(xv, l)})` : `${v(name, l)}现在为 ${showValue(yv, l)}（原为 ${showValue(xv, l)}）`
            : l === 'en' ? `${v(name, l)} changed` : `${v(name, l)}已修改`, x, y),
      );
    }
  }
  return out;
}

export function diffSettings(a: Json, b: Json): WorkflowChange[] {
  const sa = isJson(a.settings) ? a.settings : {};
  const sb = isJson(b.settings) ? b.settings : {};
  const out: WorkflowChange[] = [];
  for (const key of [...new Set([...Object.keys(sa), ...Object.keys(sb)])].sort()) {
    if (sameJson(sa[key], sb[key])) continue;
    out.push(
      make('settings-changed', 'settings', key, `/settings/${pointerToken(key)}`, (l) =>
        l === 'en'
          ? `setting '${key}' is now ${showValue(sb[key], l)} (was ${showValue(sa[key], l)})`
          : `设置「${key}」现在为 ${showValue(sb[key], l)}（原为 ${showValue(sa[key], l)}）`, sa[key], sb[key]),
    );
  }
  return out;
}
