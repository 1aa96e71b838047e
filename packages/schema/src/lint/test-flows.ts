// Builds small workflows for lint tests from a compact description: nodes as "id:type" and edges
// as "from>to". Edges leaving exclusive/inclusive nodes get a condition, except the first, which
// becomes the default. Tests only (not exported from the package).
import type { BatonWorkflowDefinition } from '../generated/types.ts';

const TASKS = new Set(['approval', 'handler', 'cc']);

export function flow(nodes: string, edges: string): BatonWorkflowDefinition {
  const list = nodes.split(/\s+/).filter(Boolean).map((s) => {
    const [id, type] = s.split(':') as [string, string];
    return TASKS.has(type) ? { id, type, assignees: [{ type: 'initiator' }] } : { id, type };
  });
  const types = new Map(list.map((n) => [n.id, n.type]));
  const seen = new Map<string, number>();
  const edgeList = edges.split(/\s+/).filter(Boolean).map((s) => {
    const [from, to] = s.split('>') as [string, string];
    if (types.get(from) !== 'exclusive' && types.get(from) !== 'inclusive') return { from, to };
    const n = seen.get(from) ?? 0;
    seen.set(from, n + 1);
    return n === 0 ? { from, to, default: true } : { from, to, condition: `amount > ${n}000.0` };
  });
  return {
    key: 'test-flow',
    name: { en: 'Test flow' },
    form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' } }] },
    nodes: list,
    edges: edgeList,
  } as BatonWorkflowDefinition;
}
