// Which fork each join closes, so the join is written as a converging gateway of the same kind.
// A valid definition obeys the fork/join rule (packages/schema README), so walking back along any
// one incoming path and counting joins and forks finds the fork; the walk is bounded by the node
// count, so a broken graph ends the walk instead of looping.
import type { BatonWorkflowDefinition } from '@baton/schema';

export type ForkKind = 'parallel' | 'inclusive';

export function joinKinds(def: BatonWorkflowDefinition): Map<string, ForkKind> {
  const typeOf = new Map(def.nodes.map((n) => [n.id, n.type]));
  const firstSource = new Map<string, string>();
  for (const e of def.edges) if (!firstSource.has(e.to)) firstSource.set(e.to, e.from);
  const out = new Map<string, ForkKind>();
  for (const node of def.nodes) {
    if (node.type !== 'join') continue;
    let open = 1;
    let at = firstSource.get(node.id);
    for (let steps = 0; at !== undefined && steps <= def.nodes.length; steps++) {
      const type = typeOf.get(at);
      if (type === 'join') open++;
      if (type === 'parallel' || type === 'inclusive') {
        open--;
        if (open === 0) {
          out.set(node.id, type);
          break;
        }
      }
      at = firstSource.get(at);
    }
  }
  return out;
}
