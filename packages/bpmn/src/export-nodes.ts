// One Baton node -> its BPMN flow node (plus a boundary timer per timeout). The BPMN element says
// what BPMN can say (kind, name, documentation, multi-instance marker, potential owners, timers,
// called element); the <baton:node> extension carries the rest, so nothing is lost.
import type { Node } from '@baton/schema';
import { displayText, tagOfNode, type BpmnTag, type Lang } from './bpmn-vocabulary.ts';
import { CEL_LANGUAGE } from './bpmn-namespaces.ts';
import { compactJson } from './compact-json.ts';
import type { ForkKind } from './join-kinds.ts';
import { nodeExtension, timeoutExtension } from './node-extension.ts';
import { formatOwners } from './potential-owners.ts';
import type { XmlElement } from './xml-writer.ts';

export interface NodeExportContext {
  lang: Lang;
  joinKinds: ReadonlyMap<string, ForkKind>;
  incoming: ReadonlyMap<string, readonly string[]>;
  outgoing: ReadonlyMap<string, readonly string[]>;
  /** The BPMN id of the default flow of each exclusive / inclusive node that has one. */
  defaultFlow: ReadonlyMap<string, string>;
  takeId: (preferred: string) => string;
}

export interface ExportedNode {
  tag: BpmnTag;
  element: XmlElement;
  boundaries: Array<{ id: string; element: XmlElement }>;
}

type Timeout = NonNullable<Extract<Node, { type: 'approval' }>['timeouts']>[number];

const TIMEOUT_NAMES: Record<Timeout['action'], Record<Lang, string>> = {
  remind: { en: 'Remind', 'zh-CN': '提醒' },
  'auto-approve': { en: 'Approve automatically', 'zh-CN': '自动通过' },
  'auto-reject': { en: 'Reject automatically', 'zh-CN': '自动拒绝' },
  reassign: { en: 'Reassign', 'zh-CN': '转交' },
  escalate: { en: 'Escalate', 'zh-CN': '升级' },
};

export function exportNode(node: Node, ctx: NodeExportContext): ExportedNode {
  const tag = tagOfNode(node, ctx.joinKinds.get(node.id));
  const children: XmlElement[] = [];
  const doc = displayText(node.description, ctx.lang);
  if (doc !== undefined) children.push({ name: 'bpmn:documentation', text: doc });
  const ext = nodeExtension(node);
  children.push({
    name: 'bpmn:extensionElements',
    children: [{ name: 'baton:node', attrs: { type: node.type }, text: Object.keys(ext).length > 0 ? compactJson(ext) : undefined }],
  });
  for (const id of ctx.incoming.get(node.id) ?? []) children.push({ name: 'bpmn:incoming', text: id });
  for (const id of ctx.outgoing.get(node.id) ?? []) children.push({ name: 'bpmn:outgoing', text: id });
  children.push(...specifics(node));

  const attrs: XmlElement['attrs'] = { id: node.id, name: displayText(node.name, ctx.lang) };
  if (tag.endsWith('Gateway')) {
    attrs['gatewayDirection'] = direction(ctx.incoming.get(node.id)?.length ?? 0, ctx.outgoing.get(node.id)?.length ?? 0);
    attrs['default'] = ctx.defaultFlow.get(node.id);
  }
  if (node.type === 'subflow') attrs['calledElement'] = node.flow;

  const boundaries: ExportedNode['boundaries'] = [];
  if ((node.type === 'approval' || node.type === 'handler') && node.timeouts) {
    node.timeouts.forEach((t, i) => {
      const id = ctx.takeId(`${node.id}.timeout.${i + 1}`);
      boundaries.push({ id, element: boundaryTimer(id, node.id, t, ctx.lang) });
    });
  }
  return { tag, element: { name: `bpmn:${tag}`, attrs, children }, boundaries };
}

function specifics(node: Node): XmlElement[] {
  switch (node.type) {
    case 'approval':
    case 'handler': {
      const out: XmlElement[] = [];
      const owners = formatOwners(node.assignees);
      if (owners !== undefined) {
        out.push({
          name: 'bpmn:potentialOwner',
          children: [{ name: 'bpmn:resourceAssignmentExpression', children: [{ name: 'bpmn:formalExpression', text: owners }] }],
        });
      }
      // The marker BPMN tools draw: ≡ one after another (依次), ||| all at once (会签, 票签).
      const mode = node.mode ?? 'any';
      if (mode === 'sequential') out.push({ name: 'bpmn:multiInstanceLoopCharacteristics', attrs: { isSequential: 'true' } });
      else if (mode === 'all' || mode === 'vote') out.push({ name: 'bpmn:multiInstanceLoopCharacteristics' });
      return out;
    }
    case 'delay': {
      const timer = node.duration !== undefined
        ? formalExpression('bpmn:timeDuration', node.duration)
        : { ...formalExpression('bpmn:timeDate', node.until?.field ?? ''), attrs: { 'xsi:type': 'bpmn:tFormalExpression', language: CEL_LANGUAGE } };
      return [{ name: 'bpmn:timerEventDefinition', children: [timer] }];
    }
    default:
      return [];
  }
}

function boundaryTimer(id: string, host: string, t: Timeout, lang: Lang): XmlElement {
  // Approving or rejecting on the assignee's behalf ends the task: an interrupting timer. The
  // others leave a task waiting (a reminder, or a task that moves to someone else).
  const interrupting = t.action === 'auto-approve' || t.action === 'auto-reject';
  const ext = timeoutExtension(t);
  return {
    name: 'bpmn:boundaryEvent',
    attrs: { id, name: TIMEOUT_NAMES[t.action][lang], attachedToRef: host, cancelActivity: interrupting ? 'true' : 'false' },
    children: [
      { name: 'bpmn:extensionElements', children: [{ name: 'baton:timeout', text: compactJson(ext) }] },
      { name: 'bpmn:timerEventDefinition', children: [formalExpression('bpmn:timeDuration', t.after)] },
    ],
  };
}

/** BPMN's rule: a diverging gateway has one way in, a converging one one way out. */
function direction(incoming: number, outgoing: number): string {
  if (incoming > 1 && outgoing > 1) return 'Mixed';
  if (incoming > 1) return 'Converging';
  if (outgoing > 1) return 'Diverging';
  return 'Unspecified';
}

function formalExpression(name: string, text: string): XmlElement {
  return { name, attrs: { 'xsi:type': 'bpmn:tFormalExpression' }, text };
}
