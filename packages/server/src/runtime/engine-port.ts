// The seam to @baton/engine: one engine per app, the org directory it reads (rebuilt when the
// org changes) and the frozen versions it interprets (cached: a published version never changes).
import { createEngine, createStaticDirectory } from '@baton/engine';
import type { Engine } from '@baton/engine';
import type { Directory } from '@baton/engine';
import type { BatonOrgDirectory, BatonWorkflowDefinition } from '@baton/schema';
import type { Db } from '../store/store.ts';
import { loadVersion } from '../definitions/definition-row.ts';


export interface EnginePort {
  engine: Engine;
  directoryFor(org: BatonOrgDirectory): Directory;
  version(db: Db, key: string, version: number): Promise<BatonWorkflowDefinition | undefined>;
}

export function createEnginePort(): EnginePort {
  const engine = createEngine();
  let dir: { org: BatonOrgDirectory; directory: Directory } | undefined;
  const versions = new Map<string, BatonWorkflowDefinition>();
  return {
    engine,
    directoryFor(org) {
      if (dir?.org !== org) dir = { org, directory: createStaticDirectory(org) };
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
