// One BPMN flow node -> a Baton node draft. With a <baton:node> extension (a Baton export) the
// extension restores the node and the BPMN element's own words win where a modeler may have
// edited them (name, documentation, timers, called element, owners, multi-instance marker).
// Without one (plain BPMN) the element's kind decides: user task -> approval, manual task ->
// handler, gateways by direction, timer catch event -> delay, call activity -> subflow.
import type { ProblemSink } from './bpmn-problems.ts';
import { mergeName, type Lang, type NodeType } from './bpmn-vocabulary.ts';
import { isKey, toKey } from './baton-names.ts';
import { plainAssignees } from './import-assignees.ts';
import { importTimeouts } from './import-timeouts.ts';
import { elementAt, elementsAt, stringAt, type ModdleElement } from './moddle-reader.ts';
import { formatOwners, parseOwners, rulesOf } from './potential-owners.ts';
import { documentationOf, readExtension, timerOf } from './read-extension.ts';
import { EVENT_SUBPROCESS, EVENT_TRIGGERS, NO_BATON_ACTION, UNSUPPORTED_ELEMENTS, triggerWord, withTrigger } from './unsupported-elements.ts';

export interface NodeDraft {
  el: ModdleElement;
  node: Record<string, unknown> & { id: string; type: NodeType };
  /** A merge or a no-op in plain BPMN: its flows are joined up and it disappears. */
  passThrough?: true;
}

export interface NodeImportContext {
  sink: ProblemSink;
  lang: Lang;
  vendorPrefixes: readonly string[];
  /** The Baton id chosen for each BPMN id. */
  idOf: (bpmnId: string) => string;
  boundaries: ReadonlyMap<string, readonly ModdleElement[]>;
  incoming: (bpmnId: string) => number;
  outgoing: (bpmnId: string) => number;
}

const EXT_TYPES: Readonly<Record<string, readonly NodeType[]>> = {
  'bpmn:StartEvent': ['start'],
  'bpmn:EndEvent': ['end'],
  'bpmn:UserTask': ['approval', 'handler'],
  'bpmn:ManualTask': ['approval', 'handler'],
  'bpmn:SendTask': ['cc', 'automation'],
  'bpmn:ServiceTask': ['automation'],
  'bpmn:ExclusiveGateway': ['exclusive'],
  'bpmn:ParallelGateway': ['parallel', 'join'],
  'bpmn:InclusiveGateway': ['inclusive', 'join'],
  'bpmn:IntermediateCatchEvent': ['delay'],
  'bpmn:CallActivity': ['subflow'],
};

const REJECTED_END = /reject|denied|declined|refused|拒绝|驳回|不通过|否决/i;

/** The draft, or undefined when the element is refused (a problem says why). */
export function importNode(el: ModdleElement, ctx: NodeImportContext): NodeDraft | undefined {
  const { sink } = ctx;
  if (!refuseUnsupported(el, sink)) return undefined;
  const ext = readExtension(el, 'baton:Node', sink);
  if (ext === null) return undefined;
  const bpmnId = el.id ?? '';
  let type: NodeType | undefined;
  if (ext) {
    const declared = stringAt(ext.element, 'type');
    const allowed = EXT_TYPES[el.$type] ?? [];
    if (declared === undefined || !(allowed as readonly string[]).includes(declared)) {
      sink.element(el, 'bpmn/extension-mismatch', `carries a Baton "${declared ?? '?'}" node, which cannot be this kind of BPMN element (expected ${allowed.join(' or ')})`, `带有 Baton "${declared ?? '?'}" 节点扩展，与该 BPMN 元素类型不符（应为 ${allowed.join(' 或 ')}）`);
      return undefined;
    }
    type = declared as NodeType;
  } else {
    type = plainType(el, ctx);
    if (type === undefined) return undefined;
  }

  const { id: _i, type: _t, name: extName, description: extDoc, ...rest } = ext?.json ?? {};
  const node: NodeDraft['node'] = { ...rest, id: ctx.idOf(bpmnId), type };
  const name = mergeName(asText(extName), el.name, ctx.lang);
  if (name) node['name'] = name;
  const description = mergeName(asText(extDoc), documentationOf(el), ctx.lang);
  if (description) node['description'] = description;

  const draft: NodeDraft = { el, node };
  if (!ext && el.$type === 'bpmn:ExclusiveGateway' && ctx.outgoing(bpmnId) <= 1) draft.passThrough = true;
  if (!ext && el.$type !== 'bpmn:ExclusiveGateway' && el.$type.endsWith('Gateway') && ctx.incoming(bpmnId) <= 1 && ctx.outgoing(bpmnId) <= 1) draft.passThrough = true;
  const done = completeNode(draft, ext !== undefined, ctx);
  return done ? draft : undefined;
}

function asText(v: unknown): { en?: string; 'zh-CN'?: string } | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { en?: string }) : undefined;
}

/** Refuses what Baton does not share; true when the element may be read. */
function refuseUnsupported(el: ModdleElement, sink: ProblemSink): boolean {
  if (el.$type === 'bpmn:SubProcess' && el['triggeredByEvent'] === true) {
    sink.element(el, 'bpmn/unsupported-element', `is not supported: ${EVENT_SUBPROCESS.en}`, `不受支持：${EVENT_SUBPROCESS.zh}`);
    return false;
  }
  const allowedTriggers = el.$type === 'bpmn:EndEvent' ? ['bpmn:TerminateEventDefinition'] : el.$type === 'bpmn:IntermediateCatchEvent' ? ['bpmn:TimerEventDefinition'] : [];
  for (const def of elementsAt(el, 'eventDefinitions')) {
    if (allowedTriggers.includes(def.$type)) continue;
    const why = EVENT_TRIGGERS[def.$type] ?? { en: 'Baton does not share this trigger', zh: 'Baton 不支持该触发方式' };
    const word = triggerWord(def.$type);
    sink.element(el, 'bpmn/unsupported-element', `${withTrigger(def.$type)} is not supported: ${why.en}`, `（${word} 触发）不受支持：${why.zh}`);
    return false;
  }
  const reason = UNSUPPORTED_ELEMENTS[el.$type];
  if (reason && !(el.$type === 'bpmn:IntermediateThrowEvent' && elementsAt(el, 'eventDefinitions').length === 0)) {
    sink.element(el, 'bpmn/unsupported-element', `is not supported: ${reason.en}`, `不受支持：${reason.zh}`);
    return false;
  }
  if (!EXT_TYPES[el.$type] && !reason) {
    const local = el.$type.replace(/^\w+:/, '');
    sink.element(el, 'bpmn/unsupported-element', `is not supported: Baton has no ${local} elements`, `不受支持：Baton 没有 ${local} 元素`);
    return false;
  }
  const loop = elementAt(el, 'loopCharacteristics');
  if (loop && loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    sink.element(el, 'bpmn/unsupported-element', 'loops, which is not supported: Baton has no loops (returns send a request back instead)', '带循环标记，不受支持：Baton 没有循环（退回可将申请送回）');
    return false;
  }
  return true;
}

function plainType(el: ModdleElement, ctx: NodeImportContext): NodeType | undefined {
  const id = el.id ?? '';
  switch (el.$type) {
    case 'bpmn:StartEvent':
      return 'start';
    case 'bpmn:EndEvent':
      return 'end';
    case 'bpmn:UserTask':
      return 'approval';
    case 'bpmn:ManualTask':
      return 'handler';
    case 'bpmn:ExclusiveGateway':
      return 'exclusive';
    case 'bpmn:ParallelGateway':
    case 'bpmn:InclusiveGateway': {
      const kind = el.$type === 'bpmn:ParallelGateway' ? 'parallel' : 'inclusive';
      const [ins, outs] = [ctx.incoming(id), ctx.outgoing(id)];
      if (ins > 1 && outs > 1) {
        ctx.sink.element(el, 'bpmn/unsupported-element', 'both joins and splits, which is not supported: split it into a joining gateway followed by a forking one', '同时汇聚和分支，不受支持：请拆分为先汇聚、后分支的两个网关');
        return undefined;
      }
      return ins > 1 ? 'join' : kind;
    }
    case 'bpmn:IntermediateCatchEvent':
      return 'delay';
    case 'bpmn:IntermediateThrowEvent':
      return 'exclusive'; // a none throw event is a milestone marker: passed through
    case 'bpmn:CallActivity':
      return 'subflow';
    default:
      ctx.sink.element(el, 'bpmn/unsupported-element', NO_BATON_ACTION.en, NO_BATON_ACTION.zh);
      return undefined;
  }
}

/** Fills in what the BPMN element itself says. False when something was refused. */
function completeNode(draft: NodeDraft, hasExt: boolean, ctx: NodeImportContext): boolean {
  const { el, node } = draft;
  const { sink } = ctx;
  if (el.$type === 'bpmn:IntermediateThrowEvent') draft.passThrough = true;
  switch (node.type) {
    case 'end':
      if (!hasExt && el.name !== undefined && REJECTED_END.test(el.name)) node['outcome'] = 'rejected';
      return true;
    case 'approval':
    case 'handler':
      return completeTask(draft, hasExt, ctx);
    case 'delay': {
      const timer = timerOf(elementsAt(el, 'eventDefinitions')[0]);
      delete node['duration'];
      const until = asText(node['until']) as Record<string, unknown> | undefined;
      delete node['until'];
      if (timer?.kind === 'duration') node['duration'] = timer.body;
      else if (timer?.kind === 'date' && /^[A-Za-z][A-Za-z0-9_]*$/.test(timer.body)) node['until'] = { ...(until ?? {}), field: timer.body };
      else {
        sink.element(el, 'bpmn/unsupported-timer', `has a timer Baton cannot wait for ("${timer?.body ?? ''}"): use a duration such as P2D, or a date field of the form`, `的定时器无法使用（"${timer?.body ?? ''}"）：请使用时长（如 P2D）或表单中的日期字段`);
        return false;
      }
      return true;
    }
    case 'subflow': {
      const called = stringAt(el, 'calledElement') ?? '';
      const key = isKey(called) ? called : toKey(called);
      if (key === '') {
        sink.element(el, 'bpmn/no-called-element', 'names no workflow to call (calledElement)', '未指定要调用的流程（calledElement）');
        return false;
      }
      if (key !== called) sink.element(el, 'bpmn/renamed-reference', `calls "${called}": Baton workflow keys are lower-case, so it calls "${key}"`, `调用 "${called}"：Baton 流程键为小写，按 "${key}" 调用`, 'warning');
      node['flow'] = key;
      return true;
    }
    default:
      return true;
  }
}

function completeTask(draft: NodeDraft, hasExt: boolean, ctx: NodeImportContext): boolean {
  const { el, node } = draft;
  const { sink } = ctx;
  // Assignees: the extension's, unless the potentialOwner was edited to name someone else.
  const owners = elementsAt(el, 'resources').find((r) => r.$type === 'bpmn:PotentialOwner');
  const ownerText = stringAt(elementAt(elementAt(owners, 'resourceAssignmentExpression'), 'expression'), 'body');
  const extRules = Array.isArray(node['assignees']) ? (node['assignees'] as Parameters<typeof formatOwners>[0]) : undefined;
  if (!hasExt) {
    const rules = plainAssignees(el, ctx.vendorPrefixes, sink);
    if (!rules) return false;
    node['assignees'] = rules;
  } else if (ownerText !== undefined && extRules !== undefined && ownerText.trim() !== formatOwners(extRules)) {
    const parsed = parseOwners(ownerText);
    if (parsed && parsed.users.length + parsed.groups.length > 0) node['assignees'] = rulesOf(parsed, (g) => g);
  }

  // Mode: the multi-instance marker wins when it contradicts the extension.
  const mi = elementAt(el, 'loopCharacteristics');
  const mode = typeof node['mode'] === 'string' ? node['mode'] : undefined;
  if (mi) {
    if (mi['isSequential'] === true) {
      if (mode !== 'sequential') setMode(node, 'sequential');
    } else if (mode !== 'all' && mode !== 'vote') setMode(node, 'all');
    if (!hasExt && elementAt(mi, 'completionCondition')) {
      sink.element(el, 'bpmn/ignored', 'has a completion condition, which is ignored: every assignee acts (set a vote ratio in the designer)', '的完成条件已忽略：所有处理人都需处理（可在设计器中设置票签比例）', 'warning');
    }
  } else if (mode !== undefined && mode !== 'any') {
    setMode(node, 'any');
  }

  const timeouts = importTimeouts(ctx.boundaries.get(el.id ?? '') ?? [], ctx.outgoing, sink);
  if (!timeouts) return false;
  if (timeouts.length > 0) node['timeouts'] = timeouts;
  else if (!Array.isArray(node['timeouts']) || (node['timeouts'] as unknown[]).length > 0) delete node['timeouts'];
  return true;
}

function setMode(node: Record<string, unknown>, mode: string): void {
  node['mode'] = mode;
  if (mode !== 'vote') delete node['passRatio'];
}

