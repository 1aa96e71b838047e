// Baton edges -> BPMN sequence flows: conditions as CEL conditionExpressions, the default edge of
// a branch as its gateway's `default`, labels as flow names; what BPMN has no place for (the
// bilingual label, the priority, an id BPMN could not keep) in a <baton:edge> extension.
import type { BatonWorkflowDefinition, Edge } from '@baton/schema';
import { CEL_LANGUAGE } from './bpmn-namespaces.ts';
import { displayText, type Lang } from './bpmn-vocabulary.ts';
import { compactJson } from './compact-json.ts';
import type { IdAllocator } from './export-ids.ts';
import { isXmlSafe, type XmlElement } from './xml-writer.ts';

export interface ExportedFlows {
  elements: XmlElement[];
  /** BPMN id of each edge, by edge index. */
  ids: string[];
  incoming: Map<string, string[]>;
  outgoing: Map<string, string[]>;
  defaultFlow: Map<string, string>;
}

export function exportFlows(def: BatonWorkflowDefinition, ids: IdAllocator, lang: Lang): ExportedFlows {
  const typeOf = new Map(def.nodes.map((n) => [n.id, n.type]));
  const flowIds = def.edges.map((e) => ids.take(e.id ?? `flow.${e.from}.${e.to}`));
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  const defaultFlow = new Map<string, string>();
  const push = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);

  const elements = def.edges.map((edge, i): XmlElement => {
    const id = flowIds[i]!;
    push(outgoing, edge.from, id);
    push(incoming, edge.to, id);
    const branch = typeOf.get(edge.from);
    const nativeDefault = edge.default === true && (branch === 'exclusive' || branch === 'inclusive') && !defaultFlow.has(edge.from);
    if (nativeDefault) defaultFlow.set(edge.from, id);
    // BPMN ignores a default flow's condition, and XML cannot hold every character a string can.
    const nativeCondition = edge.condition !== undefined && !nativeDefault && isXmlSafe(edge.condition);

    const children: XmlElement[] = [];
    const ext = edgeExtension(edge, id, nativeCondition, nativeDefault);
    if (Object.keys(ext).length > 0) {
      children.push({ name: 'bpmn:extensionElements', children: [{ name: 'baton:edge', text: compactJson(ext) }] });
    }
    if (nativeCondition) {
      children.push({
        name: 'bpmn:conditionExpression',
        attrs: { 'xsi:type': 'bpmn:tFormalExpression', language: CEL_LANGUAGE },
        text: edge.condition,
      });
    }
    return {
      name: 'bpmn:sequenceFlow',
      attrs: { id, name: displayText(edge.label, lang), sourceRef: edge.from, targetRef: edge.to },
      children,
    };
  });
  return { elements, ids: flowIds, incoming, outgoing, defaultFlow };
}

function edgeExtension(edge: Edge, bpmnId: string, nativeCondition: boolean, nativeDefault: boolean): Record<string, unknown> {
  const { id, from: _from, to: _to, condition, default: isDefault, ...rest } = edge;
  const ext: Record<string, unknown> = { ...rest };
  if (condition !== undefined && !nativeCondition) ext['condition'] = condition;
  if (isDefault !== undefined && !nativeDefault) ext['default'] = isDefault;
  // null: the Baton edge has no id (BPMN needed one); a string: BPMN had to use another id.
  if (id === undefined) ext['id'] = null;
  else if (id !== bpmnId) ext['id'] = id;
  return ext;
}
