// Per-user limits on uploads: at most `attachmentUploadsPerHour` attempts in any hour (429, with
// Retry-After), counting stored uploads and refused ones alike, and at most
// `attachmentPendingQuotaBytes` bytes in uploads no request or record holds yet (413): files
// picked for a form and never submitted, or named only by a draft. Both are checked before the
// row is written, so a refused upload stores no file (only a small event row, pruned after an
// hour). Two uploads racing past the check together can overshoot by one file each: a soft limit
// against runaway clients, not an accounting ledger.
//
// The slow path (a pass over requests and records to mark the user's files they now hold) runs
// at most once per user per `attachmentHeldCheckMinutes`, remembered in the database so every
// process agrees: an over-quota client retrying cannot make the server read every request again.
import type { AppContext } from '../app-context.ts';
import type { ApiFailure } from '../http/api-error.ts';
import { failure } from '../http/api-error.ts';
import { markHeldUploadsOf } from './attachment-holders.ts';

const HOUR_MS = 3600_000;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
/** KB below a MiB, MB above: a 2 KB file is not "0 MB". */
const shown = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.round((bytes / 1024) * 10) / 10} KB` : `${mib(bytes)} MB`);
const heldCheckMs = (ctx: AppContext) => Math.min(60, Math.max(0, ctx.options.attachmentHeldCheckMinutes)) * 60_000;

export interface RateRefusal { error: ApiFailure; retryAfterSeconds: number }

/**
 * A 429 when the user has made `attachmentUploadsPerHour` upload attempts (stored or refused) in
 * the last hour; `retryAfterSeconds` is when enough of them leave the window.
 */
export async function uploadRateRefusal(ctx: AppContext, userId: string): Promise<RateRefusal | undefined> {
  const limit = ctx.options.attachmentUploadsPerHour;
  const nowMs = ctx.clock.now().getTime();
  const since = new Date(nowMs - HOUR_MS).toISOString();
  const db = ctx.store.db;
  const stored = await db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n'))
    .where('uploaded_by', '=', userId).where('created_at', '>', since).executeTakeFirstOrThrow();
  const refused = await db.selectFrom('attachment_quota_events').select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId).where('kind', '=', 'refused').where('at', '>', since).executeTakeFirstOrThrow();
  const counted = Number(stored.n) + Number(refused.n);
  if (counted < limit) return undefined;
  // The window falls below the limit once the (counted - limit + 1) oldest attempts are an hour old.
  const k = counted - limit + 1;
  const oldest = [
    ...(await db.selectFrom('attachments').select('created_at as at').where('uploaded_by', '=', userId).where('created_at', '>', since).orderBy('created_at').limit(k).execute()),
    ...(await db.selectFrom('attachment_quota_events').select('at').where('user_id', '=', userId).where('kind', '=', 'refused').where('at', '>', since).orderBy('at').limit(k).execute()),
  ].map((r) => r.at).sort();
  const freedAt = Date.parse(oldest[k - 1] ?? oldest[oldest.length - 1] ?? new Date(nowMs).toISOString()) + HOUR_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((freedAt - nowMs) / 1000));
  return {
    retryAfterSeconds,
    error: failure(429, 'upload-rate', `You have tried ${limit} uploads in the last hour, the most allowed. Try again in ${retryAfterSeconds} seconds.`,
      `您在过去一小时内已尝试上传 ${limit} 次，已达上限。请在 ${retryAfterSeconds} 秒后再试。`, { details: { limit, windowSeconds: 3600, retryAfterSeconds } }),
  };
}

/** Counts a refused upload toward the user's hourly rate (and prunes their events older than an hour). */
export async function recordRefusedUpload(ctx: AppContext, userId: string): Promise<void> {
  await addEvent(ctx, userId, 'refused');
}

async function addEvent(ctx: AppContext, userId: string, kind: 'refused' | 'held-check'): Promise<void> {
  const now = ctx.clock.now().getTime();
  await ctx.store.db.deleteFrom('attachment_quota_events').where('user_id', '=', userId).where('at', '<', new Date(now - HOUR_MS).toISOString()).execute();
  await ctx.store.db.insertInto('attachment_quota_events').values({ id: `aq_${ctx.ids.next()}`, user_id: userId, kind, at: new Date(now).toISOString() }).execute();
}

/**
 * Marks the user's pending uploads that a request or record now holds, unless that check ran for
 * them less than `attachmentHeldCheckMinutes` ago (in any process); answers how many it marked.
 */
export async function markHeldUploadsThrottled(ctx: AppContext, userId: string): Promise<number> {
  const after = new Date(ctx.clock.now().getTime() - heldCheckMs(ctx)).toISOString();
  const recent = await ctx.store.db.selectFrom('attachment_quota_events').select('id')
    .where('user_id', '=', userId).where('kind', '=', 'held-check').where('at', '>', after).limit(1).executeTakeFirst();
  if (recent) return 0;
  await addEvent(ctx, userId, 'held-check');
  return markHeldUploadsOf(ctx.store.db, ctx.store.dialect, userId, ctx.nowIso());
}

/** Bytes in the user's uploads not (yet) known to be held by a request or record. */
export async function pendingBytes(ctx: AppContext, userId: string): Promise<number> {
  const row = await ctx.store.db.selectFrom('attachments').select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('size'), eb.lit(0)).as('bytes'))
    .where('uploaded_by', '=', userId).where('held_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.bytes);
}

/**
 * A 413 when `fileBytes` more bytes would take the user's pending uploads past the quota. The cheap sum
 * of unheld rows decides most uploads; only when it is over are those rows checked against their
 * holders (throttled, see above), so a user whose files went into requests is not refused.
 */
export async function pendingQuotaRefusal(ctx: AppContext, userId: string, fileBytes: number): Promise<ApiFailure | undefined> {
  const quota = ctx.options.attachmentPendingQuotaBytes;
  let pending = await pendingBytes(ctx, userId);
  if (pending + fileBytes <= quota) return undefined;
  if ((await markHeldUploadsThrottled(ctx, userId)) > 0) {
    pending = await pendingBytes(ctx, userId);
    if (pending + fileBytes <= quota) return undefined;
  }
  const room = Math.max(0, quota - pending);
  return failure(413, 'upload-quota',
    `This file (${shown(fileBytes)}) does not fit: your files not yet used in a submitted request or a record take ${shown(pending)} of the ${shown(quota)} allowed, ${shown(room)} left. Submit the forms that use them, delete uploads you no longer need, or wait for unused ones to be cleared after ${ctx.options.attachmentOrphanHours} hours.`,
    `此文件（${shown(fileBytes)}）超出配额：您尚未在已提交的申请或记录中使用的文件已占用 ${shown(pending)}（上限 ${shown(quota)}），剩余 ${shown(room)}。请先提交使用这些文件的表单、删除不再需要的上传，或等待未使用的文件在 ${ctx.options.attachmentOrphanHours} 小时后被清理。`,
    { details: { quotaBytes: quota, pendingBytes: pending, fileBytes, roomBytes: room } });
}
