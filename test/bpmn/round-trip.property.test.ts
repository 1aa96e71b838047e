// Properties of the BPMN round trip over random definitions: the engine's model-test generator
// (series-parallel flows with every node kind, nested exclusive / inclusive / parallel branches,
// modes, policies, timeouts, automations, subflows) and the schema's (random, hostile names).
// Export -> import is the identity, and simulating the re-imported flow walks the same way.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromBpmn, toBpmn } from '../../packages/bpmn/src/index.ts';
import { createStaticDirectory, simulate } from '../../packages/engine/src/index.ts';
import { ORG } from '../../packages/engine/src/testing/crm-fixtures.ts';
import { definitionArbitrary } from '../../packages/engine/src/testing/definition-arbitrary.ts';
import { definitionArb } from '../../packages/schema/src/test-arbitraries.ts';
import { formatDocument, type BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';

const RUNS = Number(process.env.MODEL_RUNS ?? 200);
const directory = createStaticDirectory(ORG);

async function reimported(def: BatonWorkflowDefinition): Promise<BatonWorkflowDefinition> {
  const out = toBpmn(def);
  expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const back = await fromBpmn(out.xml);
  if (!back.ok) throw new Error(JSON.stringify(back.problems, null, 2));
  return back.value;
}

function startInput(def: BatonWorkflowDefinition, pick: number) {
  const selections: Record<string, string[]> = {};
  for (const n of def.nodes) if ((n.type === 'approval' || n.type === 'handler') && n.assignees.some((r) => r.type === 'initiator-selects')) selections[n.id] = ['lee'];
  return {
    initiator: ['sam', 'sue', 'mia', 'dan', 'fay'][pick % 5]!,
    data: { amount: [500, 1500, 2500, 5000][pick % 4]!, approver: 'lee' },
    record: { id: 'o-1', owner: 'sue', values: { discount: 0 } },
    patch: { discount: 10 },
    selections,
  };
}

describe('BPMN round trip, random definitions', () => {
  test('engine-generated flows come back identical and simulate identically', async () => {
    await fc.assert(
      fc.asyncProperty(definitionArbitrary, fc.nat(), async (def, pick) => {
        const back = await reimported(def);
        expect(formatDocument(back)).toBe(formatDocument(def));
        const input = startInput(def, pick);
        const now = '2026-01-05T09:00:00.000Z';
        expect(simulate(back, input, directory, { now })).toEqual(simulate(def, input, directory, { now }));
      }),
      { numRuns: RUNS },
    );
  });

  test('flows with arbitrary names (any characters, XML-hostile ones too) come back identical', async () => {
    await fc.assert(
      fc.asyncProperty(definitionArb, async ({ def }) => {
        expect(formatDocument(await reimported(def))).toBe(formatDocument(def));
      }),
      { numRuns: RUNS },
    );
  });
});
