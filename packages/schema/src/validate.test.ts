import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import workflowSchema from '../../../schemas/workflow.schema.json' with { type: 'json' };
import { sharedAjv } from './ajv.ts';
import { FILE_KINDS, type FileKind } from './file-kind.ts';
import { INPUT_LIMITS } from './input-limits.ts';
import {
  validateDocument,
  validateForm,
  validateOrg,
  validateRecordType,
  validateScenario,
  validateTemplate,
  validateWorkflow,
} from './validate.ts';

const base = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'base.json'), 'utf8'));
const copy = () => structuredClone(base);
const at = (problems: Array<{ pointer: string; code: string }>) => problems.map((p) => `${p.pointer} ${p.code}`);

describe('validateWorkflow: schema problems', () => {
  it('accepts the schema example', () => {
    expect(validateWorkflow(workflowSchema.examples[0])).toMatchObject({ ok: true, problems: [] });
  });

  it('points at a missing required property and at an unknown one, in both languages', () => {
    const d = copy();
    d.nodes[1].asignees = d.nodes[1].assignees;
    delete d.nodes[1].assignees;
    const r = validateWorkflow(d);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      {
        pointer: '/nodes/1/assignees',
        code: 'schema/required',
        severity: 'error',
        message: { en: "required property 'assignees' is missing", 'zh-CN': '应当有必需属性 assignees' },
      },
      {
        pointer: '/nodes/1/asignees',
        code: 'schema/additionalProperties',
        severity: 'error',
        message: {
          en: "unknown property 'asignees' (did you mean 'assignees'?)",
          'zh-CN': '不允许有额外的属性：asignees（是否应为 assignees？）',
        },
      },
    ]);
  });

  it('escapes pointer tokens', () => {
    const d = copy();
    d.nodes[1]['a/b~c'] = 1;
    expect(at(validateWorkflow(d).problems)).toEqual(['/nodes/1/a~1b~0c schema/additionalProperties']);
  });

  it('reports an unknown node type once, with the known types, not every branch of the union', () => {
    const d = copy();
    d.nodes[1].type = 'aproval';
    const r = validateWorkflow(d);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.pointer).toBe('/nodes/1/type');
    expect(r.problems[0]!.code).toBe('schema/discriminator');
    expect(r.problems[0]!.message.en).toBe(
      "unknown type 'aproval' (did you mean 'approval'?); expected one of: start, approval, handler, cc, exclusive, inclusive, parallel, join, delay, automation, subflow, end",
    );
    expect(r.problems[0]!.message['zh-CN']).toContain('未知的 type「aproval」');
  });

  it('reports only the errors of the branch the type selects', () => {
    const d = copy();
    d.nodes[9].mode = 'all'; // a cc node has no mode
    expect(at(validateWorkflow(d).problems)).toEqual(['/nodes/9/mode schema/additionalProperties']);
  });

  it('reports a missing type as required, not as a discriminator error too', () => {
    const d = copy();
    delete d.nodes[9].type;
    expect(at(validateWorkflow(d).problems)).toEqual(['/nodes/9/type schema/required']);
  });

  it('collapses a plain oneOf to the branch that got furthest, or to one problem naming the choices', () => {
    const d = copy();
    d.nodes.push({ id: 's', type: 'subflow', flow: 'child', input: { a: { cel: 1 }, b: {}, c: { field: 'in' } } });
    d.nodes.push({ id: 'w', type: 'delay', duration: 'P1D', until: { field: 'due' } });
    const r = validateWorkflow(d);
    expect(at(r.problems)).toEqual([
      '/nodes/11/input/a/cel schema/type',
      '/nodes/11/input/b schema/oneOf',
      '/nodes/11/input/c/field schema/not',
      '/nodes/12 schema/oneOf',
    ]);
    expect(r.problems[1]!.message.en).toBe('needs exactly one of: value, field, cel');
    expect(r.problems[3]!.message.en).toBe('use exactly one of: duration, until, not several');
    expect(r.problems[3]!.message['zh-CN']).toBe('只能使用其中之一：duration、until');
  });

  it('drops the "must match then" noise of if/then', () => {
    const d = copy();
    d.nodes[3].mode = 'vote';
    expect(at(validateWorkflow(d).problems)).toEqual(['/nodes/3/passRatio schema/required']);
  });

  it('names the bad key in propertyNames errors', () => {
    const d = copy();
    d.layout['bad id'] = { x: 0, y: 0 };
    const r = validateWorkflow(d);
    expect(at(r.problems)).toEqual(['/layout/bad id schema/pattern']);
    expect(r.problems[0]!.message.en).toMatch(/^invalid name 'bad id': must match the pattern/);
  });

  it('runs lint only when the schema passes', () => {
    const d = copy();
    d.key = 'Bad Key';
    d.edges[2].condition = 'nonsense >';
    expect(at(validateWorkflow(d).problems)).toEqual(['/key schema/pattern']);
    d.key = 'good-key';
    expect(at(validateWorkflow(d).problems)).toEqual(['/edges/2/condition lint/cel-syntax']);
  });

  it('stays ok with warnings only', () => {
    const d = copy();
    d.layout.ghost = { x: 1, y: 1 };
    const r = validateWorkflow(d);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toBe(d);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('passes record types to lint', () => {
    const d = copy();
    d.record = { type: 'order', changeSet: { fields: ['colour'] } };
    expect(validateWorkflow(d).ok).toBe(true);
    const recordTypes = new Map([['order', { key: 'order', name: { en: 'Order' }, titleField: 'n', fields: [{ key: 'n', type: 'text', label: { en: 'N' } }] } as never]]);
    expect(at(validateWorkflow(d, { recordTypes }).problems)).toEqual(['/record/changeSet/fields/0 lint/unknown-record-field']);
  });
});

describe('validation never throws', () => {
  const weird: unknown[] = [undefined, null, 0, -1, NaN, Infinity, '', 'workflow', true, [], [[[]]], {}, () => 1, Symbol('s'), 10n, new Date(0), new Map(), Object.create(null)];
  it.each(FILE_KINDS)('on odd values, as %s', (kind) => {
    for (const doc of weird) {
      const r = validateDocument(doc, kind);
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  it('reports values JSON cannot hold, where they are', () => {
    const d = copy();
    d.variables.threshold.value = NaN;
    d.nodes[0].extra = () => 1;
    expect(at(validateWorkflow(d).problems)).toEqual(['/nodes/0/extra schema/type', '/variables/threshold/value schema/type']);
  });

  it('caps nesting depth without recursion (a 100,000-deep array)', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const d = copy();
    d.variables.threshold.value = deep;
    const r = validateWorkflow(d);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.code).toBe('schema/max-depth');
    expect(r.problems[0]!.pointer.startsWith('/variables/threshold/value/0/0/0')).toBe(true);
  });

  it('caps size and string length', () => {
    const d = copy();
    d.variables.threshold.value = new Array(INPUT_LIMITS.maxValues).fill(0);
    expect(at(validateWorkflow(d).problems)).toEqual([' schema/max-size']);
    const e = copy();
    e.name.en = 'x'.repeat(INPUT_LIMITS.maxStringLength + 1);
    expect(at(validateWorkflow(e).problems)).toEqual(['/name/en schema/maxLength']);
  });

  it('treats an unknown kind as a programmer error', () => {
    expect(() => validateDocument({}, 'nope' as FileKind)).toThrow(TypeError);
  });
});

describe('the shared Ajv', () => {
  it('is one instance whose validators are compiled once', () => {
    expect(sharedAjv()).toBe(sharedAjv());
    expect(sharedAjv().validator('workflow')).toBe(sharedAjv().validator('workflow'));
  });
});

describe('other kinds', () => {
  it('validates a form file, with its own lint but no variables to check', () => {
    const form = { fields: [{ key: 'a', type: 'number', label: { en: 'A' } }, { key: 'b', type: 'text', label: { en: 'B' }, visibleWhen: 'a > 1.0 && vars.x' }] };
    expect(validateForm(form)).toMatchObject({ ok: true, problems: [] });
    form.fields.push({ key: 'a', type: 'text', label: { en: 'A2' } });
    form.fields[1]!.visibleWhen = 'c > 1.0';
    expect(at(validateForm(form).problems)).toEqual(['/fields/2/key lint/duplicate-field-key', '/fields/1/visibleWhen lint/cel-unknown-field']);
    expect(at(validateForm({ fields: [{ key: 'a', type: 'nope', label: { en: 'A' } }] }).problems)).toEqual(['/fields/0/type schema/discriminator']);
  });

  it('validates a record type: title field, triggers and their conditions', () => {
    const rt = {
      key: 'order',
      name: { en: 'Order' },
      titleField: 'number',
      fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' } }],
      triggers: [{ on: 'field-change', start: 'x' }, { on: 'schedule', start: 'y', condition: 'amount * 2.0' }, { on: 'update', field: 'colour', start: 'z' }],
    };
    expect(at(validateRecordType(rt).problems)).toEqual([
      '/titleField lint/unknown-field',
      '/triggers/0/field lint/trigger-incomplete',
      '/triggers/1/cron lint/trigger-incomplete',
      '/triggers/1/condition lint/cel-type',
      '/triggers/2/field lint/unknown-field',
    ]);
  });

  it('lets an update trigger compare with the values before it (`before`), and nothing else unknown', () => {
    const rt = (condition: string) => ({
      key: 'order', name: { en: 'Order' }, titleField: 'amount',
      fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' } }],
      triggers: [{ on: 'update', start: 'x', condition }],
    });
    expect(validateRecordType(rt("amount > 2.0 * double(before['amount'])")).problems).toEqual([]);
    expect(at(validateRecordType(rt('after.amount > 1.0')).problems)).toEqual(['/triggers/0/condition lint/cel-unknown-field']);
  });

  it('validates an org: references, duplicates, loops', () => {
    const org = {
      users: [
        { id: 'ceo', name: 'CEO', department: 'hq', roles: ['boss'] },
        { id: 'a', name: 'A', manager: 'b', department: 'sales' },
        { id: 'b', name: 'B', manager: 'a', roles: ['nobody'] },
        { id: 'a', name: 'A again' },
        { id: 'c', name: 'C', manager: 'ghost', outOfOffice: [{ from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z', delegate: 'ceo' }] },
      ],
      departments: [
        { id: 'hq', name: 'HQ', head: 'ceo' },
        { id: 'sales', name: 'Sales', parent: 'emea' },
        { id: 'emea', name: 'EMEA', parent: 'sales', head: 'zed' },
      ],
      roles: [{ id: 'boss' }],
    };
    expect(at(validateOrg(org).problems)).toEqual([
      '/users/3/id lint/duplicate-id',
      '/users/2/roles/0 lint/unknown-reference',
      '/users/4/manager lint/unknown-reference',
      '/users/4/outOfOffice/0/to lint/bounds-order',
      '/departments/2/head lint/unknown-reference',
      '/users/1/manager lint/manager-cycle',
      '/departments/1/parent lint/department-cycle',
    ]);
    expect(validateOrg({ users: [{ id: 'x', name: 'X' }] })).toMatchObject({ ok: true, problems: [] });
  });

  it('validates template manifests and scenarios by schema', () => {
    const manifest = { key: 't', version: '1.0.0', name: { en: 'T' }, description: { en: 'D' }, category: 'sales', workflow: 'workflow.json' };
    expect(validateTemplate(manifest).ok).toBe(true);
    expect(at(validateTemplate({ ...manifest, workflow: '../escape.json' }).problems)).toEqual(['/workflow schema/pattern']);
    const scenario = { name: 'happy', org: '../demo-org.json', initiator: 'alice', data: {}, expect: { status: 'approved' } };
    expect(validateScenario(scenario).ok).toBe(true);
    expect(at(validateScenario({ ...scenario, expect: { status: 'fine' } }).problems)).toEqual(['/expect/status schema/enum']);
  });
});
