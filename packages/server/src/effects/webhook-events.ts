// Which webhook events an outbox row stands for, and the fan-out: one "webhook" outbox row per
// matching subscription. A delivery row's id is derived from (source row, subscription), so a
// fan-out that runs twice (at-least-once) inserts each delivery once, and that id is the
// `webhook-id` every retry of the delivery carries. The body's `triggerDepth` is the instance's
// record-trigger depth (signed with the body), so a system that posts back to an inbound hook can
// hand it on and Baton's loop limit holds across the round trip (records/record-triggers.ts).
import type { Effect } from '@baton/engine';
import type { Store } from '../store/store.ts';
import type { EffectHandler, OutboxRow } from '../outbox/effect-handler.ts';
import { sha256Hex } from '../util/hash.ts';

export const WEBHOOK_EVENT_TYPES = [
  'task.created', 'task.closed',
  'instance.approved', 'instance.rejected', 'instance.completed', 'instance.withdrawn', 'instance.terminated', 'instance.returned',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Outbox kinds the fan-out reads. */
export const FAN_OUT_KINDS = ['task-created', 'task-closed', 'notify'] as const;

export interface WebhookEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

interface InstanceFacts {
  definition_key: string;
  title: string;
  status: string;
  trigger_depth?: number | string;
}

export function eventOf(effect: Effect, instanceId: string, inst: InstanceFacts | undefined): WebhookEvent | undefined {
  const base = { instance: instanceId, ...(inst ? { definition: inst.definition_key, title: inst.title } : {}) };
  if (effect.type === 'task-created') return { type: 'task.created', data: { ...base, task: effect.task, node: effect.node, assignee: effect.user } };
  if (effect.type === 'task-closed') return { type: 'task.closed', data: { ...base, task: effect.task, node: effect.node, assignee: effect.user, status: effect.status } };
  if (effect.type === 'notify' && effect.reason === 'returned') return { type: 'instance.returned', data: { ...base, ...(effect.by ? { by: effect.by } : {}) } };
  if (effect.type === 'notify' && effect.reason === 'finished' && inst) {
    const type = `instance.${inst.status}`;
    if ((WEBHOOK_EVENT_TYPES as readonly string[]).includes(type)) return { type: type as WebhookEventType, data: { ...base, status: inst.status } };
  }
  return undefined;
}

export function deliveryId(sourceRowId: string, subscriptionId: string): string {
  return 'msg_' + sha256Hex(`${sourceRowId}\n${subscriptionId}`).slice(0, 40);
}

export function webhookFanOut(store: Store): EffectHandler {
  return {
    async run(row: OutboxRow) {
      const effect = JSON.parse(row.payload) as Effect;
      const inst = row.instance_id
        ? await store.db.selectFrom('instances').select(['definition_key', 'title', 'status', 'trigger_depth']).where('id', '=', row.instance_id).executeTakeFirst()
        : undefined;
      const event = eventOf(effect, row.instance_id ?? '', inst);
      if (!event) return { type: 'done' };
      const subs = await store.db.selectFrom('webhook_subscriptions').select(['id', 'events']).execute();
      const wanted = subs.filter((s) => {
        const events = JSON.parse(s.events) as string[];
        return events.includes(event.type) || events.includes('*');
      });
      if (wanted.length === 0) return { type: 'done' };
      // The body is fixed now, so every attempt sends the same bytes under the same id.
      const triggerDepth = Number(inst?.trigger_depth ?? 0);
      const body = JSON.stringify({ type: event.type, timestamp: row.created_at, data: event.data, triggerDepth });
      await store.db.insertInto('outbox').values(wanted.map((s) => ({
        id: deliveryId(row.id, s.id), instance_id: row.instance_id, kind: 'webhook', subscription_id: s.id,
        payload: JSON.stringify({ type: event.type, body, triggerDepth }), status: 'pending', attempts: 0, available_at: row.created_at, created_at: row.created_at,
      }))).onConflict((oc) => oc.column('id').doNothing()).execute();
      return { type: 'done' };
    },
  };
}
