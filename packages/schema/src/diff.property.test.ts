import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWorkflows } from './diff.ts';
import { definitionArb } from './test-arbitraries.ts';
import { validateWorkflow } from './validate.ts';

type Def = Record<string, any>; // the generated definition, edited freely below

const mutation = fc.record({ at: fc.nat(), op: fc.constantFrom('rename', 'assignees', 'mode', 'condition', 'required') });

describe('diff properties', () => {
  it('generated definitions are valid (so the properties below are about real flows)', () => {
    fc.assert(
      fc.property(definitionArb, ({ def }) => {
        expect(validateWorkflow(def).problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('finds no change between a definition and itself', () => {
    fc.assert(
      fc.property(definitionArb, ({ def }) => {
        expect(diffWorkflows(def, structuredClone(def))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('ignores layout-only changes', () => {
    fc.assert(
      fc.property(definitionArb, fc.integer(), ({ def }, dx) => {
        const moved = structuredClone(def) as Def;
        for (const pos of Object.values(moved.layout as Record<string, { x: number }>)) pos.x += dx;
        moved.layout.extra = { x: 1, y: 2 };
        expect(diffWorkflows(def, moved)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('names every changed node, branch and field', () => {
    fc.assert(
      fc.property(definitionArb, fc.array(mutation, { minLength: 1, maxLength: 6 }), ({ steps, def }, edits) => {
        const after = structuredClone(def) as Def;
        const want = { node: new Set<string>(), edge: new Set<string>(), field: new Set<string>() };
        const applied = new Set<string>(); // each edit once, so toggles cannot cancel out
        for (const { at, op } of edits) {
          const i = at % steps.length;
          const once = `${op}:${op === 'required' ? at % 3 : i}`;
          if (applied.has(once)) continue;
          applied.add(once);
          const id = `s${i}`;
          const node = after.nodes.find((n: Def) => n.id === id);
          const kind = steps[i]!.kind;
          if (op === 'rename') {
            node.name = { ...node.name, en: `${node.name.en}!` };
            want.node.add(id);
          } else if (op === 'assignees' && kind !== 'exclusive') {
            node.assignees = [...node.assignees, { type: 'role', role: `extra-${at % 97}` }];
            want.node.add(id);
          } else if (op === 'mode' && (kind === 'approval' || kind === 'handler')) {
            node.mode = node.mode === 'all' ? 'sequential' : 'all';
            want.node.add(id);
          } else if (op === 'condition' && kind === 'exclusive') {
            const edge = after.edges.find((e: Def) => e.id === `${id}_cond`);
            edge.condition = `${edge.condition} && amount < ${at}.0`;
            want.edge.add(`${id}_cond`);
          } else if (op === 'required') {
            const field = after.form.fields[at % 3];
            field.required = !field.required;
            want.field.add(field.key);
          }
        }
        const changes = diffWorkflows(def, after);
        for (const type of ['node', 'edge', 'field'] as const) {
          const named = new Set(changes.filter((c) => c.target.type === type).map((c) => c.target.id));
          for (const id of want[type]) expect(named, `${type} ${id}`).toContain(id);
        }
        const touched = want.node.size + want.edge.size + want.field.size;
        if (touched === 0) expect(changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
