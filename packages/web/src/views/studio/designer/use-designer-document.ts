// Loads the flow a designer route names into the definition store (once per key), and saves
// and publishes it. A flow the server does not know yet opens as a new, empty flow.
import { ref } from 'vue';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { ApiError, HttpClient } from '../../../api/http.ts';
import { createDefinition, getDraft, getPublished, publish, saveDraft } from '../../../api/definitions.ts';
import { useDefinitionStore } from '../../../stores/definition.ts';
import { newDefinition } from '../../../designer/new-definition.ts';

export type LoadState = 'loading' | 'ready' | 'error';
export type SaveOutcome = { ok: true } | { ok: false; conflict: boolean; error: ApiError };

export function useDesignerDocument(http: HttpClient) {
  const store = useDefinitionStore();
  const state = ref<LoadState>('loading');
  const error = ref<ApiError | null>(null);

  async function open(key: string): Promise<void> {
    if (store.definition?.key === key) { state.value = 'ready'; return; }
    state.value = 'loading';
    const r = await getDraft(http, key);
    if (r.ok) {
      store.load(r.data.definition, { etag: r.etag });
      state.value = 'ready';
    } else if (r.error.status === 404) {
      store.load(newDefinition(key, { en: key, 'zh-CN': key }), { isNew: true });
      state.value = 'ready';
    } else {
      error.value = r.error;
      state.value = 'error';
    }
  }

  async function save(opts: { force?: boolean } = {}): Promise<SaveOutcome> {
    const def = store.definition;
    if (!def) throw new Error('save() before open()');
    if (store.isNew) {
      const created = await createDefinition(http, def);
      if (created.ok) { store.markSaved(def, created.etag); return { ok: true }; }
      if (created.error.status !== 409) return { ok: false, conflict: false, error: created.error };
    }
    let etag = store.etag;
    if (opts.force) {
      const latest = await getDraft(http, def.key);
      if (latest.ok) etag = latest.etag;
    }
    const r = await saveDraft(http, def.key, def, etag);
    if (r.ok) { store.markSaved(def, r.etag); return { ok: true }; }
    return { ok: false, conflict: r.error.status === 412, error: r.error };
  }

  /** Drops local changes and loads the server's draft. */
  async function reload(): Promise<void> {
    const key = store.definition?.key;
    if (!key) return;
    const r = await getDraft(http, key);
    if (r.ok) store.load(r.data.definition, { etag: r.etag });
  }

  async function published(): Promise<BatonWorkflowDefinition | null> {
    const key = store.definition?.key;
    if (!key || store.isNew) return null;
    const r = await getPublished(http, key);
    return r.ok ? r.data.definition : null;
  }

  async function doPublish(): Promise<{ ok: true; version: number } | { ok: false; error: ApiError }> {
    const key = store.definition?.key;
    if (!key) throw new Error('publish() before open()');
    const r = await publish(http, key, store.etag);
    return r.ok ? { ok: true, version: r.data?.version ?? 0 } : r;
  }

  return { state, error, open, save, reload, published, publish: doPublish };
}
