// Per-user limits on uploads: at most `attachmentUploadsPerHour` files in any hour (429), and at
// most `attachmentPendingQuotaBytes` bytes in uploads nothing holds yet (413): files picked for a
// form and never submitted. Both are checked before the row is written, so a refused upload stores
// nothing. Two uploads racing past the check together can overshoot by one file each: a soft
// limit against runaway clients, not an accounting ledger.
import type { AppContext } from '../app-context.ts';
import type { ApiFailure } from '../http/api-error.ts';
import { failure } from '../http/api-error.ts';
import { markHeldUploadsOf } from './attachment-holders.ts';

const HOUR_MS = 3600_000;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;

/** A 429 when the user has made `attachmentUploadsPerHour` uploads in the last hour. */
export async function uploadRateRefusal(ctx: AppContext, userId: string): Promise<ApiFailure | undefined> {
  const limit = ctx.options.attachmentUploadsPerHour;
  const since = new Date(ctx.clock.now().getTime() - HOUR_MS).toISOString();
  const row = await ctx.store.db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n'))
    .where('uploaded_by', '=', userId).where('created_at', '>', since).executeTakeFirstOrThrow();
  if (Number(row.n) < limit) return undefined;
  return failure(429, 'upload-rate', `You have uploaded ${limit} files in the last hour, the most allowed. Wait a while and try again.`,
    `您在过去一小时内已上传 ${limit} 个文件，已达上限。请稍后再试。`, { details: { limit, windowSeconds: 3600 } });
}

/** Bytes in the user's uploads not (yet) known to be held by a request, draft or record. */
async function unheldBytes(ctx: AppContext, userId: string): Promise<number> {
  const row = await ctx.store.db.selectFrom('attachments').select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('size'), eb.lit(0)).as('bytes'))
    .where('uploaded_by', '=', userId).where('held_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.bytes);
}

/**
 * A 413 when `size` more bytes would take the user's pending uploads past the quota. The cheap sum
 * of unheld rows decides most uploads; only when it is over are those rows checked against their
 * holders (and the held ones marked), so a user whose files went into requests is not refused.
 */
export async function pendingQuotaRefusal(ctx: AppContext, userId: string, size: number): Promise<ApiFailure | undefined> {
  const quota = ctx.options.attachmentPendingQuotaBytes;
  if ((await unheldBytes(ctx, userId)) + size <= quota) return undefined;
  if ((await markHeldUploadsOf(ctx.store.db, ctx.store.dialect, userId, ctx.nowIso())) > 0 && (await unheldBytes(ctx, userId)) + size <= quota) return undefined;
  const pending = await unheldBytes(ctx, userId);
  return failure(413, 'upload-quota',
    `Your files not yet used in a request, draft or record take ${mib(pending)} MB of the ${mib(quota)} MB allowed. Submit or save the forms that use them, or wait for unused ones to be cleared after ${ctx.options.attachmentOrphanHours} hours.`,
    `您尚未在申请、草稿或记录中使用的文件已占用 ${mib(pending)} MB（上限 ${mib(quota)} MB）。请先提交或保存使用这些文件的表单，或等待未使用的文件在 ${ctx.options.attachmentOrphanHours} 小时后被清理。`,
    { details: { quotaBytes: quota, pendingBytes: pending, fileBytes: size } });
}
