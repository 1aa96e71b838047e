// A stored record, if the caller may read (or edit) it under its type's rules: the one check the
// records routes and the request start share, so a request can only be about a record its
// initiator can see, with the values and owner the store holds (never ones the caller sends).
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import type { Db } from '../store/store.ts';
import { inScope, scopeFor } from './record-access.ts';
import type { StoredRecord } from './record-repo.ts';
import { loadRecord } from './record-repo.ts';
import type { RecordTypeEntry } from './record-type-registry.ts';

export async function mayAccess(ctx: AppContext, p: Principal, entry: RecordTypeEntry, rec: StoredRecord | undefined, what: 'read' | 'edit', db: Db = ctx.store.db): Promise<boolean> {
  if (!rec) return false;
  const org = await ctx.directory.get(db);
  if (!inScope(scopeFor(p, entry.type.access, 'read', org), rec)) return false;
  return what === 'read' || inScope(scopeFor(p, entry.type.access, 'edit', org), rec);
}

export async function readableRecord(ctx: AppContext, p: Principal, entry: RecordTypeEntry, id: string): Promise<StoredRecord | undefined> {
  const rec = await loadRecord(ctx.store.db, entry.type.key, id);
  return (await mayAccess(ctx, p, entry, rec, 'read')) ? rec : undefined;
}
