// fast-check arbitraries for tests: random valid workflow definitions (a chain of steps, some of
// them exclusive branches with a conditional detour and a default), and random JSON mutations of
// a document. Tests only (not exported from the package).
import fc from 'fast-check';
import type { BatonWorkflowDefinition } from './generated/types.ts';

const rule = fc.oneof(
  fc.constantFrom('finance-lead', 'legal-counsel', 'sales-ops').map((role) => ({ type: 'role', role })),
  fc.integer({ min: 1, max: 3 }).map((level) => ({ type: 'manager', level })),
  fc.constant({ type: 'initiator' }),
  fc.constant({ type: 'record-owner' }),
  fc.constant({ type: 'form-field', field: 'owner' }),
);

const step = fc.record({
  kind: fc.constantFrom('approval', 'handler', 'cc', 'exclusive'),
  name: fc.string({ minLength: 1, maxLength: 12 }),
  assignees: fc.array(rule, { minLength: 1, maxLength: 3 }),
  mode: fc.constantFrom('any', 'all', 'sequential'),
  threshold: fc.integer({ min: 1, max: 100000 }),
});

export type Step = { kind: string; name: string; assignees: object[]; mode: string; threshold: number };

export function buildDefinition(steps: Step[], required: boolean[]): BatonWorkflowDefinition {
  const nodes: object[] = [{ id: 'start', type: 'start' }];
  const edges: object[] = [];
  const ids = steps.map((_, i) => `s${i}`);
  const next = (i: number) => ids[i + 1] ?? 'end';
  // The node whose single edge leads to the next step; an exclusive step links to it itself.
  let prev: string | undefined = 'start';
  steps.forEach((s, i) => {
    const id = ids[i]!;
    const name = { en: s.name, 'zh-CN': `步骤${i}` };
    if (prev !== undefined) edges.push({ from: prev, to: id });
    prev = id;
    if (s.kind === 'exclusive') {
      nodes.push({ id, type: 'exclusive', name });
      nodes.push({ id: `${id}_big`, type: 'approval', assignees: [{ type: 'role', role: 'director' }] });
      edges.push({ id: `${id}_cond`, from: id, to: `${id}_big`, condition: `amount > ${s.threshold}.0`, priority: 1 });
      edges.push({ id: `${id}_default`, from: id, to: next(i), default: true });
      edges.push({ from: `${id}_big`, to: next(i) });
      prev = undefined;
    } else if (s.kind === 'cc') nodes.push({ id, type: 'cc', name, assignees: s.assignees });
    else nodes.push({ id, type: s.kind, name, assignees: s.assignees, mode: s.mode });
  });
  nodes.push({ id: 'end', type: 'end' });
  if (prev !== undefined) edges.push({ from: prev, to: 'end' });
  return {
    key: 'generated',
    name: { en: 'Generated', 'zh-CN': '生成' },
    form: {
      fields: [
        { key: 'amount', type: 'money', label: { en: 'Amount' }, required: required[0] ?? false },
        { key: 'note', type: 'text', label: { en: 'Note' }, required: required[1] ?? false },
        { key: 'owner', type: 'user', label: { en: 'Owner' }, required: required[2] ?? false },
      ],
    },
    nodes,
    edges,
    layout: Object.fromEntries(nodes.map((n, i) => [(n as { id: string }).id, { x: 0, y: i * 100 }])),
  } as BatonWorkflowDefinition;
}

export const definitionArb = fc
  .record({ steps: fc.array(step, { minLength: 1, maxLength: 12 }), required: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }) })
  .map(({ steps, required }) => ({ steps, def: buildDefinition(steps, required) }));

/** One random edit anywhere in a JSON document: set, delete, or replace a value by a path. */
export const jsonMutation = fc.record({
  path: fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom('set', 'delete', 'duplicate', 'stringify'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

export function mutateJson(doc: unknown, m: { path: number[]; op: string; value: unknown }): unknown {
  const root = structuredClone(doc) as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = root;
  let key: string | number | undefined;
  for (const step of m.path) {
    const here: unknown = key === undefined ? root : (parent as Record<string | number, unknown>)[key];
    if (typeof here !== 'object' || here === null) break;
    const keys = Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here);
    if (keys.length === 0) break;
    parent = here as Record<string, unknown>;
    key = keys[step % keys.length]!;
  }
  if (key === undefined) return m.value;
  const p = parent as Record<string | number, unknown>;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete p[key];
  } else if (m.op === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  else if (m.op === 'stringify') p[key] = JSON.stringify(p[key] ?? null);
  else p[key] = m.value;
  return root;
}
