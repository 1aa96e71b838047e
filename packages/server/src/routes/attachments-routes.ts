// Attachments: upload a file as the raw body (POST /api/attachments?name=<file name>, optionally
// &definition=<flow>&field=<attachment field> for that field's size and type limits); the type is
// sniffed from the bytes. Download (GET /api/attachments/:id) for those who may see a request that
// holds it, or the uploader while none does; everyone else gets 404. Per user: a number of uploads
// an hour (429) and a quota of bytes in uploads nothing holds yet (413), see upload-quota.ts.
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { mayDownload } from '../attachments/attachment-access.ts';
import { insertAttachment, loadAttachmentContent, loadAttachmentMeta } from '../attachments/attachment-store.ts';
import type { AttachmentValue } from '../attachments/attachment-store.ts';
import { accepted, sniffType } from '../attachments/file-sniffer.ts';
import { readLimitedBody } from '../attachments/limited-body.ts';
import { uploadPolicy } from '../attachments/upload-policy.ts';
import { pendingQuotaRefusal, uploadRateRefusal } from '../attachments/upload-quota.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';

export const ATTACHMENT_UPLOAD_PATH = '/api/attachments';

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
    if (rate) return sendError(c, rate);
    // Refused before the body is read when the declared length already cannot fit.
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    const early = await pendingQuotaRefusal(ctx, p.userId, Number.isFinite(declared) && declared > 0 ? Math.min(declared, maxBytes) : 1);
    if (early) return sendError(c, early);
    const body = await readLimitedBody(c.req.raw, maxBytes);
    const mb = Math.round((maxBytes / 1024 / 1024) * 100) / 100;
    if (body === 'too-large') return sendError(c, failure(413, 'file-too-large', `The file is larger than ${mb} MB.`, `文件超过 ${mb} MB。`, { details: { maxBytes } }));
    if (body.byteLength === 0) return sendError(c, failure(422, 'empty-file', 'The file is empty.', '文件为空。'));
    const type = sniffType(body, name);
    if (!type || !accepted(accept, type)) {
      return sendError(c, failure(415, 'unsupported-type', `This kind of file is not allowed here${accept ? ` (allowed: ${accept.join(', ')})` : ''}.`, `此处不允许上传这种文件${accept ? `（允许：${accept.join('、')}）` : ''}。`, { details: { detected: type?.mime ?? null } }));
    }
    const quota = await pendingQuotaRefusal(ctx, p.userId, body.byteLength);
    if (quota) return sendError(c, quota);
    const value: AttachmentValue = { id: `att_${ctx.ids.next().replace(/[^A-Za-z0-9-]/g, '-')}`, name, size: body.byteLength, contentType: type.mime };
    await insertAttachment(db, { ...value, uploadedBy: p.userId, createdAt: ctx.nowIso(), content: body });
    return c.json(value, 201);
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
