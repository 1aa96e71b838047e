// toBpmn: what each Baton node becomes in BPMN, read back with bpmn-moddle in strict mode (so the
// output is valid against the BPMN 2.0 meta-model and the Baton extension's), and what it refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDocument, type BatonWorkflowDefinition } from '@baton/schema';
import { describe, expect, test } from 'vitest';
import { fromBpmn } from './from-bpmn.ts';
import { elementAt, elementsAt, stringAt, type ModdleElement } from './moddle-reader.ts';
import { parseStrict } from './test-moddle.ts';
import { toBpmn } from './to-bpmn.ts';

const FIXTURES = join(import.meta.dirname, '../../schema/test/fixtures/valid');
const load = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as BatonWorkflowDefinition;
const everyNode = () => load('every-node-type.json');

async function exported(def: BatonWorkflowDefinition, lang?: 'en' | 'zh-CN') {
  const out = toBpmn(def, lang ? { lang } : {});
  expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return { out, parsed: await parseStrict(out.xml) };
}

const timerBody = (el: ModdleElement, kind: string) => stringAt(elementAt(elementsAt(el, 'eventDefinitions')[0], kind), 'body');
const batonNode = (el: ModdleElement) => elementsAt(elementAt(el, 'extensionElements'), 'values').find((v) => v.$type === 'baton:Node');

describe('toBpmn writes each node as the BPMN element that says the same', () => {
  test('the output is valid BPMN 2.0: strict bpmn-moddle reads it without a warning', async () => {
    const { parsed } = await exported(everyNode());
    expect(parsed.warnings).toEqual([]);
    expect(parsed.root.$type).toBe('bpmn:Definitions');
  });

  test('node types map to BPMN elements; joins take the kind of the fork they close', async () => {
    const { parsed } = await exported(everyNode());
    const types = Object.fromEntries(everyNode().nodes.map((n) => [n.id, parsed.byId(n.id).$type]));
    expect(types).toEqual({
      start: 'bpmn:StartEvent',
      review: 'bpmn:UserTask',
      route: 'bpmn:ExclusiveGateway',
      fanout: 'bpmn:ParallelGateway',
      prepare: 'bpmn:UserTask',
      inform: 'bpmn:SendTask',
      fanin: 'bpmn:ParallelGateway',
      checks: 'bpmn:InclusiveGateway',
      big: 'bpmn:UserTask',
      fast: 'bpmn:UserTask',
      standard: 'bpmn:SendTask',
      checks_done: 'bpmn:InclusiveGateway',
      cool_off: 'bpmn:IntermediateCatchEvent',
      until_delivery: 'bpmn:IntermediateCatchEvent',
      apply: 'bpmn:ServiceTask',
      ticket: 'bpmn:ServiceTask',
      erp: 'bpmn:ServiceTask',
      mail: 'bpmn:SendTask',
      ping: 'bpmn:SendTask',
      assign: 'bpmn:ServiceTask',
      child: 'bpmn:CallActivity',
      done: 'bpmn:EndEvent',
      refused: 'bpmn:EndEvent',
    });
    expect(parsed.byId('fanin')['gatewayDirection']).toBe('Converging');
    expect(parsed.byId('checks_done')['gatewayDirection']).toBe('Converging');
    expect(parsed.byId('fanout')['gatewayDirection']).toBe('Diverging');
    expect(stringAt(batonNode(parsed.byId('prepare')), 'type')).toBe('handler');
    expect(stringAt(batonNode(parsed.byId('review')), 'type')).toBe('approval');
  });

  test('delays are timer catch events: a duration, or the date field waited for', async () => {
    const { parsed } = await exported(everyNode());
    expect(timerBody(parsed.byId('cool_off'), 'timeDuration')).toBe('PT4H');
    expect(timerBody(parsed.byId('until_delivery'), 'timeDate')).toBe('delivery');
    expect(JSON.parse(stringAt(batonNode(parsed.byId('until_delivery')), 'json') ?? '{}')).toEqual({ until: { offset: '-P1D' } });
  });

  test('conditions are CEL conditionExpressions; a branch default is its gateway default flow', async () => {
    const { parsed } = await exported(everyNode());
    const flows = elementsAt(elementsAt(parsed.root, 'rootElements')[0], 'flowElements').filter((e) => e.$type === 'bpmn:SequenceFlow');
    const conditioned = flows.filter((f) => elementAt(f, 'conditionExpression'));
    expect(conditioned.map((f) => [elementAt(f, 'sourceRef')?.id, stringAt(elementAt(f, 'conditionExpression'), 'body'), stringAt(elementAt(f, 'conditionExpression'), 'language')])).toEqual([
      ['route', 'amount < 0.0', 'cel'],
      ['checks', 'amount > vars.threshold', 'cel'],
      ['checks', 'urgent', 'cel'],
    ]);
    expect(elementAt(elementAt(parsed.byId('route'), 'default'), 'targetRef')?.id).toBe('fanout');
    expect(elementAt(elementAt(parsed.byId('checks'), 'default'), 'targetRef')?.id).toBe('standard');
    expect(flows.find((f) => elementAt(f, 'targetRef')?.id === 'refused')?.name).toBe('Negative');
  });

  test('subflows are call activities naming the called workflow', async () => {
    const { parsed } = await exported(everyNode());
    expect(parsed.byId('child')['calledElement']).toBe('delivery-check');
  });

  test('timeouts are boundary timers on their task; approving or rejecting on timeout interrupts it', async () => {
    const def = everyNode();
    const review = def.nodes[1] as Extract<BatonWorkflowDefinition['nodes'][number], { type: 'approval' }>;
    review.timeouts = [
      { after: 'P1D', action: 'remind', repeat: { every: 'PT12H', max: 3 } },
      { after: 'P3D', action: 'auto-approve' },
      { after: 'P2D', action: 'reassign', to: [{ type: 'role', role: 'ops' }] },
    ];
    const { parsed } = await exported(def);
    const boundaries = [1, 2, 3].map((i) => parsed.byId(`review.timeout.${i}`));
    expect(boundaries.map((b) => [elementAt(b, 'attachedToRef')?.id, b['cancelActivity'], timerBody(b, 'timeDuration')])).toEqual([
      ['review', false, 'P1D'],
      ['review', true, 'P3D'],
      ['review', false, 'P2D'],
    ]);
  });

  test('approval modes show as multi-instance markers; users and roles as a potential owner', async () => {
    const def = everyNode();
    const [, review] = def.nodes;
    Object.assign(review!, { mode: 'sequential', assignees: [{ type: 'users', users: ['li.na', 'wang.lei'] }, { type: 'role', role: 'finance-lead' }] });
    Object.assign(def.nodes[8]!, { mode: 'vote', passRatio: 0.6 });
    const { parsed } = await exported(def);
    expect(elementAt(parsed.byId('review'), 'loopCharacteristics')?.['isSequential']).toBe(true);
    expect(elementAt(parsed.byId('big'), 'loopCharacteristics')?.['isSequential']).toBe(false);
    expect(elementAt(parsed.byId('fast'), 'loopCharacteristics')).toBeUndefined();
    const owner = elementsAt(parsed.byId('review'), 'resources')[0];
    expect(owner?.$type).toBe('bpmn:PotentialOwner');
    expect(stringAt(elementAt(elementAt(owner, 'resourceAssignmentExpression'), 'expression'), 'body')).toBe('user(li.na), user(wang.lei), group(finance-lead)');
    // A manager rule has no BPMN words: no potential owner is claimed.
    expect(elementsAt(parsed.byId('prepare'), 'resources')).toEqual([]);
  });

  test('every node and flow is drawn: shapes centred on the Baton card, automatic positions without a layout', async () => {
    const def = everyNode();
    const { parsed, out } = await exported(def);
    const plane = elementAt(elementsAt(parsed.root, 'diagrams')[0], 'plane');
    const drawn = new Set(elementsAt(plane, 'planeElement').map((e) => elementAt(e, 'bpmnElement')?.id));
    for (const n of def.nodes) expect(drawn.has(n.id)).toBe(true);
    expect(elementsAt(plane, 'planeElement').filter((e) => e.$type === 'bpmndi:BPMNEdge')).toHaveLength(def.edges.length);
    expect(out.problems).toEqual([]);

    def.layout = { start: { x: 400, y: 40 }, review: { x: 400, y: 160 } };
    const laidOut = await exported(def);
    const bounds = (id: string) => elementAt(elementsAt(elementAt(elementsAt(laidOut.parsed.root, 'diagrams')[0], 'plane'), 'planeElement').find((e) => elementAt(e, 'bpmnElement')?.id === id), 'bounds');
    expect([bounds('start')?.['x'], bounds('start')?.['y']]).toEqual([482, 54]);
    expect([bounds('review')?.['x'], bounds('review')?.['y'], bounds('review')?.['width']]).toEqual([450, 152, 100]);
    // Nodes without an entry are placed automatically, with a warning naming each.
    expect(laidOut.out.problems.map((p) => p.code)).toEqual(Array(def.nodes.length - 2).fill('bpmn/placed-automatically'));
    expect(laidOut.out.problems[0]?.severity).toBe('warning');
  });

  test('names are shown in the chosen language, falling back to the other', async () => {
    const zh = await exported(everyNode(), 'zh-CN');
    expect(zh.parsed.byId('review').name).toBe('审核');
    const en = await exported(everyNode());
    expect(en.parsed.byId('review').name).toBe('Review');
  });

  test('exporting twice gives the same bytes', () => {
    expect(toBpmn(everyNode()).xml).toBe(toBpmn(everyNode()).xml);
  });
});

describe('toBpmn refuses what it cannot export', () => {
  test('a definition with errors is refused with its problems and no XML', () => {
    const def = everyNode();
    def.edges.push({ from: 'done', to: 'nowhere' });
    const out = toBpmn(def);
    expect(out.xml).toBe('');
    expect(out.problems.some((p) => p.code === 'lint/edge-unknown-node' && p.pointer === `/edges/${def.edges.length - 1}/to`)).toBe(true);
  });

  test('input that is not a definition at all is refused, not thrown', () => {
    for (const junk of [null, 42, 'flow', [], { nodes: 'x' }]) {
      const out = toBpmn(junk as unknown as BatonWorkflowDefinition);
      expect(out.xml).toBe('');
      expect(out.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('what BPMN has no place for still comes back exactly', () => {
  const roundTrip = async (def: BatonWorkflowDefinition) => {
    const back = await fromBpmn(toBpmn(def).xml);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    return formatDocument(back.value);
  };

  test('edges without ids, ids BPMN must rename, a key equal to a node id, a default with a condition, empty timeouts', async () => {
    const def = everyNode();
    def.key = 'review';
    def.edges[0]!.id = 'route'; // an edge id equal to a node id
    Object.assign(def.edges[3]!, { condition: 'amount > 1.0' }); // the default's condition (a lint warning) is kept
    Object.assign(def.nodes[8]!, { timeouts: [] });
    expect(await roundTrip(def)).toBe(formatDocument(def));
  });

  test('names and texts with markup, quotes, new lines and characters XML cannot hold', async () => {
    const def = everyNode();
    def.name = { en: 'A <b>&"quoted"</b>\nflow ]]> \u0001', 'zh-CN': '流程\t"中文"' };
    Object.assign(def.nodes[1]!, { name: { en: '\u0000\uFFFE odd \uD800' }, description: { en: 'line 1\r\nline 2' } });
    Object.assign(def.edges[2]!, { condition: 'amount < 0.0 && "a<b" != "\u0002"' });
    expect(await roundTrip(def)).toBe(formatDocument(def));
  });

  test('layouts: none, partial, fractional, and entries for nodes that do not exist', async () => {
    const def = everyNode();
    expect(await roundTrip(def)).toBe(formatDocument(def));
    def.layout = { start: { x: 0.1, y: -7.3 }, review: { x: 1e21, y: 3 }, ghost: { x: 1, y: 2 } };
    expect(await roundTrip(def)).toBe(formatDocument(def));
    def.layout = {};
    expect(await roundTrip(def)).toBe(formatDocument(def));
  });
});
