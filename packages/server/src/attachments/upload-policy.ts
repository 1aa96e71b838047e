// How big and of which types an upload may be: the form field's `maxSizeMB` and `accept` when the
// upload names a flow and one of its attachment fields (latest published version), else the
// server default (10 MiB, DEFAULT_ACCEPT). No field raises the limit past 100 MB. Only a flow the
// caller may start (or manage) lends its field's limit: anyone else gets the flow's 404.
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { canManage, canStart } from '../definitions/definition-access.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import type { Result } from '../http/api-error.ts';
import { fail, ok } from '../http/api-error.ts';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const HARD_MAX_BYTES = 100 * 1000 * 1000;

export interface UploadPolicy {
  maxBytes: number;
  accept?: readonly string[];
}

export async function uploadPolicy(ctx: AppContext, p: Principal, definition: string | undefined, field: string | undefined): Promise<Result<UploadPolicy>> {
  if (definition === undefined && field === undefined) return ok({ maxBytes: DEFAULT_MAX_BYTES });
  if (!definition || !field) return fail(400, 'bad-query', 'Name both definition and field, or neither.', '请同时提供 definition 和 field，或都不提供。', { pointer: definition ? '/field' : '/definition' });
  const db = ctx.store.db;
  const d = await loadDefinition(db, definition);
  const v = d && !d.deletedAt && d.latestVersion > 0 ? await ctx.runtime.port.version(db, d.key, d.latestVersion) : undefined;
  if (!d || !v || (!canManage(p, d) && !canStart(p, d, v, await ctx.directory.get()))) return fail(404, 'not-found', `No published flow "${definition}".`, `没有已发布的流程“${definition}”。`, { pointer: '/definition' });
  const f = v.form.fields.find((x) => x.key === field);
  if (!f || f.type !== 'attachment') return fail(422, 'not-an-attachment-field', `"${field}" is not an attachment field of ${definition}.`, `“${field}”不是流程 ${definition} 的附件字段。`, { pointer: '/field' });
  const maxBytes = Math.min(Math.floor((f.maxSizeMB ?? 20) * 1024 * 1024), HARD_MAX_BYTES);
  return ok({ maxBytes, ...(f.accept?.length ? { accept: f.accept } : {}) });
}
