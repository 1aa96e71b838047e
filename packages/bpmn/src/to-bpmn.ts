// Baton definition -> BPMN 2.0 XML. The definition is validated first (a broken definition is
// refused with its problems, not half-exported). The process carries the definition's own data,
// its form and its settings in Baton extension elements; each node and edge carries what BPMN has
// no words for; BPMNDI draws the layout. fromBpmn reads all of it back exactly.
import { validateWorkflow, type BatonWorkflowDefinition, type Problem } from '@baton/schema';
import { EXTENSION_VERSION, NS } from './bpmn-namespaces.ts';
import { displayText, type Lang } from './bpmn-vocabulary.ts';
import { compactJson } from './compact-json.ts';
import { exportDiagram } from './export-diagram.ts';
import { exportFlows } from './export-flows.ts';
import { createIdAllocator } from './export-ids.ts';
import { exportNode, type ExportedNode } from './export-nodes.ts';
import { joinKinds } from './join-kinds.ts';
import { renderXml, type XmlElement } from './xml-writer.ts';

export interface ToBpmnOptions {
  /** The language of the names BPMN tools show (both languages travel in the extensions). Default en. */
  lang?: Lang;
}

export interface BpmnExport {
  /** The BPMN document, or "" when the definition has errors. */
  xml: string;
  problems: Problem[];
}

/** The exporter's name and version, written on <bpmn:definitions>. */
export const EXPORTER = { name: 'Baton', version: '0.1.0' } as const;

export function toBpmn(definition: BatonWorkflowDefinition, options: ToBpmnOptions = {}): BpmnExport {
  const checked = validateWorkflow(definition);
  if (!checked.ok) return { xml: '', problems: checked.problems };
  const def = checked.value;
  const lang = options.lang ?? 'en';
  const problems: Problem[] = [...checked.problems];

  const ids = createIdAllocator(def.nodes.map((n) => n.id));
  const processId = ids.take(def.key);
  const flows = exportFlows(def, ids, lang);
  const kinds = joinKinds(def);
  const exported: Array<ExportedNode & { id: string }> = def.nodes.map((node) => ({
    id: node.id,
    ...exportNode(node, {
      lang,
      joinKinds: kinds,
      incoming: flows.incoming,
      outgoing: flows.outgoing,
      defaultFlow: flows.defaultFlow,
      takeId: (p) => ids.take(p),
    }),
  }));
  const diagram = exportDiagram({
    def,
    processId,
    nodes: exported.map((n) => ({ id: n.id, tag: n.tag, boundaries: n.boundaries.map((b) => b.id) })),
    flowIds: flows.ids,
    ids,
  });
  problems.push(...diagram.problems);

  const { nodes: _n, edges: _e, form, settings, layout: _l, ...own } = def;
  const definitionExt: Record<string, unknown> = { definition: own };
  if (Object.keys(diagram.residue).length > 0) definitionExt['layout'] = diagram.residue;
  if (lang !== 'en') definitionExt['lang'] = lang;
  const processExt: XmlElement[] = [
    { name: 'baton:definition', attrs: { version: EXTENSION_VERSION }, text: compactJson(definitionExt) },
    { name: 'baton:form', text: compactJson(form) },
  ];
  if (settings !== undefined) processExt.push({ name: 'baton:settings', text: compactJson(settings) });

  const description = displayText(def.description, lang);
  const process: XmlElement = {
    name: 'bpmn:process',
    attrs: { id: processId, name: displayText(def.name, lang), isExecutable: 'true' },
    children: [
      ...(description !== undefined ? [{ name: 'bpmn:documentation', text: description }] : []),
      { name: 'bpmn:extensionElements', children: processExt },
      ...exported.map((n) => n.element),
      ...exported.flatMap((n) => n.boundaries.map((b) => b.element)),
      ...flows.elements,
    ],
  };
  const root: XmlElement = {
    name: 'bpmn:definitions',
    attrs: {
      'xmlns:bpmn': NS.bpmn,
      'xmlns:bpmndi': NS.bpmndi,
      'xmlns:dc': NS.dc,
      'xmlns:di': NS.di,
      'xmlns:xsi': NS.xsi,
      'xmlns:baton': NS.baton,
      id: ids.take(`${def.key}.definitions`),
      targetNamespace: `https://baton.dev/workflows/${def.key}`,
      exporter: EXPORTER.name,
      exporterVersion: EXPORTER.version,
    },
    children: [process, diagram.element],
  };
  return { xml: renderXml(root), problems };
}
