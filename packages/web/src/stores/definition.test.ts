import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { validateWorkflow, type BatonWorkflowDefinition } from '@baton/schema';
import { useDefinitionStore } from './definition.ts';
import { newDefinition } from '../designer/new-definition.ts';

const approval = (id: string) => ({ id, type: 'approval' as const, assignees: [] });

describe('definition store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  function loaded(def: BatonWorkflowDefinition = newDefinition('flow', { en: 'Flow', 'zh-CN': '流程' })) {
    const store = useDefinitionStore();
    store.useValidator((d) => validateWorkflow(d).problems, (run) => run());
    store.load(def, { etag: '"v1"' });
    return store;
  }

  it('applies changes, tracks dirtiness and undoes / redoes them', () => {
    const store = loaded();
    expect(store.dirty).toBe(false);
    store.apply([{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 0, y: 100 } }]);
    expect(store.dirty).toBe(true);
    expect(store.definition?.nodes.map((n) => n.id)).toEqual(['start', 'end', 'a']);
    store.undo();
    expect(store.definition?.nodes.map((n) => n.id)).toEqual(['start', 'end']);
    expect(store.dirty).toBe(false);
    expect(store.canRedo).toBe(true);
    store.redo();
    expect(store.definition?.nodes).toHaveLength(3);
    expect(store.canRedo).toBe(false);
  });

  it('folds edits with the same merge key into one undo step', () => {
    const store = loaded();
    for (const en of ['D', 'Di', 'Dis']) store.apply([{ type: 'update-meta', name: { en, 'zh-CN': '流程' } }], { merge: 'meta:name' });
    store.apply([{ type: 'move-node', id: 'end', position: { x: 5, y: 5 } }]);
    store.undo();
    expect(store.definition?.name.en).toBe('Dis');
    store.undo();
    expect(store.definition?.name.en).toBe('Flow');
    expect(store.canUndo).toBe(false);
  });

  it('reports live problems with the node they are about, and clears them when fixed', () => {
    const store = loaded();
    expect(store.problems).toEqual([]);
    store.apply([{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 0, y: 100 } }]);
    expect(store.errors.map((p) => p.pointer)).toEqual(['/nodes/2/assignees']);
    expect([...store.problemIndex.byNode.keys()]).toEqual(['a']);
    store.apply([{ type: 'update-node', id: 'a', node: { id: 'a', type: 'approval', assignees: [{ type: 'manager-chain', to: 'top' }] } }]);
    expect(store.problems).toEqual([]);
  });

  it('keeps the definition and history when a change cannot apply, and says why', () => {
    const store = loaded();
    const before = store.definition;
    const rejected = store.apply([{ type: 'remove-node', id: 'ghost' }]);
    expect(rejected.map((r) => r.reason)).toEqual(['unknown-node']);
    expect(store.definition).toBe(before);
    expect(store.canUndo).toBe(false);
  });

  it('drops the selection of a node that no longer exists', () => {
    const store = loaded();
    store.apply([{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 0, y: 100 } }]);
    store.select({ kind: 'node', id: 'a' });
    store.apply([{ type: 'remove-node', id: 'a' }]);
    expect(store.selection).toBeNull();
  });

  it('marks a save and treats a new flow as unsaved until then', () => {
    const store = useDefinitionStore();
    const def = newDefinition('new-flow', { en: 'New', 'zh-CN': '新' });
    store.load(def, { isNew: true });
    expect(store.dirty).toBe(true);
    store.markSaved(def, '"v2"');
    expect(store.dirty).toBe(false);
    expect(store.etag).toBe('"v2"');
    expect(store.isNew).toBe(false);
  });

  it('validates through the scheduler, folding changes made before it runs into one run', () => {
    const queue: Array<() => void> = [];
    let runs = 0;
    const store = useDefinitionStore();
    store.useValidator((d) => { runs++; return validateWorkflow(d).problems; }, (run) => queue.push(run));
    store.load(newDefinition('flow', { en: 'Flow', 'zh-CN': '流程' }));
    store.apply([{ type: 'insert-node', edgeKey: 'start->end', node: approval('a'), position: { x: 0, y: 100 } }]);
    store.apply([{ type: 'move-node', id: 'a', position: { x: 10, y: 100 } }]);
    expect(store.problems).toEqual([]);
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(runs).toBe(1);
    expect(store.errors.map((p) => p.pointer)).toEqual(['/nodes/2/assignees']);
  });

  it('refuses changes before a definition is loaded (a programmer error)', () => {
    const store = useDefinitionStore();
    expect(() => store.apply([{ type: 'remove-node', id: 'x' }])).toThrow(/before load/);
  });
});
