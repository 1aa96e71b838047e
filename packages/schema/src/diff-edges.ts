// Edge changes. An edge is the same edge across versions when it has the same id, else the same
// from->to; an unmatched removed and added edge leaving the same node with the same condition is
// the same branch re-pointed (edge-rewired); a default edge re-pointed is reported once, as the
// branch node's default-branch-changed. Edges leaving exclusive/inclusive nodes are "branches".
import type { WorkflowChange, WorkflowChangeKind } from './diff.ts';
import { sameJson } from './diff.ts';
import { nodesById } from './diff-nodes.ts';
import { both, nodeName, quote, showValue, textIn, type Lang } from './diff-words.ts';
import { arrayOf, isJson, type Json } from './lint/workflow-index.ts';

interface E {
  index: number;
  edge: Json;
  from: string;
  to: string;
  key: string;
}

function edgesOf(doc: Json): E[] {
  const out: E[] = [];
  arrayOf(doc.edges).forEach((edge, index) => {
    if (!isJson(edge) || typeof edge.from !== 'string' || typeof edge.to !== 'string') return;
    const key = typeof edge.id === 'string' ? edge.id : `${edge.from}->${edge.to}`;
    out.push({ index, edge, from: edge.from, to: edge.to, key });
  });
  return out;
}

const BRANCH_TYPES = new Set(['exclusive', 'inclusive']);

export function diffEdges(a: Json, b: Json): WorkflowChange[] {
  const nodesA = new Map([...nodesById(a)].map(([id, x]) => [id, x.node]));
  const nodesB = new Map([...nodesById(b)].map(([id, x]) => [id, x.node]));
  const before = edgesOf(a);
  const after = edgesOf(b);
  const pairs: Array<[E, E]> = [];
  const matchedA = new Set<E>();
  const matchedB = new Set<E>();
  const match = (same: (x: E, y: E) => boolean) => {
    for (const y of after) {
      if (matchedB.has(y)) continue;
      const x = before.find((x) => !matchedA.has(x) && same(x, y));
      if (x) {
        pairs.push([x, y]);
        matchedA.add(x);
        matchedB.add(y);
      }
    }
  };
  const idOf = (e: E) => (typeof e.edge.id === 'string' ? e.edge.id : undefined);
  match((x, y) => idOf(x) !== undefined && idOf(x) === idOf(y));
  match((x, y) => (idOf(x) === undefined || idOf(y) === undefined) && x.from === y.from && x.to === y.to);
  const unkeyed = (x: E, y: E) => idOf(x) === undefined || idOf(y) === undefined;
  match((x, y) => unkeyed(x, y) && x.from === y.from && x.edge.condition !== undefined && sameJson(x.edge.condition, y.edge.condition));
  match((x, y) => unkeyed(x, y) && x.from === y.from && x.edge.default === true && y.edge.default === true);

  const out: WorkflowChange[] = [];
  const name = (nodes: Map<string, Json>, id: string, l: Lang) => quote(nodeName(nodes.get(id), id, l), l);
  const isBranch = (nodes: Map<string, Json>, e: E) => BRANCH_TYPES.has(String(nodes.get(e.from)?.type));
  const branchName = (e: E, l: Lang) => textIn(e.edge.label, l) ?? (typeof e.edge.condition === 'string' ? e.edge.condition : undefined);
  const push = (kind: WorkflowChangeKind, e: E, pointer: string, summary: (l: Lang) => string, was?: unknown, now?: unknown) => {
    const c: WorkflowChange = { kind, target: { type: 'edge', id: e.key }, pointer, summary: both(summary) };
    if (was !== undefined) c.before = was;
    if (now !== undefined) c.after = now;
    out.push(c);
  };
  const describe = (e: E, nodes: Map<string, Json>, l: Lang) => {
    const n = branchName(e, l);
    const label = n !== undefined ? (l === 'en' ? `branch '${n}'` : `分支「${n}」`) : e.edge.default === true ? (l === 'en' ? 'default branch' : '默认分支') : l === 'en' ? 'branch' : '分支';
    return l === 'en' ? `${label} from ${name(nodes, e.from, l)} to ${name(nodes, e.to, l)}` : `从${name(nodes, e.from, l)}到${name(nodes, e.to, l)}的${label}`;
  };

  for (const [x, y] of pairs) {
    const at = `/edges/${y.index}`;
    const defaultMoved = x.from === y.from && x.edge.default === true && y.edge.default === true;
    if ((x.from !== y.from || x.to !== y.to) && !defaultMoved) {
      push('edge-rewired', y, at, (l) =>
        l === 'en'
          ? `${describe(x, nodesA, l)} now goes from ${name(nodesB, y.from, l)} to ${name(nodesB, y.to, l)}`
          : `${describe(x, nodesA, l)}改为从${name(nodesB, y.from, l)}到${name(nodesB, y.to, l)}`, { from: x.from, to: x.to }, { from: y.from, to: y.to });
    }
    if (!sameJson(x.edge.condition, y.edge.condition)) {
      const cond = (c: unknown, l: Lang) => (typeof c === 'string' ? c : l === 'en' ? 'no condition' : '无条件');
      push('condition-changed', y, `${at}/condition`, (l) =>
        l === 'en'
          ? `the ${isBranch(nodesB, y) ? 'branch' : 'edge'} from ${name(nodesB, y.from, l)} to ${name(nodesB, y.to, l)} now applies when ${cond(y.edge.condition, l)} (was ${cond(x.edge.condition, l)})`
          : `从${name(nodesB, y.from, l)}到${name(nodesB, y.to, l)}的分支条件现在为 ${cond(y.edge.condition, l)}（原为 ${cond(x.edge.condition, l)}）`, x.edge.condition, y.edge.condition);
    }
    if (!sameJson(x.edge.priority, y.edge.priority)) {
      push('priority-changed', y, `${at}/priority`, (l) =>
        l === 'en'
          ? `${describe(y, nodesB, l)} now has priority ${showValue(y.edge.priority, l)} (was ${showValue(x.edge.priority, l)})`
          : `${describe(y, nodesB, l)}的优先级现在为 ${showValue(y.edge.priority, l)}（原为 ${showValue(x.edge.priority, l)}）`, x.edge.priority, y.edge.priority);
    }
    for (const prop of ['label', 'id'] as const) {
      if (sameJson(x.edge[prop], y.edge[prop])) continue;
      push('edge-changed', y, `${at}/${prop}`, (l) =>
        l === 'en'
          ? `${describe(y, nodesB, l)}: ${prop} is now ${showValue(y.edge[prop], l)} (was ${showValue(x.edge[prop], l)})`
          : `${describe(y, nodesB, l)}：${prop === 'label' ? '名称' : 'id'}现在为 ${showValue(y.edge[prop], l)}（原为 ${showValue(x.edge[prop], l)}）`, x.edge[prop], y.edge[prop]);
    }
  }
  for (const y of after) {
    if (matchedB.has(y)) continue;
    const branch = isBranch(nodesB, y);
    push(branch ? 'branch-added' : 'edge-added', y, `/edges/${y.index}`, (l) => {
      if (!branch) return l === 'en' ? `${name(nodesB, y.from, l)} now leads to ${name(nodesB, y.to, l)}` : `新增连线：${name(nodesB, y.from, l)} → ${name(nodesB, y.to, l)}`;
      const n = branchName(y, l);
      const what = n !== undefined ? (l === 'en' ? `branch '${n}'` : `分支「${n}」`) : y.edge.default === true ? (l === 'en' ? 'default branch' : '默认分支') : l === 'en' ? 'branch' : '分支';
      return l === 'en' ? `${what} added from ${name(nodesB, y.from, l)} to ${name(nodesB, y.to, l)}` : `新增从${name(nodesB, y.from, l)}到${name(nodesB, y.to, l)}的${what}`;
    }, undefined, y.edge);
  }
  for (const x of before) {
    if (matchedA.has(x)) continue;
    const branch = isBranch(nodesA, x);
    push(branch ? 'branch-removed' : 'edge-removed', x, `/edges/${x.index}`, (l) => {
      if (!branch) return l === 'en' ? `${name(nodesA, x.from, l)} no longer leads to ${name(nodesA, x.to, l)}` : `删除连线：${name(nodesA, x.from, l)} → ${name(nodesA, x.to, l)}`;
      return l === 'en' ? `${describe(x, nodesA, l)} removed` : `删除了${describe(x, nodesA, l)}`;
    }, x.edge);
  }
  out.push(...diffDefaults(before, after, nodesA, nodesB));
  return out;
}

// One change per branch node whose default edge now points elsewhere (or appeared/vanished).
function diffDefaults(before: E[], after: E[], nodesA: Map<string, Json>, nodesB: Map<string, Json>): WorkflowChange[] {
  const defaults = (edges: E[]) => {
    const m = new Map<string, E>();
    for (const e of edges) if (e.edge.default === true && !m.has(e.from)) m.set(e.from, e);
    return m;
  };
  const da = defaults(before);
  const db = defaults(after);
  const out: WorkflowChange[] = [];
  for (const from of new Set([...da.keys(), ...db.keys()])) {
    const x = da.get(from);
    const y = db.get(from);
    if (x && y && x.to === y.to) continue;
    const nodes = y ? nodesB : nodesA;
    const n = (id: string, m: Map<string, Json>, l: Lang) => quote(nodeName(m.get(id), id, l), l);
    const summary = (l: Lang) => {
      const branch = n(from, nodes, l);
      if (x && y) return l === 'en' ? `the default branch of ${branch} now goes to ${n(y.to, nodesB, l)} instead of ${n(x.to, nodesA, l)}` : `${branch}的默认分支现在通往${n(y.to, nodesB, l)}，原为${n(x.to, nodesA, l)}`;
      if (y) return l === 'en' ? `${branch} now has a default branch to ${n(y.to, nodesB, l)}` : `${branch}新增默认分支，通往${n(y.to, nodesB, l)}`;
      return l === 'en' ? `${branch} no longer has a default branch` : `${branch}不再有默认分支`;
    };
    const c: WorkflowChange = {
      kind: 'default-branch-changed',
      target: { type: 'edge', id: (y ?? x)!.key },
      pointer: y ? `/edges/${y.index}/default` : `/edges/${x!.index}/default`,
      summary: both(summary),
    };
    if (x) c.before = x.to;
    if (y) c.after = y.to;
    out.push(c);
  }
  return out;
}
