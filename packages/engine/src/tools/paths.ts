// paths: every distinct way through a flow, for scenario coverage. Exclusive branches try each
// edge; inclusive branches each non-empty set of edges (each single edge and all of them when
// there are more than four); parallel forks all branches, one after another, then the join once.
// A node already on the way is not entered again, so loops end.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { compileDefinition, type CompiledDefinition } from '../definition/compiled-definition.ts';

interface Partial {
  seq: string[];
  /** The join this partial path stopped at (inside a fork), if any. */
  join?: string;
}

const MAX_PATHS = 1000;

export function paths(definition: BatonWorkflowDefinition, limit = MAX_PATHS): string[][] {
  const def = compileDefinition(definition);
  if (!def.start) return [];
  return walk(def, def.start.id, new Set(), limit)
    .filter((p) => p.join === undefined)
    .slice(0, limit)
    .map((p) => p.seq);
}

function walk(def: CompiledDefinition, id: string, onWay: ReadonlySet<string>, limit: number): Partial[] {
  const node = def.nodes.get(id);
  if (!node || onWay.has(id)) return [];
  if (node.type === 'join') return [{ seq: [], join: id }];
  if (node.type === 'end') return [{ seq: [id] }];
  const way = new Set(onWay).add(id);
  const edges = def.outgoing.get(id) ?? [];
  const prefix = (ps: Partial[]) => ps.map((p) => ({ ...p, seq: [id, ...p.seq] }));
  if (node.type === 'exclusive') return prefix(cap(edges.flatMap((e) => walk(def, e.to, way, limit)), limit));
  if (node.type === 'parallel' || node.type === 'inclusive') {
    const sets = node.type === 'parallel' ? [edges.slice()] : edgeSets(edges.filter((e) => !e.default), edges.filter((e) => e.default));
    const out: Partial[] = [];
    for (const set of sets) out.push(...forked(def, set.map((e) => e.to), way, limit));
    return prefix(cap(out, limit));
  }
  const next = edges[0];
  return next ? prefix(walk(def, next.to, way, limit)) : [{ seq: [id] }];
}

/** The branches of a fork combined, then on from their join. */
function forked(def: CompiledDefinition, targets: string[], way: ReadonlySet<string>, limit: number): Partial[] {
  type Combo = { seq: string[]; join?: string; ended: boolean };
  let combos: Combo[] = [{ seq: [], ended: false }];
  for (const t of targets) {
    const alts = walk(def, t, way, limit);
    const next: Combo[] = [];
    outer: for (const c of combos) {
      for (const a of alts) {
        const join = a.join ?? c.join;
        next.push({ seq: [...c.seq, ...a.seq], ended: c.ended || a.join === undefined, ...(join !== undefined ? { join } : {}) });
        if (next.length >= limit) break outer;
      }
    }
    combos = cap(next, limit);
  }
  const out: Partial[] = [];
  for (const c of combos) {
    // A branch that reached an end finished the request: the path stops there.
    if (c.ended || c.join === undefined) {
      out.push({ seq: c.seq });
      continue;
    }
    const after = def.outgoing.get(c.join)?.[0];
    if (!after) {
      out.push({ seq: [...c.seq, c.join] });
      continue;
    }
    for (const rest of walk(def, after.to, way, limit)) out.push({ ...rest, seq: [...c.seq, c.join, ...rest.seq] });
    if (out.length >= limit) break;
  }
  return cap(out, limit);
}

function edgeSets<E>(conditional: E[], defaults: E[]): E[][] {
  const sets: E[][] = [];
  const n = conditional.length;
  if (n <= 4) {
    for (let mask = 1; mask < 1 << n; mask++) sets.push(conditional.filter((_, i) => mask & (1 << i)));
  } else {
    for (const e of conditional) sets.push([e]);
    sets.push(conditional);
  }
  if (defaults[0]) sets.push([defaults[0]]);
  return sets;
}

function cap<T>(list: T[], limit: number): T[] {
  return list.length > limit ? list.slice(0, limit) : list;
}

/** Paths compared as sets of nodes: a parallel flow enters its branches interleaved. */
export function pathKey(path: readonly string[]): string {
  return [...new Set(path)].sort().join(' ');
}

/** Which of the flow's paths the observed paths (from simulations or scenarios) cover. */
export function coverage(definition: BatonWorkflowDefinition, observed: readonly (readonly string[])[]): { paths: string[][]; covered: boolean[] } {
  const all = paths(definition);
  const seen = new Set(observed.map(pathKey));
  return { paths: all, covered: all.map((p) => seen.has(pathKey(p))) };
}
