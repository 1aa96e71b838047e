// Hand-written BPMN files: a process drawn the way Camunda Modeler writes one imports, runs on the
// engine with the demo org, and survives a second round trip; a file full of what Baton does not
// share is refused with one problem per element, each naming its id and type at its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromBpmn, toBpmn } from '../../packages/bpmn/src/index.ts';
import { createStaticDirectory, simulate } from '../../packages/engine/src/index.ts';
import { formatDocument, validateOrg, type BatonOrgDirectory, type BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';
import { REPO } from '../cli/run-baton.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const org = validateOrg(JSON.parse(readFileSync(join(REPO, 'templates/demo-org.json'), 'utf8')));
if (!org.ok) throw new Error('demo org');
const directory = createStaticDirectory(org.value as BatonOrgDirectory);

describe('a Camunda Modeler process', () => {
  const load = async () => {
    const r = await fromBpmn(fixture('camunda-purchase-request.bpmn'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
    return { def: r.value, problems: r.problems };
  };

  test('imports: tasks, gateways, timers, form fields and layout, with one warning', async () => {
    const { def, problems } = await load();
    expect(problems.map((p) => [p.code, p.line])).toEqual([['bpmn/timeout-as-reminder', 29]]);
    expect(def.key).toBe('purchase-request');
    expect(def.nodes.map((n) => `${n.id}:${n.type}`)).toEqual([
      'StartEvent_1:start',
      'Activity_ManagerReview:approval',
      'Gateway_Amount:exclusive',
      'Activity_Finance:approval',
      'Gateway_Fork:parallel',
      'Activity_Legal:approval',
      'Activity_PrepareContract:handler',
      'Gateway_Join:join',
      'Event_CoolingOff:delay',
      'Event_Approved:end',
      'Event_Rejected:end',
    ]);
    const byId = Object.fromEntries(def.nodes.map((n) => [n.id, n as Record<string, unknown>]));
    expect(byId['Activity_ManagerReview']).toMatchObject({ assignees: [{ type: 'role', role: 'sales-manager' }], timeouts: [{ after: 'PT12H', action: 'remind', repeat: { every: 'PT12H', max: 2 } }] });
    expect(byId['Activity_Finance']).toMatchObject({ assignees: [{ type: 'users', users: ['chen.jing'] }], mode: 'all' });
    expect(byId['Activity_Legal']).toMatchObject({ assignees: [{ type: 'role', role: 'legal-counsel' }] });
    expect(byId['Activity_PrepareContract']).toMatchObject({ assignees: [{ type: 'users', users: ['xu.ting', 'ma.chao'] }] });
    expect(byId['Event_CoolingOff']).toMatchObject({ duration: 'P1D' });
    expect(byId['Event_Rejected']).toMatchObject({ outcome: 'rejected' });
    expect(def.form.fields.map((f) => `${f.key}:${f.type}`)).toEqual(['amount:number', 'supplier:text', 'urgent:boolean', 'category:select']);
    // The merging gateway is passed through: the small-amount branch and finance both go on to the fork.
    expect(def.edges.filter((e) => e.to === 'Gateway_Fork').map((e) => [e.from, e.default ?? false])).toEqual([
      ['Gateway_Amount', true],
      ['Activity_Finance', false],
    ]);
    expect(Object.keys(def.layout ?? {}).sort()).toEqual(def.nodes.map((n) => n.id).sort());
  });

  test('runs on the engine with the demo org: each amount takes its branch, with the right people', async () => {
    const { def } = await load();
    const run = (amount: number) => simulate(def, { initiator: 'li.na', data: { amount, supplier: 'Acme' } }, directory);
    const large = run(50_000);
    expect(large.status).toBe('approved');
    expect(new Set(large.path)).toEqual(new Set(['StartEvent_1', 'Activity_ManagerReview', 'Gateway_Amount', 'Activity_Finance', 'Gateway_Fork', 'Activity_Legal', 'Activity_PrepareContract', 'Gateway_Join', 'Event_CoolingOff', 'Event_Approved']));
    const who = (r: typeof large, node: string) => r.steps.filter((s) => s.node === node).flatMap((s) => s.assignees.map((a) => a.user));
    expect(who(large, 'Activity_ManagerReview').sort()).toEqual(['tom.baker', 'wang.lei']);
    expect(who(large, 'Activity_Finance')).toEqual(['chen.jing']);
    expect(who(large, 'Activity_Legal')).toEqual(['zhou.xin']);
    expect(run(5_000).path).not.toContain('Activity_Finance');
    const tooLarge = run(2_000_000);
    expect([tooLarge.status, tooLarge.outcome, tooLarge.path.at(-1)]).toEqual(['rejected', 'rejected', 'Event_Rejected']);
  });

  test('once imported, it round-trips through BPMN unchanged', async () => {
    const { def } = await load();
    const again = await fromBpmn(toBpmn(def as BatonWorkflowDefinition).xml);
    expect(again.ok && formatDocument(again.value)).toBe(formatDocument(def));
  });
});

describe('a file full of what Baton does not share', () => {
  test('is refused with one problem per element, naming its type and id at its line', async () => {
    const r = await fromBpmn(fixture('unsupported-elements.bpmn'));
    expect(r.ok).toBe(false);
    const refused = r.problems.map((p) => [p.line, p.code, /^<bpmn:(\w+) id="([^"]+)">/.exec(p.message.en)?.slice(1).join(' ')]);
    expect(refused).toEqual([
      [9, 'bpmn/unsupported-element', 'participant Participant_Supplier'],
      [10, 'bpmn/unsupported-element', 'messageFlow MessageFlow_PO'],
      [20, 'bpmn/unsupported-element', 'boundaryEvent Boundary_Stop'],
      [23, 'bpmn/unsupported-element', 'scriptTask Task_3'],
      [28, 'bpmn/unsupported-element', 'businessRuleTask Task_Rules'],
      [32, 'bpmn/unsupported-element', 'serviceTask Task_SendPO'],
      [36, 'bpmn/unsupported-element', 'intermediateCatchEvent Catch_Invoice'],
      [41, 'bpmn/unsupported-element', 'subProcess Sub_Fulfil'],
      [51, 'bpmn/unsupported-element', 'receiveTask Task_Wait'],
      [55, 'bpmn/unsupported-element', 'complexGateway Gateway_Complex'],
      [60, 'bpmn/unsupported-element', 'intermediateThrowEvent Throw_Escalate'],
      [68, 'bpmn/unsupported-element', 'subProcess EventSub_Cancel'],
      [73, 'bpmn/unsupported-element', 'dataObjectReference DataRef_Order'],
      [74, 'bpmn/unsupported-element', 'dataObject DataObject_Order'],
      [83, 'bpmn/unsupported-condition', 'sequenceFlow Flow_Juel'],
      [90, 'bpmn/unsupported-element', 'process Process_Supplier'],
    ]);
    expect(r.problems.find((p) => p.line === 23)?.message).toEqual({
      en: '<bpmn:scriptTask id="Task_3"> is not supported: Baton has no script tasks',
      'zh-CN': '<bpmn:scriptTask id="Task_3"> 不受支持：Baton 没有脚本任务',
    });
    // The supported parts (start, the review task, the exclusive gateway, the end) raise nothing.
    for (const id of ['Start_1', 'Task_Review', 'Gateway_Check', 'End_1']) expect(JSON.stringify(r.problems)).not.toContain(`id=\\"${id}\\"`);
  });
});
