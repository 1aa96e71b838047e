// Everything that names a form field or a variable names one that exists, of the right type:
// field permissions, form-field assignees (a user or department field), delay-until (a date
// field), `{ field }` value sources, {{field}} placeholders, and `saveAs` (a declared variable).
import { pointerToken, problem, type Problem } from '../problem.ts';
import { closest } from '../ajv-problems.ts';
import { arrayOf, isJson, q, qz, type WorkflowIndex } from './workflow-index.ts';

const ASSIGNEE_FIELD_TYPES = new Set(['user', 'department']);

export function lintFieldReferences(ix: WorkflowIndex, out: Problem[]): void {
  const keys = [...ix.fieldByKey.keys()];
  const unknownField = (pointer: string, key: string, where: string, whereZh: string) => {
    const guess = closest(key, keys);
    out.push(
      problem(
        pointer,
        'lint/unknown-field',
        `${where} names ${q(key)}, which is not a form field${guess ? ` (did you mean ${q(guess)}?)` : ''}`,
        `${whereZh}引用的${qz(key)}不是表单字段${guess ? `（是否应为${qz(guess)}？）` : ''}`,
      ),
    );
  };

  const assigneeRules = (list: unknown, pointer: string) => {
    arrayOf(list).forEach((rule, i) => {
      if (!isJson(rule) || rule.type !== 'form-field' || typeof rule.field !== 'string') return;
      const at = `${pointer}/${i}/field`;
      const f = ix.fieldByKey.get(rule.field);
      if (!f) return unknownField(at, rule.field, 'the assignee rule', '审批人规则');
      if (!ASSIGNEE_FIELD_TYPES.has(f.type)) {
        out.push(
          problem(
            at,
            'lint/assignee-field-type',
            `assignees can come from a user or department field; ${q(f.key)} is a ${f.type} field`,
            `审批人只能来自人员或部门字段；${qz(f.key)}是 ${f.type} 字段`,
          ),
        );
      }
    });
  };

  const valueSources = (map: unknown, pointer: string) => {
    if (!isJson(map)) return;
    for (const [k, v] of Object.entries(map)) {
      if (isJson(v) && typeof v.field === 'string' && !ix.fieldByKey.has(v.field)) {
        unknownField(`${pointer}/${pointerToken(k)}/field`, v.field, 'the value', '取值');
      }
    }
  };

  const placeholders = (text: unknown, pointer: string) => {
    if (!isJson(text)) return;
    for (const [lang, s] of Object.entries(text)) {
      if (typeof s !== 'string') continue;
      for (const m of s.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) {
        const name = m[1]!;
        if (name !== 'initiator' && !ix.fieldByKey.has(name)) unknownField(`${pointer}/${pointerToken(lang)}`, name, 'the placeholder', '占位符');
      }
    }
  };

  const saveAs = (value: unknown, pointer: string) => {
    if (typeof value !== 'string' || ix.variables.has(value)) return;
    out.push(
      problem(
        pointer,
        'lint/unknown-variable',
        `saveAs names ${q(value)}, which is not declared under variables`,
        `saveAs 指定的${qz(value)}没有在 variables 中声明`,
      ),
    );
  };

  for (const n of ix.nodes) {
    const at = `/nodes/${n.index}`;
    const raw = n.raw;
    if (isJson(raw.fieldPermissions)) {
      for (const key of Object.keys(raw.fieldPermissions)) {
        if (!ix.fieldByKey.has(key)) unknownField(`${at}/fieldPermissions/${pointerToken(key)}`, key, 'the field permission', '字段权限');
      }
    }
    assigneeRules(raw.assignees, `${at}/assignees`);
    arrayOf(raw.timeouts).forEach((t, i) => isJson(t) && assigneeRules(t.to, `${at}/timeouts/${i}/to`));
    if (n.type === 'delay' && isJson(raw.until) && typeof raw.until.field === 'string') {
      const key = raw.until.field;
      const f = ix.fieldByKey.get(key);
      if (!f) unknownField(`${at}/until/field`, key, 'the delay', '延时');
      else if (f.type !== 'date') {
        out.push(
          problem(
            `${at}/until/field`,
            'lint/delay-field-type',
            `a delay waits until a date field; ${q(key)} is a ${f.type} field`,
            `延时只能等到日期字段；${qz(key)}是 ${f.type} 字段`,
          ),
        );
      }
    }
    valueSources(raw.input, `${at}/input`);
    if (isJson(raw.action)) {
      const a = raw.action;
      for (const prop of ['set', 'values', 'body']) valueSources(a[prop], `${at}/action/${prop}`);
      for (const prop of ['to', 'pool']) assigneeRules(a[prop], `${at}/action/${prop}`);
      for (const prop of ['subject', 'body', 'message']) placeholders(a[prop], `${at}/action/${prop}`);
      saveAs(a.saveAs, `${at}/action/saveAs`);
    }
  }
  const settings = isJson(ix.def.settings) ? ix.def.settings : {};
  assigneeRules(settings.admins, '/settings/admins');
  placeholders(settings.title, '/settings/title');
}
