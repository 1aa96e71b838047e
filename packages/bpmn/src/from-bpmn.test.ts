// fromBpmn on plain BPMN (files other tools write) and on Baton exports edited in a modeler:
// sensible defaults, native BPMN winning over the extension where a modeler can change it, and
// one refusal per element Baton does not share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { describe, expect, test } from 'vitest';
import { fromBpmn } from './from-bpmn.ts';
import { toBpmn } from './to-bpmn.ts';

const NS = `xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:baton="https://baton.dev/schemas/bpmn"`;
const doc = (body: string, attrs = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${NS} id="D" targetNamespace="t"${attrs}>\n<bpmn:process id="Leave_Request" name="Leave request">\n${body}\n</bpmn:process>\n</bpmn:definitions>\n`;
const flow = (id: string, from: string, to: string, inner = '') => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${inner}</bpmn:sequenceFlow>`;
const cel = (text: string, language = 'cel') => `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"${language ? ` language="${language}"` : ''}>${text}</bpmn:conditionExpression>`;

/** start -> <task> -> end, with the task given. */
const oneTask = (task: string) => doc(`<bpmn:startEvent id="s"/>${task}<bpmn:endEvent id="e"/>${flow('f1', 's', 't')}${flow('f2', 't', 'e')}`);

async function imported(xml: string, key?: string): Promise<BatonWorkflowDefinition> {
  const r = await fromBpmn(xml, key ? { key } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}

async function refused(xml: string) {
  const r = await fromBpmn(xml);
  expect(r.ok).toBe(false);
  return r.problems.filter((p) => p.severity === 'error');
}

const node = (def: BatonWorkflowDefinition, id: string) => def.nodes.find((n) => n.id === id) as Record<string, unknown> | undefined;

describe('plain BPMN imports with sensible defaults', () => {
  test('the key comes from the process id (or --key), the name from the process name', async () => {
    const xml = oneTask('<bpmn:userTask id="t" camunda:assignee="li.na"/>');
    expect((await imported(xml)).key).toBe('leave-request');
    expect((await imported(xml)).name).toEqual({ en: 'Leave request' });
    expect((await imported(xml, 'pto')).key).toBe('pto');
  });

  test('user tasks become approvals for the users and groups other tools name', async () => {
    const cases: Array<[string, unknown]> = [
      ['<bpmn:userTask id="t" camunda:assignee="li.na"/>', [{ type: 'users', users: ['li.na'] }]],
      ['<bpmn:userTask id="t" camunda:candidateUsers="li.na, wang.lei" camunda:candidateGroups="finance-lead,hr"/>', [{ type: 'users', users: ['li.na', 'wang.lei'] }, { type: 'role', role: 'finance-lead' }, { type: 'role', role: 'hr' }]],
      ['<bpmn:userTask id="t"><bpmn:potentialOwner><bpmn:resourceAssignmentExpression><bpmn:formalExpression>user(li.na), group(legal-counsel)</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:potentialOwner></bpmn:userTask>', [{ type: 'users', users: ['li.na'] }, { type: 'role', role: 'legal-counsel' }]],
      ['<bpmn:userTask id="t"><bpmn:humanPerformer><bpmn:resourceAssignmentExpression><bpmn:formalExpression>sun.li</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:humanPerformer></bpmn:userTask>', [{ type: 'users', users: ['sun.li'] }]],
      ['<bpmn:userTask id="t"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="chen.jing" candidateGroups="finance"/></bpmn:extensionElements></bpmn:userTask>', [{ type: 'users', users: ['chen.jing'] }, { type: 'role', role: 'finance' }]],
    ];
    for (const [task, assignees] of cases) {
      const def = await imported(oneTask(task));
      expect(node(def, 't')).toMatchObject({ type: 'approval', assignees });
    }
  });

  test('a task naming nobody goes to the initiator\'s manager, with a warning; group names are made keys', async () => {
    const r = await fromBpmn(oneTask('<bpmn:userTask id="t" name="Check"/>'));
    expect(r.ok && node(r.value, 't')?.['assignees']).toEqual([{ type: 'manager', level: 1 }]);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['bpmn/default-assignee', 'warning']]);
    const g = await fromBpmn(oneTask('<bpmn:userTask id="t" camunda:candidateGroups="Finance Team"/>'));
    expect(g.ok && node(g.value, 't')?.['assignees']).toEqual([{ type: 'role', role: 'finance-team' }]);
    expect(g.problems[0]?.message.en).toBe('<bpmn:userTask id="t"> names group "Finance Team": Baton role keys are lower-case, so it is read as role "finance-team"');
  });

  test('assignment expressions are refused, naming the task and the expression', async () => {
    for (const task of ['<bpmn:userTask id="t" camunda:assignee="${initiator}"/>', '<bpmn:userTask id="t"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="=manager"/></bpmn:extensionElements></bpmn:userTask>']) {
      const [p] = await refused(oneTask(task));
      expect(p?.code).toBe('bpmn/unsupported-assignee');
      expect(p?.message.en).toMatch(/^<bpmn:userTask id="t"> assigns "(\$\{initiator\}|=manager)"/);
    }
  });

  test('manual tasks are handler tasks; multi-instance markers set the mode', async () => {
    expect(node(await imported(oneTask('<bpmn:manualTask id="t" camunda:assignee="xu.ting"/>')), 't')).toMatchObject({ type: 'handler' });
    expect(node(await imported(oneTask('<bpmn:userTask id="t" camunda:assignee="a"><bpmn:multiInstanceLoopCharacteristics isSequential="true"/></bpmn:userTask>')), 't')?.['mode']).toBe('sequential');
    expect(node(await imported(oneTask('<bpmn:userTask id="t" camunda:assignee="a"><bpmn:multiInstanceLoopCharacteristics/></bpmn:userTask>')), 't')?.['mode']).toBe('all');
  });

  test('end events named like a rejection end rejected', async () => {
    const xml = doc(`<bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g" default="f3"/><bpmn:endEvent id="ok" name="Done"/><bpmn:endEvent id="no" name="Request rejected"/>${flow('f1', 's', 'g')}${flow('f2', 'g', 'no', cel('false'))}${flow('f3', 'g', 'ok')}`);
    const def = await imported(xml);
    expect(node(def, 'no')?.['outcome']).toBe('rejected');
    expect(node(def, 'ok')?.['outcome']).toBeUndefined();
  });

  test('merging exclusive gateways and none throw events are passed through', async () => {
    const xml = doc(
      `<bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="split" default="b"/><bpmn:userTask id="t" camunda:assignee="a"/><bpmn:exclusiveGateway id="merge"/><bpmn:intermediateThrowEvent id="milestone"/><bpmn:endEvent id="e"/>` +
        `${flow('f1', 's', 'split')}${flow('a', 'split', 't', cel('true'))}${flow('b', 'split', 'merge')}${flow('f2', 't', 'merge')}${flow('f3', 'merge', 'milestone')}${flow('f4', 'milestone', 'e')}`,
    );
    const def = await imported(xml);
    expect(def.nodes.map((n) => n.id)).toEqual(['s', 'split', 't', 'e']);
    expect(def.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['s->split', 'split->t', 'split->e', 't->e']);
    expect(def.edges.find((e) => e.id === 'b')?.default).toBe(true);
  });

  test('conditions with no language are read as CEL unless they are JUEL or FEEL', async () => {
    const gate = (condition: string) =>
      doc(`<bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g" default="f3"/><bpmn:endEvent id="e"/><bpmn:endEvent id="e2"/>${flow('f1', 's', 'g')}${flow('f2', 'g', 'e', condition)}${flow('f3', 'g', 'e2')}`);
    expect((await imported(gate(cel('1 &lt; 2', '')))).edges[1]?.condition).toBe('1 < 2');
    const messages = [];
    for (const c of [cel('${amount &gt; 1}', ''), cel('= amount &gt; 1', ''), cel('amount > 1', 'javascript'), cel('amount', 'http://www.w3.org/1999/XPath')]) {
      const [p] = await refused(gate(c));
      expect(p?.code).toBe('bpmn/unsupported-condition');
      messages.push(p?.message.en.split(': Baton')[0]);
    }
    expect(messages).toEqual([
      '<bpmn:sequenceFlow id="f2"> has a JUEL condition "${amount > 1}"',
      '<bpmn:sequenceFlow id="f2"> has a FEEL condition "= amount > 1"',
      '<bpmn:sequenceFlow id="f2"> has a condition in javascript',
      '<bpmn:sequenceFlow id="f2"> has a condition in http://www.w3.org/1999/XPath',
    ]);
  });

  test('a condition on a flow leaving a task is refused (BPMN conditional flows): only branches decide', async () => {
    const [p] = await refused(oneTask('<bpmn:userTask id="t" camunda:assignee="a"/>').replace('<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e">', `<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e">${cel('true')}`));
    expect(p?.message.en).toMatch(/^<bpmn:sequenceFlow id="f2"> has a condition but does not leave a gateway/);
  });

  test('gateways that both join and split, and boundary timers that start a path, are refused', async () => {
    const mixed = doc(`<bpmn:startEvent id="s"/><bpmn:parallelGateway id="p1"/><bpmn:parallelGateway id="mixed"/><bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>${flow('a', 's', 'p1')}${flow('b', 'p1', 'mixed')}${flow('c', 'p1', 'mixed')}${flow('d', 'mixed', 'e1')}${flow('x', 'mixed', 'e2')}`);
    expect((await refused(mixed)).map((p) => p.message.en)).toEqual(['<bpmn:parallelGateway id="mixed"> both joins and splits, which is not supported: split it into a joining gateway followed by a forking one']);
    const escape = oneTask('<bpmn:userTask id="t" camunda:assignee="a"/><bpmn:boundaryEvent id="b" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>').replace('</bpmn:process>', `${flow('esc', 'b', 'e')}</bpmn:process>`);
    expect((await refused(escape))[0]?.message.en).toMatch(/^<bpmn:boundaryEvent id="b"> starts another path, which is not supported/);
  });

  test('non-interrupting boundary timers without a path are reminders (a cycle repeats them)', async () => {
    const xml = oneTask('<bpmn:userTask id="t" camunda:assignee="a"/><bpmn:boundaryEvent id="b" attachedToRef="t" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R4/PT6H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>');
    expect(node(await imported(xml), 't')?.['timeouts']).toEqual([{ after: 'PT6H', action: 'remind', repeat: { every: 'PT6H', max: 3 } }]);
  });

  test('timer catch events are delays; call activities subflows; lanes are ignored with a warning', async () => {
    const xml = doc(
      `<bpmn:laneSet id="ls"><bpmn:lane id="lane1" name="Sales"/></bpmn:laneSet><bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:callActivity id="call" calledElement="Credit_Check"/><bpmn:endEvent id="e"/>${flow('a', 's', 'wait')}${flow('b', 'wait', 'call')}${flow('c', 'call', 'e')}`,
    );
    const r = await fromBpmn(xml);
    expect(r.ok && [node(r.value, 'wait'), node(r.value, 'call')]).toEqual([
      { id: 'wait', type: 'delay', duration: 'P2D' },
      { id: 'call', type: 'subflow', flow: 'credit-check' },
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(['bpmn/ignored', 'bpmn/renamed-reference']);
  });

  test('ids Baton cannot use are renamed, with a warning, and flows follow', async () => {
    const xml = doc(`<bpmn:startEvent id="_start"/><bpmn:userTask id="task.1" camunda:assignee="a"/><bpmn:endEvent id="end"/>${flow('f1', '_start', 'task.1')}${flow('f2', 'task.1', 'end')}`);
    const r = await fromBpmn(xml);
    expect(r.ok && r.value.nodes.map((n) => n.id)).toEqual(['n_start', 'task_1', 'end']);
    expect(r.ok && r.value.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['n_start->task_1', 'task_1->end']);
    expect(r.problems.map((p) => p.code)).toEqual(['bpmn/renamed-id', 'bpmn/renamed-id']);
  });

  test('one pool (a collaboration with one participant) is fine, and its drawing gives the layout', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="D" targetNamespace="t">
<bpmn:collaboration id="C"><bpmn:participant id="Pool" name="Finance" processRef="P"/></bpmn:collaboration>
<bpmn:process id="P"><bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>${flow('f', 's', 'e')}</bpmn:process>
<bpmndi:BPMNDiagram id="G"><bpmndi:BPMNPlane id="L" bpmnElement="C">
<bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool"><dc:Bounds x="0" y="0" width="600" height="250"/></bpmndi:BPMNShape>
<bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="182" y="14" width="36" height="36"/></bpmndi:BPMNShape>
<bpmndi:BPMNShape id="e_di" bpmnElement="e"><dc:Bounds x="382" y="14" width="36" height="36"/></bpmndi:BPMNShape>
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
    const def = await imported(xml);
    expect(def.key).toBe('p');
    expect(def.layout).toEqual({ s: { x: 100, y: 0 }, e: { x: 300, y: 0 } });
  });

  test('the result is validated like any definition: a graph Baton cannot run is refused with lint problems', async () => {
    const xml = doc(`<bpmn:startEvent id="s"/><bpmn:userTask id="t" camunda:assignee="a"/><bpmn:endEvent id="e"/>${flow('f1', 's', 't')}`);
    const r = await fromBpmn(xml);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toContain('lint/dead-end');
  });
});

describe('a Baton export edited in a BPMN modeler', () => {
  const discount = () => JSON.parse(readFileSync(join(import.meta.dirname, '../../../templates/discount-approval/workflow.json'), 'utf8')) as BatonWorkflowDefinition;

  test('a renamed task keeps the other language; an edited condition, timer and owner win over the extension', async () => {
    let xml = toBpmn(discount()).xml;
    xml = xml.replace('name="Sales director"', 'name="Sales VP"');
    xml = xml.replace('amount &gt; vars.director_amount', 'amount &gt;= vars.director_amount');
    xml = xml.replace('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration>', '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P5D</bpmn:timeDuration>');
    xml = xml.replace('group(finance-lead)', 'group(cfo)');
    const def = await imported(xml);
    const director = node(def, 'director');
    expect(director?.['name']).toEqual({ en: 'Sales VP', 'zh-CN': '销售总监审批' });
    expect(director?.['timeouts']).toEqual([{ action: 'remind', after: 'P1D', repeat: { every: 'PT12H', max: 2 } }, { action: 'escalate', after: 'P5D' }]);
    expect(def.edges.find((e) => e.id === 'e_large')?.condition).toBe('amount >= vars.director_amount || discount_rate > vars.director_discount');
    expect(node(def, 'finance')?.['assignees']).toEqual([{ type: 'role', role: 'cfo' }]);
  });

  test('a task added in the modeler imports with defaults; a removed multi-instance marker makes the step "any"', async () => {
    let xml = toBpmn(discount()).xml;
    xml = xml.replace('<bpmn:multiInstanceLoopCharacteristics isSequential="true" />', '');
    const def = await imported(xml);
    expect(node(def, 'manager_chain')?.['mode']).toBe('any');
  });

  test('an extension that contradicts its element, or cannot be read, is refused naming the element', async () => {
    const xml = toBpmn(discount()).xml;
    const swapped = xml.replace('<bpmn:userTask id="finance" name="Finance lead">', '<bpmn:serviceTask id="finance" name="Finance lead">').replace(/<\/bpmn:userTask>(\s*<bpmn:endEvent id="approved")/, '</bpmn:serviceTask>$1');
    expect((await refused(swapped)).map((p) => p.message.en)).toEqual(['<bpmn:serviceTask id="finance"> carries a Baton "approval" node, which cannot be this kind of BPMN element (expected automation)']);
    const broken = xml.replace('<baton:node type="exclusive">{', '<baton:node type="exclusive">{,');
    expect((await refused(broken))[0]?.message.en).toMatch(/^<bpmn:exclusiveGateway id="amount_check"> has a <baton:node> whose JSON cannot be read/);
    const newer = xml.replace('<baton:definition version="1">', '<baton:definition version="2">');
    expect((await refused(newer))[0]?.code).toBe('bpmn/extension-version');
  });

  test('JSON in an extension cannot pollute prototypes', async () => {
    const xml = toBpmn(discount()).xml.replace('<baton:node type="exclusive">{', '<baton:node type="exclusive">{"__proto__":{"polluted":true},');
    const r = await fromBpmn(xml);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.code === 'schema/additionalProperties')).toBe(true);
  });
});
