// Valid definitions that between them use every node type, assignee rule, approval mode, policy,
// timeout action, automation and field type the schemas define (the lists are read from the
// schemas, so a new type fails this test until an example of it is added), all with no problems.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import commonSchema from '../../../schemas/common.schema.json' with { type: 'json' };
import formSchema from '../../../schemas/form.schema.json' with { type: 'json' };
import workflowSchema from '../../../schemas/workflow.schema.json' with { type: 'json' };
import { sharedAjv } from './ajv.ts';
import type { BatonRecordType } from './generated/types.ts';
import { validateWorkflow } from './validate.ts';

const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const order = read(join(fixtures, 'order.record-type.json')) as BatonRecordType;
const files = readdirSync(join(fixtures, 'valid')).sort();
const docs = files.map((f) => read(join(fixtures, 'valid', f)));

/** Every value found at `path` (a list of property names, "*" for any array item or map value). */
function collect(doc: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [doc];
  if (typeof doc !== 'object' || doc === null) return [];
  const [head, ...rest] = path;
  const children = head === '*' ? Object.values(doc) : [(doc as Record<string, unknown>)[head!]];
  return children.flatMap((c) => (c === undefined ? [] : collect(c, rest)));
}
const used = (...path: string[]) => new Set(docs.flatMap((d) => collect(d, path)));
const tags = (schema: unknown) => [...(sharedAjv().discriminatorTags(schema) ?? [])].sort();
const enumOf = (schema: { enum?: unknown[] }) => [...(schema.enum ?? [])].sort();
const defs = workflowSchema.$defs;

describe('valid set', () => {
  it.each(files)('%s has no problems at all', (file) => {
    const r = validateWorkflow(read(join(fixtures, 'valid', file)), { recordTypes: new Map([['order', order]]) });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('uses every node type', () => {
    sharedAjv().validator('workflow');
    expect(tags(defs.Node)).toHaveLength(12);
    expect([...used('nodes', '*', 'type')].sort()).toEqual(tags(defs.Node));
  });

  it('uses every assignee rule', () => {
    const rules = new Set([...used('nodes', '*', 'assignees', '*', 'type'), ...used('nodes', '*', 'action', 'to', '*', 'type')]);
    expect([...rules].sort()).toEqual(tags(commonSchema.$defs.AssigneeRule));
  });

  it('uses every approval mode, handler mode and policy value', () => {
    const approval = defs.ApprovalNode.properties;
    expect([...used('nodes', '*', 'mode')].sort()).toEqual(enumOf(approval.mode));
    expect([...used('nodes', '*', 'emptyAssignees')].sort()).toEqual(enumOf(approval.emptyAssignees));
    expect([...used('nodes', '*', 'initiatorIsAssignee')].sort()).toEqual(enumOf(approval.initiatorIsAssignee));
    expect([...used('nodes', '*', 'onReject', 'to')].sort()).toEqual(enumOf(approval.onReject.properties.to));
    expect([...used('nodes', '*', 'timeouts', '*', 'action')].sort()).toEqual(enumOf(approval.timeouts.items.properties.action));
    const settings = defs.Settings.properties;
    for (const key of ['withdraw', 'resubmit', 'dedupe', 'emptyAssignees', 'initiatorIsAssignee'] as const) {
      expect([...used('settings', key)].sort(), key).toEqual(enumOf(settings[key]));
    }
  });

  it('uses every automation action', () => {
    expect([...used('nodes', '*', 'action', 'type')].sort()).toEqual(tags(defs.AutomationAction));
  });

  it('uses every field type, including inside a detail table', () => {
    const fieldTypes = new Set([...used('form', 'fields', '*', 'type'), ...used('form', 'fields', '*', 'columns', '*', 'type')]);
    expect([...fieldTypes].sort()).toEqual(tags(formSchema.$defs.Field));
  });
});
