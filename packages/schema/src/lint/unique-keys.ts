// Ids and keys that others refer to must be unique: node ids (edges, layout, diffs, analytics),
// edge ids (diffs), form field keys (CEL variables, data), and column keys within a table.
import { problem, type Problem } from '../problem.ts';
import { arrayOf, isJson, q, qz, type LintField, type WorkflowIndex } from './workflow-index.ts';

export function lintUniqueKeys(ix: WorkflowIndex, out: Problem[]): void {
  const nodeIds = new Set<string>();
  for (const n of ix.nodes) {
    if (nodeIds.has(n.id)) {
      out.push(
        problem(`/nodes/${n.index}/id`, 'lint/duplicate-node-id', `node id ${q(n.id)} is used twice`, `节点 id${qz(n.id)}重复`),
      );
    }
    nodeIds.add(n.id);
  }
  const edgeIds = new Set<string>();
  arrayOf(ix.def.edges).forEach((e, i) => {
    if (!isJson(e) || typeof e.id !== 'string') return;
    if (edgeIds.has(e.id)) {
      out.push(problem(`/edges/${i}/id`, 'lint/duplicate-edge-id', `edge id ${q(e.id)} is used twice`, `连线 id${qz(e.id)}重复`));
    }
    edgeIds.add(e.id);
  });
  lintFieldKeys(ix.fields, out);
}

/** Duplicate keys among fields, and among the columns of each detail table. */
export function lintFieldKeys(fields: readonly LintField[], out: Problem[]): void {
  uniqueAmong(fields, 'form field', '表单字段', out);
  for (const f of fields) if (f.columns.length > 0) uniqueAmong(f.columns, `column of ${q(f.key)}`, `${qz(f.key)}的列`, out);
}

function uniqueAmong(fields: readonly LintField[], what: string, whatZh: string, out: Problem[]): void {
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.key)) {
      out.push(
        problem(`${f.pointer}/key`, 'lint/duplicate-field-key', `${what} key ${q(f.key)} is used twice`, `${whatZh}键${qz(f.key)}重复`),
      );
    }
    seen.add(f.key);
  }
}
