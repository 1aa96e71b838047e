// Inbound webhooks: admins create (secret shown once), list and delete hooks; senders POST signed
// deliveries to /api/inbound/:hookKey (public route: the signature is the authentication). An
// unknown hook answers like a bad signature (401), so hook keys cannot be probed.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { failure, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { inspectBody } from '../http/json-body.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import { newWebhookSecret } from '../effects/webhook-signature.ts';
import { performDelivery, verifyDelivery } from '../records/inbound-webhook.ts';
import type { InboundAction } from '../records/inbound-webhook.ts';
import { createRecordTypeRegistry } from '../records/record-type-registry.ts';
import { inTransaction } from '../records/record-transaction.ts';

interface CreateBody {
  key: string;
  secret?: string;
  runAs?: string;
  action: { type: 'start-flow'; definition: string } | { type: 'upsert-record'; recordType: string; externalIdField: string };
}

const PROBE_SECRET = `whsec_${randomBytes(24).toString('base64')}`;

export function inboundRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (prefix: string, spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, prefix, { ...spec, tag: 'inbound' }, h);
  const db = ctx.store.db;
  const types = createRecordTypeRegistry();
  const view = (h: { key: string; action: string; created_by: string; created_at: string }) => ({ key: h.key, action: JSON.parse(h.action) as InboundAction, url: `/api/inbound/${h.key}`, createdBy: h.created_by, createdAt: h.created_at });

  add('/api/inbound-hooks', { method: 'GET', path: '/', access: 'admin', summary: 'Inbound webhooks (never their secrets)' }, async (c) => {
    const rows = await db.selectFrom('inbound_hooks').select(['key', 'action', 'created_by', 'created_at']).orderBy('key').execute();
    return c.json({ items: rows.map(view) });
  });

  add('/api/inbound-hooks', { method: 'POST', path: '/', access: 'admin', summary: 'Create an inbound webhook (start a flow, or upsert a record by an external id); the whsec_ secret is in this response only', body: apiSchemaId('inbound-hook-create'), status: 201 }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as CreateBody;
    const runAs = b.runAs ?? p.userId;
    const user = (await ctx.directory.snapshot()).users.get(runAs);
    if (!user || !user.active) return sendError(c, failure(422, 'unknown-user', `"${runAs}" is not an active user.`, `“${runAs}”不是有效的用户。`, { pointer: '/runAs' }));
    if (b.action.type === 'upsert-record') {
      const entry = await types.get(db, b.action.recordType);
      if (!entry) return sendError(c, failure(422, 'unknown-record-type', `No record type "${b.action.recordType}".`, `没有记录类型“${b.action.recordType}”。`, { pointer: '/action/recordType' }));
      const field = b.action.externalIdField;
      if (!entry.type.fields.some((f) => f.key === field)) return sendError(c, failure(422, 'unknown-field', `"${field}" is not a field of ${entry.type.key}.`, `“${field}”不是${entry.type.key}的字段。`, { pointer: '/action/externalIdField' }));
    }
    const action = { ...b.action, runAs } as InboundAction;
    const row = { key: b.key, secret: b.secret ?? newWebhookSecret(), action: JSON.stringify(action), created_by: p.userId, created_at: ctx.nowIso() };
    const res = await adminChange(ctx, p, 'inbound-hook.create', `inbound-hook:${b.key}`, async (tx) => {
      const taken = await tx.selectFrom('inbound_hooks').select('key').where('key', '=', b.key).executeTakeFirst();
      if (taken) return { ok: false, error: failure(409, 'key-taken', `An inbound webhook "${b.key}" exists.`, `入站 Webhook“${b.key}”已存在。`, { pointer: '/key' }) };
      await tx.insertInto('inbound_hooks').values(row).execute();
      return ok({ value: { ...view(row), secret: row.secret }, detail: { key: b.key, action } });
    });
    return res.ok ? c.json(res.value, 201) : sendError(c, res.error);
  });

  add('/api/inbound-hooks', { method: 'DELETE', path: '/:key', access: 'admin', summary: 'Delete an inbound webhook' }, async (c) => {
    const key = param(c, 'key');
    const res = await adminChange(ctx, c.get('principal')!, 'inbound-hook.delete', `inbound-hook:${key}`, async (tx) => {
      const del = await tx.deleteFrom('inbound_hooks').where('key', '=', key).executeTakeFirst();
      if (Number(del.numDeletedRows) === 0) return { ok: false, error: failure(404, 'not-found', 'Inbound webhook not found.', '未找到该入站 Webhook。') };
      return ok({ value: { key, deleted: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add('/api/inbound', { method: 'POST', path: '/:hookKey', access: 'public', summary: 'A signed delivery (Standard Webhooks headers): starts the hook\'s flow with `data`, or upserts its record type with `values`; 401 on a missing or wrong signature or a timestamp outside five minutes', headers: ['webhook-id', 'webhook-timestamp', 'webhook-signature'] }, async (c) => {
    const key = param(c, 'hookKey');
    const text = await c.req.text();
    const hook = await db.selectFrom('inbound_hooks').selectAll().where('key', '=', key).executeTakeFirst();
    const nowSeconds = Math.floor(ctx.clock.now().getTime() / 1000);
    const headers = { id: c.req.header('webhook-id'), timestamp: c.req.header('webhook-timestamp'), signature: c.req.header('webhook-signature') };
    // An unknown hook is checked like a known one (against a secret nobody has), so the answers
    // cannot tell which hook keys exist.
    const verified = verifyDelivery(hook?.secret ?? PROBE_SECRET, headers, text, nowSeconds);
    if (!verified.ok) return sendError(c, verified.error);
    if (!hook) return sendError(c, failure(401, 'bad-signature', 'The signature does not match.', '签名不匹配。'));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendError(c, failure(400, 'malformed-json', 'The request body is not valid JSON.', '请求体不是有效的 JSON。'));
    }
    const seen = inspectBody(body);
    if (seen.forbidden !== undefined || seen.tooDeep !== undefined) {
      return sendError(c, failure(422, 'forbidden-key', 'The body contains a reserved key or nests too deep.', '请求体包含保留键名或嵌套过深。', { pointer: seen.forbidden ?? seen.tooDeep ?? '' }));
    }
    const action = JSON.parse(hook.action) as InboundAction;
    try {
      const res = await inTransaction(ctx, (tx) => performDelivery(ctx, types, tx, key, verified.value.id, action, body));
      return res.ok ? c.json(res.value) : sendError(c, res.error);
    } catch (e) {
      // The same webhook-id delivered twice at once: the loser's receipt insert collides.
      const again = await db.selectFrom('inbound_receipts').select('message_id').where('hook_key', '=', key).where('message_id', '=', verified.value.id).executeTakeFirst();
      if (again) return c.json({ duplicate: true });
      throw e;
    }
  });
  return r;
}
