// Webhook subscriptions (admin): create, list, delete; each subscription's delivery log (the
// "webhook" outbox rows: status, attempts, last error, response code) and redeliver, which puts a
// delivery back in the queue under the same id (so receivers deduplicate on `webhook-id`).
import { Hono } from 'hono';
import type { Selectable } from 'kysely';
import type { AppContext } from '../app-context.ts';
import { fail, failure, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import type { OutboxTable, WebhookSubscriptionsTable } from '../store/database.ts';
import { checkUrl, outboundPolicy } from '../effects/ssrf-guard.ts';
import { newWebhookSecret } from '../effects/webhook-signature.ts';

interface CreateBody {
  url: string;
  events: string[];
  description?: string;
  secret?: string;
}

// The shape of the URL is checked here; its address only when a delivery connects (DNS may change).
const SHAPE_ONLY = outboundPolicy({ allow: ['0.0.0.0/0', '::/0'] });
const notFound = () => failure(404, 'not-found', 'Webhook subscription not found.', '未找到该 Webhook 订阅。');

function subscriptionView(s: Selectable<WebhookSubscriptionsTable>) {
  return { id: s.id, url: s.url, events: JSON.parse(s.events) as string[], description: s.description ?? undefined, createdBy: s.created_by, createdAt: s.created_at };
}

function deliveryView(o: Selectable<OutboxTable>) {
  const waiting = o.status === 'pending';
  return {
    id: o.id,
    event: (JSON.parse(o.payload) as { type: string }).type,
    status: o.status,
    attempts: Number(o.attempts),
    lastError: o.last_error ?? undefined,
    responseCode: o.response_code === null ? undefined : Number(o.response_code),
    createdAt: o.created_at,
    ...(waiting ? { nextAttemptAt: o.available_at } : {}),
    finishedAt: o.finished_at ?? undefined,
  };
}

export function webhooksRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/webhooks', { ...spec, tag: 'webhooks' }, h);
  const db = ctx.store.db;

  add({ method: 'GET', path: '/', access: 'admin', summary: 'Webhook subscriptions (never their secrets)' }, async (c) => {
    const rows = await db.selectFrom('webhook_subscriptions').selectAll().orderBy('created_at').orderBy('id').execute();
    return c.json({ items: rows.map(subscriptionView) });
  });

  add({ method: 'POST', path: '/', access: 'admin', summary: 'Subscribe a URL to event types; the signing secret is in this response only', body: apiSchemaId('webhook-create'), status: 201 }, async (c) => {
    const b = c.get('body') as CreateBody;
    const checked = checkUrl(SHAPE_ONLY, b.url);
    if (!checked.ok) {
      return sendError(c, failure(422, 'bad-webhook-url', `The URL is refused: ${checked.error.message}.`, `URL 不可用：${checked.error.message}。`, { pointer: '/url' }));
    }
    const row = {
      id: `whs_${ctx.ids.next()}`, url: checked.url.href, events: JSON.stringify(b.events), secret: b.secret ?? newWebhookSecret(),
      description: b.description ?? null, created_by: c.get('principal')!.userId, created_at: ctx.nowIso(),
    };
    const res = await adminChange(ctx, c.get('principal')!, 'webhook.create', `webhook:${row.id}`, async (tx) => {
      await tx.insertInto('webhook_subscriptions').values(row).execute();
      return ok({ value: { ...subscriptionView(row), secret: row.secret }, detail: { id: row.id, url: row.url, events: b.events } });
    });
    return res.ok ? c.json(res.value, 201) : sendError(c, res.error);
  });

  add({ method: 'DELETE', path: '/:id', access: 'admin', summary: 'Delete a subscription; its waiting deliveries are cancelled' }, async (c) => {
    const id = param(c, 'id');
    const res = await adminChange(ctx, c.get('principal')!, 'webhook.delete', `webhook:${id}`, async (tx) => {
      const del = await tx.deleteFrom('webhook_subscriptions').where('id', '=', id).executeTakeFirst();
      if (Number(del.numDeletedRows) === 0) return fail(404, 'not-found', 'Webhook subscription not found.', '未找到该 Webhook 订阅。');
      await tx.updateTable('outbox').set({ status: 'cancelled', finished_at: ctx.nowIso() })
        .where('subscription_id', '=', id).where('status', 'in', ['pending', 'leased']).execute();
      return ok({ value: { id, deleted: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'GET', path: '/:id/deliveries', access: 'admin', summary: 'Delivery log of a subscription, newest first (status, attempts, last error, response code)' }, async (c) => {
    const id = param(c, 'id');
    const sub = await db.selectFrom('webhook_subscriptions').select('id').where('id', '=', id).executeTakeFirst();
    if (!sub) return sendError(c, notFound());
    const rows = await db.selectFrom('outbox').selectAll().where('subscription_id', '=', id).orderBy('created_at', 'desc').orderBy('id').limit(100).execute();
    return c.json({ items: rows.map(deliveryView) });
  });

  add({ method: 'POST', path: '/:id/deliveries/:delivery/redeliver', access: 'admin', summary: 'Queue a delivery again (same webhook-id, fresh attempts)', status: 202 }, async (c) => {
    const id = param(c, 'id');
    const delivery = param(c, 'delivery');
    const res = await adminChange(ctx, c.get('principal')!, 'webhook.redeliver', `webhook:${id}`, async (tx) => {
      const sub = await tx.selectFrom('webhook_subscriptions').select('id').where('id', '=', id).executeTakeFirst();
      const row = sub && await tx.selectFrom('outbox').select('status').where('id', '=', delivery).where('subscription_id', '=', id).executeTakeFirst();
      if (!row) return fail(404, 'not-found', 'Delivery not found.', '未找到该投递记录。');
      if (row.status === 'pending' || row.status === 'leased') return fail(409, 'delivery-in-progress', 'The delivery is still queued.', '该投递仍在队列中。');
      await tx.updateTable('outbox').set({ status: 'pending', attempts: 0, available_at: ctx.nowIso(), last_error: null, response_code: null, finished_at: null })
        .where('id', '=', delivery).execute();
      return ok({ value: { id: delivery, status: 'pending' }, detail: { delivery } });
    });
    return res.ok ? c.json(res.value, 202) : sendError(c, res.error);
  });
  return r;
}
