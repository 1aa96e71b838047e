// BPMN sequence flows -> Baton edges: CEL conditions (any other language is refused, naming the
// flow), the gateway's default flow as the default edge, names as labels, and the <baton:edge>
// extension for what BPMN has no place for. Merges and no-op gateways of plain BPMN are then
// dissolved: Baton lets exclusive paths meet at any node, so their flows go straight on.
import type { Edge } from '@baton/schema';
import { CEL_LANGUAGE } from './bpmn-namespaces.ts';
import type { ProblemSink } from './bpmn-problems.ts';
import { mergeName, type Lang } from './bpmn-vocabulary.ts';
import { isNodeId } from './baton-names.ts';
import type { NodeDraft } from './import-nodes.ts';
import { elementAt, stringAt, type ModdleElement } from './moddle-reader.ts';
import { readExtension } from './read-extension.ts';

export interface FlowImportContext {
  sink: ProblemSink;
  lang: Lang;
  /** Imported nodes by BPMN id. */
  drafts: ReadonlyMap<string, NodeDraft>;
  /** <bpmn:definitions expressionLanguage> when written (BPMN's XPath default is not assumed). */
  defaultLanguage: string | undefined;
}

const CEL_NAMES = new Set([CEL_LANGUAGE, 'https://github.com/google/cel-spec', 'urn:cel']);

export function importFlows(flows: readonly ModdleElement[], ctx: FlowImportContext): Edge[] {
  const edges: Edge[] = [];
  for (const f of flows) {
    const edge = importFlow(f, ctx);
    if (edge) edges.push(edge);
  }
  return edges;
}

function importFlow(f: ModdleElement, ctx: FlowImportContext): Edge | undefined {
  const { sink } = ctx;
  const ext = readExtension(f, 'baton:Edge', sink);
  if (ext === null) return undefined;
  const expr = elementAt(f, 'conditionExpression');
  const body = stringAt(expr, 'body');
  const hasCondition = expr !== undefined && body !== undefined && body.trim() !== '';
  if (hasCondition) {
    const language = stringAt(expr, 'language') ?? ctx.defaultLanguage;
    if (!isCel(language, body)) {
      const what = language !== undefined ? `a condition in ${language}` : `a ${/^\s*=/.test(body) ? 'FEEL' : 'JUEL'} condition "${body.trim()}"`;
      sink.element(
        f,
        'bpmn/unsupported-condition',
        `has ${what}: Baton conditions are CEL (language="cel"), such as amount > 50000 && discount_rate > 10`,
        `的条件不是 CEL（${language ?? body.trim()}）：Baton 条件须为 CEL（language="cel"），例如 amount > 50000 && discount_rate > 10`,
      );
      return undefined;
    }
  }
  const source = elementAt(f, 'sourceRef');
  const target = elementAt(f, 'targetRef');
  const from = source?.id === undefined ? undefined : ctx.drafts.get(source.id);
  const to = target?.id === undefined ? undefined : ctx.drafts.get(target.id);
  // A flow touching a refused element: that element's problem already explains it.
  if (!from || !to) return undefined;

  const { from: _f, to: _t, id: extId, label: extLabel, ...rest } = ext?.json ?? {};
  const edge: Record<string, unknown> = { ...rest, from: from.node.id, to: to.node.id };
  if (ext && Object.hasOwn(ext.json, 'id')) {
    if (typeof extId === 'string') edge['id'] = extId;
  } else if (f.id !== undefined && isNodeId(f.id)) {
    edge['id'] = f.id;
  }
  const label = mergeName(typeof extLabel === 'object' && extLabel !== null ? (extLabel as { en?: string }) : undefined, f.name, ctx.lang);
  if (label) edge['label'] = label;
  if (elementAt(source, 'default') === f) edge['default'] = true;

  if (hasCondition) {
    const branch = from.node.type === 'exclusive' || from.node.type === 'inclusive';
    if (!branch) {
      sink.element(f, 'bpmn/unsupported-condition', 'has a condition but does not leave a gateway: in Baton only branches have conditions, so put an exclusive gateway before it', '带条件但不是从网关引出：Baton 中只有分支可以带条件，请在其前面加一个排他网关');
      return undefined;
    }
    edge['condition'] = ext ? body : body.trim();
  }
  return edge as unknown as Edge;
}

function isCel(language: string | undefined, body: string): boolean {
  if (language === undefined) return !/^\s*([$#]\{|=)/.test(body);
  return CEL_NAMES.has(language.trim().toLowerCase());
}

/** Removes pass-through nodes, sending their incoming flows straight to where they lead. */
export function dissolvePassThrough(drafts: NodeDraft[], edges: Edge[]): { nodes: NodeDraft[]; edges: Edge[] } {
  let nodes = drafts;
  let out = edges;
  for (;;) {
    const p = nodes.find((d) => {
      const outs = d.passThrough ? out.filter((e) => e.from === d.node.id) : [];
      return outs.length === 1 && outs[0]!.to !== d.node.id;
    });
    if (!p) return { nodes, edges: out };
    const id = p.node.id;
    const next = out.find((e) => e.from === id)!;
    out = out.filter((e) => e !== next).map((e) => (e.to === id ? { ...e, to: next.to } : e));
    nodes = nodes.filter((d) => d !== p);
  }
}
