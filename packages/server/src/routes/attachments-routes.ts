// Attachments: upload a file as the raw body (POST /api/attachments?name=<file name>, optionally
// &definition=<flow>&field=<attachment field> for that field's size and type limits); the type is
// sniffed from the bytes. Download (GET /api/attachments/:id) for those who may see a request that
// holds it, or the uploader while none does; everyone else gets 404. Per user: a number of upload
// attempts an hour (429 with Retry-After) and a quota of bytes in uploads no request or record
// holds yet (413), see upload-quota.ts. The uploader lists those pending uploads
// (GET /api/attachments/mine/pending) and may delete one nothing lasting holds (DELETE /:id).
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { mayDownload } from '../attachments/attachment-access.ts';
import { namedSince } from '../attachments/attachment-holders.ts';
import { insertAttachment, loadAttachmentContent, loadAttachmentMeta } from '../attachments/attachment-store.ts';
import type { AttachmentValue } from '../attachments/attachment-store.ts';
import { accepted, sniffType } from '../attachments/file-sniffer.ts';
import { readLimitedBody } from '../attachments/limited-body.ts';
import { uploadPolicy } from '../attachments/upload-policy.ts';
import { markHeldUploadsThrottled, pendingBytes, pendingQuotaRefusal, recordRefusedUpload, uploadRateRefusal } from '../attachments/upload-quota.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

export const ATTACHMENT_UPLOAD_PATH = '/api/attachments';

/** Most pending uploads GET /api/attachments/mine/pending lists (newest first). */
export const PENDING_LIST_LIMIT = 200;

/** The file name without any folder part; undefined when empty, too long or with control characters. */
function cleanName(raw: string | undefined): string | undefined {
  const name = raw?.split(/[\\/]/).pop()?.trim();
  if (!name || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name) || name === '.' || name === '..') return undefined;
  return name;
}

const notFound = () => failure(404, 'not-found', 'Attachment not found.', '附件不存在。');

export function attachmentsRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, ATTACHMENT_UPLOAD_PATH, { ...spec, tag: 'attachments' }, h);
  const db = ctx.store.db;

  add({ method: 'POST', path: '/', access: 'user', status: 201, summary: 'Upload a file as the raw body (query: name; definition and field for that attachment field\'s maxSizeMB and accept). The type is sniffed from the bytes (PDF, PNG, JPEG, GIF, WebP, zip, docx / xlsx / pptx, UTF-8 .txt / .csv). 413 too large (default 10 MiB) or over the uploader\'s quota of unused uploads (upload-quota), 429 too many uploads this hour (upload-rate), 415 a type not allowed. Answers the field value { id, name, size, contentType }' }, async (c) => {
    const p = c.get('principal')!;
    const name = cleanName(c.req.query('name'));
    if (!name) return sendError(c, failure(422, 'bad-name', 'Give the file name as ?name= (1 to 255 characters, no control characters).', '请用 ?name= 提供文件名（1 到 255 个字符，不含控制字符）。', { pointer: '/name' }));
    const policy = await uploadPolicy(ctx, c.get('principal')!, c.req.query('definition'), c.req.query('field'));
    if (!policy.ok) return sendError(c, policy.error);
    const { maxBytes, accept } = policy.value;
    const rate = await uploadRateRefusal(ctx, p.userId);
    if (rate) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return sendError(c, rate.error);
    }
    // Past the rate check, a refused upload counts toward the hourly rate like a stored one.
    const refuse = async (f: ApiFailure) => {
      await recordRefusedUpload(ctx, p.userId);
      return sendError(c, f);
    };
    // Refused before the body is read when the declared length already cannot fit.
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    const early = await pendingQuotaRefusal(ctx, p.userId, Number.isFinite(declared) && declared > 0 ? Math.min(declared, maxBytes) : 1);
    if (early) return refuse(early);
    const body = await readLimitedBody(c.req.raw, maxBytes);
    const mb = Math.round((maxBytes / 1024 / 1024) * 100) / 100;
    if (body === 'too-large') return refuse(failure(413, 'file-too-large', `The file is larger than ${mb} MB.`, `文件超过 ${mb} MB。`, { details: { maxBytes } }));
    if (body.byteLength === 0) return refuse(failure(422, 'empty-file', 'The file is empty.', '文件为空。'));
    const type = sniffType(body, name);
    if (!type || !accepted(accept, type)) {
      return refuse(failure(415, 'unsupported-type', `This kind of file is not allowed here${accept ? ` (allowed: ${accept.join(', ')})` : ''}.`, `此处不允许上传这种文件${accept ? `（允许：${accept.join('、')}）` : ''}。`, { details: { detected: type?.mime ?? null } }));
    }
    const quota = await pendingQuotaRefusal(ctx, p.userId, body.byteLength);
    if (quota) return refuse(quota);
    const value: AttachmentValue = { id: `att_${ctx.ids.next().replace(/[^A-Za-z0-9-]/g, '-')}`, name, size: body.byteLength, contentType: type.mime };
    await insertAttachment(db, { ...value, uploadedBy: p.userId, createdAt: ctx.nowIso(), content: body });
    return c.json(value, 201);
  });

  add({ method: 'GET', path: '/mine/pending', access: 'user', summary: `Your uploads no request or record holds yet (what the upload quota counts; files named only by a draft included), newest first, at most ${PENDING_LIST_LIMIT}: { items: [{ id, name, size, contentType, createdAt }], truncated, pendingFiles, pendingBytes, quotaBytes, clearedAfterHours }` }, async (c) => {
    const p = c.get('principal')!;
    await markHeldUploadsThrottled(ctx, p.userId);
    const rows = await db.selectFrom('attachments').select(['id', 'name', 'size', 'content_type', 'created_at'])
      .where('uploaded_by', '=', p.userId).where('held_at', 'is', null).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(PENDING_LIST_LIMIT + 1).execute();
    const count = await db.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).where('uploaded_by', '=', p.userId).where('held_at', 'is', null).executeTakeFirstOrThrow();
    return c.json({
      items: rows.slice(0, PENDING_LIST_LIMIT).map((r) => ({ id: r.id, name: r.name, size: Number(r.size), contentType: r.content_type, createdAt: r.created_at })),
      truncated: rows.length > PENDING_LIST_LIMIT,
      pendingFiles: Number(count.n),
      pendingBytes: await pendingBytes(ctx, p.userId),
      quotaBytes: ctx.options.attachmentPendingQuotaBytes,
      clearedAfterHours: ctx.options.attachmentOrphanHours,
    });
  });

  add({ method: 'DELETE', path: '/:id', access: 'user', status: 204, summary: 'Delete one of your uploads that no request or record holds (a draft naming it keeps a dangling entry): 204; 409 attachment-held when a request or record names it; 404 when it is not yours or does not exist' }, async (c) => {
    const p = c.get('principal')!;
    const meta = await loadAttachmentMeta(db, param(c, 'id'));
    if (!meta || meta.uploadedBy !== p.userId) return sendError(c, notFound());
    // One statement: deleted only while unheld and no request or record names it.
    const gone = await db.deleteFrom('attachments').where('id', '=', meta.id).where('uploaded_by', '=', p.userId).where('held_at', 'is', null)
      .where((eb) => eb.not(namedSince(eb, undefined, true))).returning('id').execute();
    if (gone.length) return c.body(null, 204);
    // Held: remember it, so the next look is cheap (the row may also have gone meanwhile: 404).
    const kept = await db.updateTable('attachments').set({ held_at: ctx.nowIso(), doomed_at: null, kept_at: null }).where('id', '=', meta.id).where('held_at', 'is', null).executeTakeFirst();
    const still = Number(kept.numUpdatedRows) > 0 || (await loadAttachmentMeta(db, meta.id)) !== undefined;
    if (!still) return sendError(c, notFound());
    return sendError(c, failure(409, 'attachment-held', 'A request or record uses this file, so it cannot be deleted.', '此文件已被申请或记录使用，无法删除。'));
  });

  add({ method: 'GET', path: '/:id', access: 'user', summary: 'Download an attachment (those who may see a request holding it in a field not hidden from them; the uploader while no request holds it); 404 otherwise' }, async (c) => {
    const p = c.get('principal')!;
    const meta = await loadAttachmentMeta(db, param(c, 'id'));
    if (!meta || !(await mayDownload(ctx, p, meta))) return sendError(c, notFound());
    const content = await loadAttachmentContent(db, meta.id);
    if (!content) return sendError(c, notFound());
    return c.body(new Uint8Array(content), 200, {
      'content-type': meta.contentType,
      'content-length': String(content.byteLength),
      'content-disposition': `attachment; filename="${meta.name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(meta.name)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
  });
  return r;
}
