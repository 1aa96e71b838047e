// Size limits, for lint called on a definition the schema has not seen (the schema has the same
// caps; expression length and depth are CEL_LIMITS, checked with each expression).
import { problem, type Problem } from '../problem.ts';
import { arrayOf, type WorkflowIndex } from './workflow-index.ts';

export const WORKFLOW_LIMITS = { maxNodes: 1000, maxEdges: 2000 } as const;

export function lintLimits(ix: WorkflowIndex, out: Problem[]): void {
  const nodes = arrayOf(ix.def.nodes).length;
  const edges = arrayOf(ix.def.edges).length;
  if (nodes > WORKFLOW_LIMITS.maxNodes) {
    out.push(problem('/nodes', 'lint/too-many-nodes', `${nodes} nodes; at most ${WORKFLOW_LIMITS.maxNodes}`, `节点数 ${nodes}，最多 ${WORKFLOW_LIMITS.maxNodes}`));
  }
  if (edges > WORKFLOW_LIMITS.maxEdges) {
    out.push(problem('/edges', 'lint/too-many-edges', `${edges} edges; at most ${WORKFLOW_LIMITS.maxEdges}`, `连线数 ${edges}，最多 ${WORKFLOW_LIMITS.maxEdges}`));
  }
}
