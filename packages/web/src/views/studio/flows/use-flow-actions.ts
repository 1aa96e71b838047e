// What the flow list can do to a flow: duplicate, export, import, deactivate (through the dialog),
// activate, archive, delete to the recycle bin and restore. Each returns whether it worked; the
// page shows the message and reloads.
import type { HttpClient } from '../../../api/http.ts';
import {
  displayStatus, duplicateDefinition, exportDefinition, importDefinition, lifecycle, removeDefinition,
  type DefinitionSummary, type LifecycleAction,
} from '../../../api/definitions.ts';

export type RowAction = 'design' | 'duplicate' | 'export' | 'deactivate' | LifecycleAction | 'remove';

/** The actions a row offers, by its state (the server enforces the same rules). */
export function rowActions(d: DefinitionSummary, inRecycleBin: boolean): RowAction[] {
  if (inRecycleBin) return ['restore'];
  const status = displayStatus(d);
  const out: RowAction[] = ['design', 'duplicate', 'export'];
  if (status === 'published') out.push('deactivate');
  if (status === 'deactivated') out.push('activate', 'archive');
  if (status === 'archived') out.push('unarchive');
  if (status === 'draft' || status === 'deactivated' || status === 'archived') out.push('remove');
  return out;
}

export function useFlowActions(http: HttpClient) {
  return {
    duplicate: (key: string, newKey: string) => duplicateDefinition(http, key, newKey),
    lifecycle: (key: string, action: LifecycleAction) => lifecycle(http, key, action),
    remove: (key: string) => removeDefinition(http, key),
    /** Downloads the flow's canonical file as `<key>.workflow.json`. */
    async exportFile(key: string) {
      const r = await exportDefinition(http, key);
      if (!r.ok) return r;
      const url = URL.createObjectURL(new Blob([r.data], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${key}.workflow.json`;
      a.click();
      URL.revokeObjectURL(url);
      return r;
    },
    /** Imports a workflow file chosen by the user; a file that is not JSON is an error value. */
    async importFile(file: File) {
      let doc: unknown;
      try {
        doc = JSON.parse(await file.text());
      } catch {
        return { ok: false as const, error: { status: 0, code: 'not-json', message: { en: `${file.name} is not a JSON file.`, 'zh-CN': `${file.name} 不是 JSON 文件。` } } };
      }
      return importDefinition(http, doc);
    },
  };
}
