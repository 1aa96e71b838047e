// Loads the flow a designer route names into the definition store (once per key), and saves
// and publishes it. A flow the server does not know yet opens as a new, empty flow.
import { ref } from 'vue';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { ApiError, HttpClient } from '../../../api/http.ts';
import { createDefinition, getDefinition, getVersion, publish, saveDraft } from '../../../api/definitions.ts';
import { useDefinitionStore } from '../../../stores/definition.ts';
import { newDefinition } from '../../../designer/new-definition.ts';

export type LoadState = 'loading' | 'ready' | 'error';
export type SaveOutcome = { ok: true } | { ok: false; conflict: boolean; error: ApiError };

export function useDesignerDocument(http: HttpClient) {
  const store = useDefinitionStore();
  const state = ref<LoadState>('loading');
  const error = ref<ApiError | null>(null);
  const latestVersion = ref(0);

  async function open(key: string): Promise<void> {
    if (store.definition?.key === key) { state.value = 'ready'; return; }
    state.value = 'loading';
    performance.mark('baton:designer-fetch');
    const r = await getDefinition(http, key);
    performance.mark('baton:designer-fetched');
    if (r.ok) {
      store.load(r.data.draft, { etag: r.etag ?? r.data.etag });
      latestVersion.value = r.data.latestVersion;
      state.value = 'ready';
    } else if (r.error.status === 404) {
      store.load(newDefinition(key, { en: key, 'zh-CN': key }), { isNew: true });
      latestVersion.value = 0;
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
      if (created.ok) { store.markSaved(def, created.etag ?? created.data.etag); return { ok: true }; }
      return { ok: false, conflict: created.error.status === 409, error: created.error };
    }
    let etag = store.etag ?? '';
    if (opts.force) {
      const latest = await getDefinition(http, def.key);
      if (latest.ok) etag = latest.etag ?? latest.data.etag;
    }
    const r = await saveDraft(http, def.key, def, etag);
    if (r.ok) { store.markSaved(def, r.etag ?? r.data.etag); return { ok: true }; }
    return { ok: false, conflict: r.error.status === 412, error: r.error };
  }

  /** Drops local changes and loads the server's draft. */
  async function reload(): Promise<void> {
    const key = store.definition?.key;
    if (!key) return;
    const r = await getDefinition(http, key);
    if (r.ok) { store.load(r.data.draft, { etag: r.etag ?? r.data.etag }); latestVersion.value = r.data.latestVersion; }
  }

  /** The latest published definition, or null when none was published. */
  async function published(): Promise<BatonWorkflowDefinition | null> {
    const key = store.definition?.key;
    if (!key || store.isNew || latestVersion.value === 0) return null;
    const r = await getVersion(http, key, latestVersion.value);
    return r.ok ? r.data.definition : null;
  }

  async function doPublish(): Promise<{ ok: true; version: number } | { ok: false; error: ApiError }> {
    const key = store.definition?.key;
    if (!key) throw new Error('publish() before open()');
    const r = await publish(http, key, store.etag);
    if (!r.ok) return r;
    latestVersion.value = r.data.version;
    return { ok: true, version: r.data.version };
  }

  return { state, error, latestVersion, open, save, reload, published, publish: doPublish };
}
