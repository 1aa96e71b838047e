// The seam to @baton/engine: one engine per app, the org directory it reads (rebuilt when the
// org changes) and the frozen versions it interprets (cached: a published version never changes).
import { createEngine, createStaticDirectory } from '@baton/engine';
import type { Engine } from '@baton/engine';
import type { Directory, DirectoryUser } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { OrgSnapshot } from '../org/directory-cache.ts';
import type { Db } from '../store/store.ts';
import { loadVersion } from '../definitions/definition-row.ts';


export interface EnginePort {
  engine: Engine;
  /** The engine's view of the org; platform admins (and "system") are admins of every flow. */
  directoryFor(snap: OrgSnapshot): Directory;
  version(db: Db, key: string, version: number): Promise<BatonWorkflowDefinition | undefined>;
}

export function createEnginePort(): EnginePort {
  const engine = createEngine();
  let dir: { snap: OrgSnapshot; directory: Directory } | undefined;
  const versions = new Map<string, BatonWorkflowDefinition>();
  return {
    engine,
    directoryFor(snap) {
      if (dir?.snap !== snap) dir = { snap, directory: withAdmins(createStaticDirectory(snap.org), snap.admins) };
      return dir.directory;
    },
    async version(db, key, version) {
      const id = `${key}@${version}`;
      let def = versions.get(id);
      if (!def) {
        def = await loadVersion(db, key, version);
        if (!def) return undefined;
        if (versions.size > 1000) versions.delete(versions.keys().next().value as string);
        versions.set(id, def);
      }
      return def;
    },
  };
}

/** The user the server acts as for system commands (deactivation with cancel, timers). */
export const SYSTEM_USER = 'system';

function withAdmins(base: Directory, admins: ReadonlySet<string>): Directory {
  const marked = new Map<string, DirectoryUser>();
  return {
    ...base,
    user(id) {
      if (id === SYSTEM_USER) return { id, name: 'Baton', active: true, admin: true };
      const u = base.user(id);
      if (!u || !admins.has(id)) return u;
      let m = marked.get(id);
      if (!m) marked.set(id, (m = { ...u, admin: true }));
      return m;
    },
  };
}
