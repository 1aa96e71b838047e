// The designer's document: the definition being edited, its history (undo / redo), the
// selection and the live problems. The canvas and the panels send changes here; nothing else
// edits the definition. No router calls, no toasts: pages do that.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { BatonWorkflowDefinition, Problem } from '@baton/schema';
import { applyChanges, type DefinitionChange, type RejectedChange } from '../designer/definition-changes.ts';
import { indexProblems, type ProblemIndex } from '../designer/problem-targets.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; key: string } | null;
export type Validator = (definition: BatonWorkflowDefinition) => Problem[];
/** Runs validation later. The default waits for the browser to be idle (at most 300 ms), so a
 * large flow paints before it is validated and typing does not validate on every keystroke;
 * tests pass `(run) => run()`. */
export type ValidationScheduler = (run: () => void) => void;

const defaultScheduler: ValidationScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
  else setTimeout(run, 60);
};

const HISTORY_LIMIT = 100;

export const useDefinitionStore = defineStore('definition', () => {
  const definition = shallowRef<BatonWorkflowDefinition | null>(null);
  const saved = shallowRef<BatonWorkflowDefinition | null>(null);
  const etag = ref<string | null>(null);
  const isNew = ref(false);
  const past = shallowRef<BatonWorkflowDefinition[]>([]);
  const future = shallowRef<BatonWorkflowDefinition[]>([]);
  const selection = ref<Selection>(null);
  const lastRejected = shallowRef<RejectedChange[]>([]);
  const validator = shallowRef<Validator>(() => []);
  const problems = shallowRef<Problem[]>([]);
  let schedule: ValidationScheduler = defaultScheduler;
  let pending = false;
  let mergeKey: string | undefined;

  const dirty = computed(() => definition.value !== null && definition.value !== saved.value);
  const canUndo = computed(() => past.value.length > 0);
  const canRedo = computed(() => future.value.length > 0);
  const errors = computed(() => problems.value.filter((p) => p.severity === 'error'));
  const problemIndex = computed<ProblemIndex>(() =>
    definition.value ? indexProblems(definition.value, problems.value) : { byNode: new Map(), byEdge: new Map() },
  );

  function useValidator(fn: Validator, scheduler?: ValidationScheduler): void {
    validator.value = fn;
    if (scheduler) schedule = scheduler;
    revalidate();
  }

  /** Validates the current definition once, soon; calls in between fold into one run. */
  function revalidate(): void {
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      problems.value = definition.value ? validator.value(definition.value) : [];
    });
  }

  /** Validates now (before publishing), whatever is scheduled. */
  function validateNow(): Problem[] {
    problems.value = definition.value ? validator.value(definition.value) : [];
    return problems.value;
  }

  /** Opens a definition (from the server, or a new one with `isNew`). Clears history. */
  function load(def: BatonWorkflowDefinition, opts: { etag?: string | null; isNew?: boolean } = {}): void {
    definition.value = def;
    saved.value = opts.isNew ? null : def;
    etag.value = opts.etag ?? null;
    isNew.value = opts.isNew ?? false;
    past.value = [];
    future.value = [];
    selection.value = null;
    mergeKey = undefined;
    problems.value = [];
    revalidate();
  }

  /**
   * Applies changes as one undo step. With `merge`, consecutive calls with the same key (typing
   * in one input) fold into a single step.
   */
  function apply(changes: readonly DefinitionChange[], opts: { merge?: string } = {}): RejectedChange[] {
    const current = definition.value;
    if (!current) throw new Error('apply() before load()');
    const { definition: next, rejected } = applyChanges(current, changes);
    lastRejected.value = rejected;
    if (next === current) return rejected;
    const folding = opts.merge !== undefined && opts.merge === mergeKey && past.value.length > 0;
    if (!folding) past.value = [...past.value, current].slice(-HISTORY_LIMIT);
    future.value = [];
    definition.value = next;
    mergeKey = opts.merge;
    pruneSelection();
    revalidate();
    return rejected;
  }

  function undo(): void {
    const prev = past.value.at(-1);
    if (!prev || !definition.value) return;
    future.value = [definition.value, ...future.value];
    past.value = past.value.slice(0, -1);
    definition.value = prev;
    mergeKey = undefined;
    pruneSelection();
    revalidate();
  }

  function redo(): void {
    const next = future.value[0];
    if (!next || !definition.value) return;
    past.value = [...past.value, definition.value];
    future.value = future.value.slice(1);
    definition.value = next;
    mergeKey = undefined;
    pruneSelection();
    revalidate();
  }

  function select(sel: Selection): void {
    selection.value = sel;
    mergeKey = undefined;
  }

  /** Forgets the open definition (after the server's draft changed under it, such as a restore). */
  function unload(): void {
    definition.value = null;
    saved.value = null;
    etag.value = null;
    past.value = [];
    future.value = [];
    selection.value = null;
    problems.value = [];
  }

  /** Records a successful save: the saved definition (usually the one sent) and the new ETag. */
  function markSaved(def: BatonWorkflowDefinition, newEtag: string | null): void {
    saved.value = def;
    etag.value = newEtag;
    isNew.value = false;
  }

  function pruneSelection(): void {
    const sel = selection.value;
    const def = definition.value;
    if (!sel || !def) return;
    if (sel.kind === 'node' && !def.nodes.some((n) => n.id === sel.id)) selection.value = null;
  }

  return {
    definition, etag, isNew, selection, lastRejected, dirty, canUndo, canRedo, problems, errors, problemIndex,
    useValidator, validateNow, load, unload, apply, undo, redo, select, markSaved,
  };
});
