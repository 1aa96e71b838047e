// Graph rules through lintWorkflow: shape, reachability, loops, and the fork/join rule (see
// forks.ts): exclusive paths may merge into any node; parallel and inclusive branches meet only in
// their one join.
import { describe, expect, it } from 'vitest';
import { lintWorkflow } from './lint-workflow.ts';
import { flow } from './test-flows.ts';

const codes = (nodes: string, edges: string) => lintWorkflow(flow(nodes, edges)).map((p) => `${p.pointer} ${p.code}`);

describe('fork and join rule', () => {
  it('accepts a parallel fork closed by its join', () => {
    expect(codes('s:start f:parallel a:approval b:handler j:join e:end', 's>f f>a f>b a>j b>j j>e')).toEqual([]);
  });

  it('accepts nested forks, each closed by its own join', () => {
    const nodes = 's:start f:parallel g:parallel a:approval b:approval gj:join c:approval fj:join e:end';
    expect(codes(nodes, 's>f f>g g>a g>b a>gj b>gj gj>fj f>c c>fj fj>e')).toEqual([]);
  });

  it('accepts an inclusive fork closed by a join', () => {
    expect(codes('s:start i:inclusive a:approval b:approval j:join e:end', 's>i i>a i>b a>j b>j j>e')).toEqual([]);
  });

  it('lets exclusive paths merge again into any node', () => {
    expect(codes('s:start x:exclusive a:approval b:approval c:approval e:end', 's>x x>a x>b a>c b>c c>e')).toEqual([]);
    expect(codes('s:start x:exclusive a:approval e:end', 's>x x>a x>e a>e')).toEqual([]);
  });

  it('lets exclusive paths inside a parallel branch merge, and both reach the join', () => {
    const nodes = 's:start f:parallel x:exclusive a:approval b:approval c:approval j:join e:end';
    expect(codes(nodes, 's>f f>x x>a x>b a>j b>j f>c c>j j>e')).toEqual([]);
  });

  it('refuses parallel branches that merge without a join', () => {
    // Both are true: the branches merge in the wrong place, and so the fork is never joined.
    expect(codes('s:start f:parallel a:approval b:approval c:approval e:end', 's>f f>a f>b a>c b>c c>e')).toEqual([
      '/nodes/4 lint/merge-without-join',
      '/nodes/1 lint/fork-not-joined',
    ]);
  });

  it('refuses a fork whose branch reaches an end without the join', () => {
    expect(codes('s:start f:parallel a:approval b:approval j:join e:end r:end', 's>f f>a f>b a>j b>r j>e')).toEqual([
      '/nodes/1 lint/fork-not-joined',
    ]);
  });

  it('refuses an inclusive fork without a join', () => {
    expect(codes('s:start i:inclusive a:approval b:approval e:end', 's>i i>a i>b a>e b>e')).toEqual([
      '/nodes/4 lint/merge-without-join',
      '/nodes/1 lint/fork-not-joined',
    ]);
  });

  it('refuses a join without a fork, and a join that closes two forks', () => {
    expect(codes('s:start j:join e:end', 's>j j>e')).toEqual(['/nodes/1 lint/join-without-fork']);
    const nodes = 's:start f:parallel g:parallel a:approval b:approval c:approval d:approval j:join e:end';
    expect(codes(nodes, 's>f f>g f>c g>a g>b a>j b>j c>j d>j j>e')).toEqual(expect.arrayContaining(['/nodes/7 lint/join-without-fork']));
  });

  it('refuses the branches of one fork closing at two joins', () => {
    expect(codes('s:start f:parallel a:approval b:approval j:join k:join e:end', 's>f f>a f>b a>j b>k j>e k>e')).toEqual([
      '/nodes/1 lint/fork-not-joined',
    ]);
  });
});

describe('shape and reachability', () => {
  it('reports each problem once, at the node or edge', () => {
    expect(codes('s:start a:approval b:approval e:end', 's>a a>b a>e b>e')).toEqual(['/nodes/1 lint/too-many-outgoing']);
    expect(codes('s:start a:approval e:end x:cc', 's>a a>e x>e')).toEqual(['/nodes/3 lint/unreachable']);
    expect(codes('s:start x:exclusive a:approval e:end', 's>x x>e x>a')).toEqual(['/nodes/2 lint/dead-end']);
    expect(codes('s:start a:approval b:approval e:end', 's>a a>b b>a b>e')).toEqual(
      expect.arrayContaining(['/edges/2 lint/cycle']),
    );
  });

  it('handles a 1000-node chain (no recursion limits)', () => {
    const ids = Array.from({ length: 998 }, (_, i) => `n${i}`);
    const nodes = ['s:start', ...ids.map((id) => `${id}:cc`), 'e:end'].join(' ');
    const edges = ['s', ...ids, 'e'].slice(1).map((id, i) => `${['s', ...ids][i]}>${id}`).join(' ');
    expect(codes(nodes, edges)).toEqual([]);
  });

  it('counts nodes and edges against the limits', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    const nodes = ['s:start', ...ids.map((id) => `${id}:cc`), 'e:end'].join(' ');
    const edges = ['s', ...ids, 'e'].slice(1).map((id, i) => `${['s', ...ids][i]}>${id}`).join(' ');
    expect(codes(nodes, edges)).toContain('/nodes lint/too-many-nodes');
  });
});
