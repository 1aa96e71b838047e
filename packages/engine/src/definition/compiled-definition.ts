// What the engine derives once per definition: node and field lookups, outgoing edges in the
// order branches try them, and compiled CEL. Cached on the engine (a WeakMap keyed by the
// definition object), so definitions must not be mutated after first use.
import { createCelEnvironment } from '@baton/schema';
import type { BatonWorkflowDefinition, CelEnvironment, Edge, Field, Node, Settings, StartNode } from '@baton/schema';

export type CompiledExpression = (context: Record<string, unknown>) => unknown;

export interface CompiledDefinition {
  readonly definition: BatonWorkflowDefinition;
  readonly nodes: ReadonlyMap<string, Node>;
  /** Outgoing edges by node: by `priority` (lower first), then file order, default edges last. */
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  readonly start: StartNode | undefined;
  readonly fields: ReadonlyMap<string, Field>;
  readonly settings: Settings;
  /** Declared variables with their values. */
  readonly varDefaults: Readonly<Record<string, unknown>>;
  /** Compiles (once) a CEL expression; a string is the parse error. */
  expression(text: string): CompiledExpression | string;
}

export function compileDefinition(definition: BatonWorkflowDefinition): CompiledDefinition {
  const nodes = new Map<string, Node>();
  for (const n of definition.nodes ?? []) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const outgoing = new Map<string, Edge[]>();
  (definition.edges ?? []).forEach((e) => {
    const list = outgoing.get(e.from) ?? [];
    list.push(e);
    outgoing.set(e.from, list);
  });
  for (const [id, list] of outgoing) outgoing.set(id, sortEdges(list));
  const fields = new Map<string, Field>();
  for (const f of definition.form?.fields ?? []) fields.set(f.key, f);
  const varDefaults: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(definition.variables ?? {})) {
    Object.defineProperty(varDefaults, k, { value: v.value ?? null, enumerable: true, writable: true, configurable: true });
  }
  const start = (definition.nodes ?? []).find((n): n is StartNode => n.type === 'start');
  let cel: CelEnvironment | undefined;
  const expressions = new Map<string, CompiledExpression | string>();

  return {
    definition,
    nodes,
    outgoing,
    start,
    fields,
    settings: definition.settings ?? {},
    varDefaults,
    expression(text) {
      let compiled = expressions.get(text);
      if (compiled === undefined) {
        cel ??= createCelEnvironment(definition);
        try {
          const fn = cel.parse(text);
          compiled = (context) => fn(context);
        } catch (err) {
          compiled = err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err);
        }
        expressions.set(text, compiled);
      }
      return compiled;
    },
  };
}

function sortEdges(edges: Edge[]): Edge[] {
  return edges
    .map((edge, index) => ({ edge, index }))
    .sort((a, b) => {
      const da = a.edge.default ? 1 : 0;
      const db = b.edge.default ? 1 : 0;
      if (da !== db) return da - db;
      const pa = a.edge.priority ?? Number.MAX_SAFE_INTEGER;
      const pb = b.edge.priority ?? Number.MAX_SAFE_INTEGER;
      return pa !== pb ? pa - pb : a.index - b.index;
    })
    .map((x) => x.edge);
}
