// Loads a definition for a designer and checks the manage scope: 404 when absent (or in the bin,
// unless asked for), 403 when the caller may not manage it. Routes that change what git owns
// (the draft, and the versions published from it) load through gitOwnedDefinition instead.
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { fail, forbidden, notFound, ok } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import type { Db } from '../store/store.ts';
import { canManage } from './definition-access.ts';
import { loadDefinition, refuseUnlessPush } from './definition-row.ts';
import type { DefinitionRecord } from './definition-row.ts';

export interface GuardOptions {
  lock?: boolean;
  deleted?: 'exclude' | 'only' | 'any';
}

export async function managedDefinition(
  ctx: AppContext,
  db: Db,
  p: Principal,
  key: string,
  opts: GuardOptions = {},
): Promise<Result<DefinitionRecord>> {
  const d = await loadDefinition(db, key, opts.lock ? ctx.store.dialect : undefined);
  const deleted = opts.deleted ?? 'exclude';
  if (!d || (deleted === 'exclude' && d.deletedAt) ) return { ok: false, error: notFound('Definition', '流程') };
  if (deleted === 'only' && !d.deletedAt) return fail(409, 'not-deleted', 'The definition is not in the recycle bin.', '该流程不在回收站中。');
  if (!canManage(p, d)) return { ok: false, error: forbidden('You may not manage this definition.', '您无权管理此流程。') };
  return ok(d);
}

/**
 * The one guard of every route that changes a definition's draft or publishes it (save, import,
 * publish, restore a version): managedDefinition, then 409 managed-by-git when the stored draft
 * is maintained in git and the request is not the push (`Baton-Managed-Push: git`, the value of
 * MANAGED_PUSH_HEADER). Operational routes (scopes, deactivate, archive, the recycle bin,
 * duplicate to a new key) stay open: they change no file git holds.
 */
export async function gitOwnedDefinition(
  ctx: AppContext,
  db: Db,
  p: Principal,
  key: string,
  pushHeader: string | undefined,
  opts: GuardOptions = {},
): Promise<Result<DefinitionRecord>> {
  const d = await managedDefinition(ctx, db, p, key, opts);
  if (!d.ok) return d;
  return refuseUnlessPush(d.value, pushHeader) ?? d;
}
