// BPMN 2.0 XML -> Baton definition. The text is guarded (size, no DTDs), read against the BPMN
// meta-model, then turned into a definition: a Baton export's extensions restore everything
// exactly; plain BPMN imports with sensible defaults; anything outside the shared subset is
// refused with one problem per element. The result is validated like any definition and comes
// back in canonical key order. Never throws on any input.
import { formatDocument, validateWorkflow, type BatonWorkflowDefinition, type Edge } from '@baton/schema';
import { EXTENSION_VERSION, VENDOR_NS } from './bpmn-namespaces.ts';
import { createLocator, createProblemSink, type BpmnProblem, type ProblemSink } from './bpmn-problems.ts';
import { mergeName, textFromName, type Lang } from './bpmn-vocabulary.ts';
import { isKey, isNodeId, toKey, toNodeId } from './baton-names.ts';
import { dissolvePassThrough, importFlows } from './import-flows.ts';
import { plainForm } from './import-form.ts';
import { importLayout, type LayoutResidue } from './import-layout.ts';
import { importNode, type NodeDraft } from './import-nodes.ts';
import { elementAt, elementsAt, readModdle, stringAt, type ModdleElement } from './moddle-reader.ts';
import { documentationOf, readExtension } from './read-extension.ts';
import { guardXml } from './xml-guard.ts';

export interface FromBpmnOptions {
  /** The workflow key (default: the Baton export's key, else derived from the process id). */
  key?: string;
}

/** Checked<BatonWorkflowDefinition>, whose problems may carry the line and column in the BPMN text. */
export type BpmnImport = { ok: true; value: BatonWorkflowDefinition; problems: BpmnProblem[] } | { ok: false; problems: BpmnProblem[] };

/** Elements that only document a drawing: read past without a word. */
const DRAWING_ONLY = new Set(['bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group']);
const STRUCTURAL = ['nodes', 'edges', 'form', 'settings', 'layout'];

export async function fromBpmn(xml: unknown, options: FromBpmnOptions = {}): Promise<BpmnImport> {
  let sink = createProblemSink(createLocator(''));
  const text = guardXml(xml, sink, createLocator);
  if (text === undefined) return { ok: false, problems: sink.problems };
  sink = createProblemSink(createLocator(text));
  const root = await readModdle(text, sink);
  if (!root || sink.hasErrors()) return { ok: false, problems: sink.problems };
  const process = pickProcess(root, sink);
  if (!process) return { ok: false, problems: sink.problems };
  const def = buildDefinition(root, process, options, sink);
  if (!def || sink.hasErrors()) return { ok: false, problems: inDocumentOrder(sink.problems) };

  const canonical = JSON.parse(formatDocument(def)) as unknown;
  const checked = validateWorkflow(canonical);
  const problems = [...inDocumentOrder(sink.problems), ...checked.problems];
  return checked.ok ? { ok: true, value: checked.value, problems } : { ok: false, problems };
}

/** The one process to import. Pools with message flows, or several processes, are refused. */
function pickProcess(root: ModdleElement, sink: ProblemSink): ModdleElement | undefined {
  const roots = elementsAt(root, 'rootElements');
  const processes = roots.filter((r) => r.$type === 'bpmn:Process');
  for (const collab of roots.filter((r) => r.$type === 'bpmn:Collaboration' || r.$type === 'bpmn:Choreography')) {
    if (collab.$type === 'bpmn:Choreography') {
      sink.element(collab, 'bpmn/unsupported-element', 'is not supported: Baton has no choreographies', '不受支持：Baton 没有编排图');
      continue;
    }
    for (const flow of elementsAt(collab, 'messageFlows')) {
      sink.element(flow, 'bpmn/unsupported-element', 'is not supported: Baton has no message flows between pools', '不受支持：Baton 没有池之间的消息流');
    }
    const participants = elementsAt(collab, 'participants');
    for (const extra of participants.slice(1)) {
      sink.element(extra, 'bpmn/unsupported-element', 'is not supported: Baton imports one pool (one process) per file', '不受支持：Baton 每个文件只导入一个池（一个流程）');
    }
  }
  const withContent = processes.filter((p) => elementsAt(p, 'flowElements').length > 0);
  const chosen = withContent[0] ?? processes[0];
  for (const extra of withContent.slice(1)) {
    sink.element(extra, 'bpmn/unsupported-element', 'is not supported: Baton imports one process per file', '不受支持：Baton 每个文件只导入一个流程');
  }
  if (!chosen) sink.add('bpmn/no-process', 'the file has no <bpmn:process>', '文件中没有 <bpmn:process>');
  return chosen;
}

function buildDefinition(root: ModdleElement, process: ModdleElement, options: FromBpmnOptions, sink: ProblemSink): Record<string, unknown> | undefined {
  const defExt = readExtension(process, 'baton:Definition', sink);
  const formExt = readExtension(process, 'baton:Form', sink);
  const settingsExt = readExtension(process, 'baton:Settings', sink);
  if (defExt === null || formExt === null || settingsExt === null) return undefined;
  const version = defExt ? stringAt(defExt.element, 'version') : undefined;
  if (version !== undefined && Number(version) > Number(EXTENSION_VERSION)) {
    sink.element(process, 'bpmn/extension-version', `was written by a newer Baton (extension version ${version}; this one reads ${EXTENSION_VERSION})`, `由更新版本的 Baton 导出（扩展版本 ${version}；当前支持 ${EXTENSION_VERSION}）`);
    return undefined;
  }
  const ext = defExt?.json ?? {};
  const own = isRecord(ext['definition']) ? { ...ext['definition'] } : {};
  for (const k of STRUCTURAL) delete own[k];
  const lang: Lang = ext['lang'] === 'zh-CN' ? 'zh-CN' : 'en';

  const elements = elementsAt(process, 'flowElements');
  for (const lane of elementsAt(process, 'laneSets').flatMap((s) => elementsAt(s, 'lanes'))) {
    sink.element(lane, 'bpmn/ignored', 'is ignored: lanes are drawing only in Baton; each task names its assignees', '已忽略：Baton 中泳道仅用于绘图；处理人由每个任务指定', 'warning');
  }
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  const boundaries = new Map<string, ModdleElement[]>();
  const nodeElements: ModdleElement[] = [];
  for (const el of elements) {
    if (el.$type === 'bpmn:SequenceFlow' || DRAWING_ONLY.has(el.$type)) continue;
    if (el.$type === 'bpmn:BoundaryEvent') {
      const host = elementAt(el, 'attachedToRef');
      const hostOk = host?.$type === 'bpmn:UserTask' || host?.$type === 'bpmn:ManualTask';
      if (!hostOk || host?.id === undefined) {
        sink.element(el, 'bpmn/unsupported-element', 'is not supported: only user and manual tasks may have boundary timers (their timeouts)', '不受支持：只有用户任务和手工任务可以带边界定时器（超时）');
      } else boundaries.set(host.id, [...(boundaries.get(host.id) ?? []), el]);
      continue;
    }
    nodeElements.push(el);
  }
  for (const artifact of elementsAt(process, 'artifacts')) {
    if (!DRAWING_ONLY.has(artifact.$type)) sink.element(artifact, 'bpmn/unsupported-element', 'is not supported', '不受支持');
  }

  const idOf = assignNodeIds(nodeElements, sink);
  const count = (key: 'sourceRef' | 'targetRef', id: string) => flows.filter((f) => elementAt(f, key)?.id === id).length;
  const vendorPrefixes = prefixesOf(root);
  const drafts: NodeDraft[] = [];
  for (const el of nodeElements) {
    const d = importNode(el, {
      sink,
      lang,
      vendorPrefixes,
      idOf: (b) => idOf.get(b) ?? b,
      boundaries,
      incoming: (id) => count('targetRef', id),
      outgoing: (id) => count('sourceRef', id),
    });
    if (d) drafts.push(d);
  }
  const byBpmnId = new Map(drafts.map((d) => [d.el.id ?? '', d]));
  const edges: Edge[] = importFlows(flows, { sink, lang, drafts: byBpmnId, defaultLanguage: Object.hasOwn(root, 'expressionLanguage') ? stringAt(root, 'expressionLanguage') : undefined });
  if (sink.hasErrors()) return undefined;
  const kept = dissolvePassThrough(drafts, edges);

  const ownKey = typeof own['key'] === 'string' ? own['key'] : undefined;
  const processKey = ownKey ?? (isKey(process.id ?? '') ? process.id : toKey(process.id ?? ''));
  const key = options.key ?? (processKey || 'imported-process');
  const name = mergeName(isRecord(own['name']) ? (own['name'] as { en?: string }) : undefined, process.name, lang) ?? textFromName(key);
  const description = mergeName(isRecord(own['description']) ? (own['description'] as { en?: string }) : undefined, documentationOf(process), lang);
  const startEl = nodeElements.find((e) => e.$type === 'bpmn:StartEvent');
  const keptIds = new Map([...idOf].filter(([, id]) => kept.nodes.some((d) => d.node.id === id)));
  const residue = isRecord(ext['layout']) ? (ext['layout'] as LayoutResidue) : undefined;
  const layout = importLayout(root, process, keptIds, residue);

  const def: Record<string, unknown> = {
    ...own,
    key,
    name,
    form: formExt ? formExt.json : plainForm(startEl, sink),
    nodes: kept.nodes.map((d) => d.node),
    edges: kept.edges,
  };
  if (description) def['description'] = description;
  else delete def['description'];
  if (settingsExt) def['settings'] = settingsExt.json;
  if (layout) def['layout'] = layout;
  return def;
}

/** Baton ids for the flow nodes: their BPMN ids when valid, else cleaned up (with a warning). */
function assignNodeIds(elements: readonly ModdleElement[], sink: ProblemSink): Map<string, string> {
  const taken = new Set(elements.map((e) => e.id ?? '').filter(isNodeId));
  const out = new Map<string, string>();
  for (const el of elements) {
    const bpmnId = el.id ?? '';
    if (isNodeId(bpmnId)) {
      out.set(bpmnId, bpmnId);
      continue;
    }
    let id = toNodeId(bpmnId || 'node');
    for (let n = 2; taken.has(id); n++) id = `${toNodeId(bpmnId || 'node').slice(0, 60)}_${n}`;
    taken.add(id);
    out.set(bpmnId, id);
    if (bpmnId !== '') sink.element(el, 'bpmn/renamed-id', `is read as node "${id}": Baton node ids are letters, digits, "_" and "-"`, `按节点 "${id}" 读取：Baton 节点 id 只能包含字母、数字、"_" 和 "-"`, 'warning');
  }
  return out;
}

/** The prefixes the document binds to Camunda / Flowable / Activiti (moddle keeps their attributes under them). */
function prefixesOf(root: ModdleElement): string[] {
  const out = new Set<string>();
  for (const [attr, uri] of Object.entries(root.$attrs ?? {})) {
    const m = /^xmlns:(.+)$/.exec(attr);
    if (m && (VENDOR_NS as readonly string[]).includes(uri)) out.add(m[1]!);
  }
  for (const known of ['camunda', 'flowable', 'activiti']) out.add(known);
  return [...out];
}

/** Problems about the whole file first, then by line (a stable sort keeps the rest in order). */
function inDocumentOrder(problems: BpmnProblem[]): BpmnProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
