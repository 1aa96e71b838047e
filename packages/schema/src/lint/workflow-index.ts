// A defensive index over a workflow for lint. Lint runs after the schema passed, but is also a
// public function that must never throw on arbitrary JSON, so everything is read through guards
// here once, and the rules work on this typed view. Lookups use Maps (never plain objects), so
// keys such as "__proto__" are data, not prototype access.

export type Json = Record<string, unknown>;

export interface LintNode {
  index: number;
  id: string;
  type: string;
  raw: Json;
}

export interface LintEdge {
  index: number;
  from: string;
  to: string;
  raw: Json;
}

export interface LintField {
  /** Pointer of the field, such as /form/fields/2 or /form/fields/4/columns/1. */
  pointer: string;
  key: string;
  type: string;
  raw: Json;
  /** Columns of a detail table. */
  columns: LintField[];
}

export interface WorkflowIndex {
  def: Json;
  nodes: LintNode[];
  edges: LintEdge[];
  /** First node with each id. */
  nodeById: Map<string, LintNode>;
  /** Edges whose both ends are known nodes, by node id. */
  outgoing: Map<string, LintEdge[]>;
  incoming: Map<string, LintEdge[]>;
  /** Top-level form fields (columns hang under their table). */
  fields: LintField[];
  /** First top-level field with each key. */
  fieldByKey: Map<string, LintField>;
  variables: Set<string>;
}

export function isJson(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function arrayOf(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

export function indexWorkflow(def: unknown): WorkflowIndex {
  const d: Json = isJson(def) ? def : {};
  const nodes: LintNode[] = [];
  arrayOf(d.nodes).forEach((raw, index) => {
    if (isJson(raw) && typeof raw.id === 'string' && typeof raw.type === 'string') {
      nodes.push({ index, id: raw.id, type: raw.type, raw });
    }
  });
  const edges: LintEdge[] = [];
  arrayOf(d.edges).forEach((raw, index) => {
    if (isJson(raw) && typeof raw.from === 'string' && typeof raw.to === 'string') {
      edges.push({ index, from: raw.from, to: raw.to, raw });
    }
  });
  const nodeById = new Map<string, LintNode>();
  for (const n of nodes) if (!nodeById.has(n.id)) nodeById.set(n.id, n);
  const outgoing = new Map<string, LintEdge[]>();
  const incoming = new Map<string, LintEdge[]>();
  for (const n of nodeById.keys()) {
    outgoing.set(n, []);
    incoming.set(n, []);
  }
  for (const e of edges) {
    if (nodeById.has(e.from) && nodeById.has(e.to)) {
      outgoing.get(e.from)!.push(e);
      incoming.get(e.to)!.push(e);
    }
  }
  const form = isJson(d.form) ? d.form : {};
  const fields = fieldsAt(form.fields, '/form/fields', true);
  const fieldByKey = new Map<string, LintField>();
  for (const f of fields) if (!fieldByKey.has(f.key)) fieldByKey.set(f.key, f);
  const variables = new Set(isJson(d.variables) ? Object.keys(d.variables) : []);
  return { def: d, nodes, edges, nodeById, outgoing, incoming, fields, fieldByKey, variables };
}

/** Reads a list of form fields (and, one level down, detail-table columns). */
export function fieldsAt(list: unknown, pointer: string, withColumns: boolean): LintField[] {
  const out: LintField[] = [];
  arrayOf(list).forEach((raw, i) => {
    if (!isJson(raw) || typeof raw.key !== 'string' || typeof raw.type !== 'string') return;
    const at = `${pointer}/${i}`;
    const columns = withColumns && raw.type === 'detail-table' ? fieldsAt(raw.columns, `${at}/columns`, false) : [];
    out.push({ pointer: at, key: raw.key, type: raw.type, raw, columns });
  });
  return out;
}

/** A name quoted for an English message. */
export function q(name: string): string {
  return `'${name}'`;
}

/** A name quoted for a Chinese message. */
export function qz(name: string): string {
  return `「${name}」`;
}
