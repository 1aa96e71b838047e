// The notifier: reads task-created, notify, cc and email outbox rows, writes the in-app notices
// and queues one "mail" outbox row per email recipient, rendered now in the recipient's language.
// Both writes are keyed by (row or effect, recipient), so a retried or replayed row adds nothing:
// the same at-least-once shape as the webhook fan-out, which reads the same rows.
import type { Effect, Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Logger } from '../deps.ts';
import type { EffectHandler, EffectOutcome, OutboxRow } from '../outbox/effect-handler.ts';
import type { Store } from '../store/store.ts';
import { sha256Hex } from '../util/hash.ts';
import { renderEmail, requestLink } from './email-renderer.ts';
import type { RenderedEmail } from './email-renderer.ts';
import type { Bilingual, Locale, MessageFacts } from './notification-messages.ts';
import { messageFor, pick } from './notification-messages.ts';
import { planNotices } from './notification-recipients.ts';
import type { Channel, PlannedNotice } from './notification-recipients.ts';
import { insertNotifications, userLocales } from './notification-store.ts';

export interface MailChannel {
  /** False when no SMTP server is configured: email notices are skipped with a logged reason. */
  enabled: boolean;
  disabledReason?: string;
  /** Base URL of the web app, for links to the request. */
  publicUrl?: string;
}

export interface NotifierDeps {
  store: Store;
  logger: Logger;
  mail: MailChannel;
}

/** What a "mail" outbox row carries: the message as it will be sent, fixed at fan-out. */
export interface MailPayload extends RenderedEmail {
  to: string;
  user: string;
}

interface InstanceFacts {
  /** The request's title, or its flow's name in each language when it has none. */
  title: Bilingual;
  status: string;
  data: Record<string, unknown>;
  def?: BatonWorkflowDefinition;
}

export function mailRowId(sourceRowId: string, user: string): string {
  return 'mail_' + sha256Hex(`${sourceRowId}\n${user}`).slice(0, 40);
}

export function notificationFanOut(deps: NotifierDeps): EffectHandler {
  const db = deps.store.db;

  async function instanceFacts(id: string | null): Promise<InstanceFacts | undefined> {
    if (!id) return undefined;
    const inst = await db.selectFrom('instances').select(['definition_key', 'version', 'title', 'status', 'snapshot', 'initiator']).where('id', '=', id).executeTakeFirst();
    if (!inst) return undefined;
    const ver = await db.selectFrom('definition_versions').select('body').where('key', '=', inst.definition_key).where('version', '=', Number(inst.version)).executeTakeFirst();
    const def = ver ? (JSON.parse(ver.body) as BatonWorkflowDefinition) : undefined;
    const snapshot = JSON.parse(inst.snapshot) as Snapshot;
    // An untitled request reads as the inbox shows it: "<flow name> · <initiator>".
    const who = (await db.selectFrom('users').select('name').where('id', '=', inst.initiator).executeTakeFirst())?.name ?? inst.initiator;
    const title = inst.title
      ? { en: inst.title, 'zh-CN': inst.title }
      : { en: `${pick(def?.name, 'en') || inst.definition_key} · ${who}`, 'zh-CN': `${pick(def?.name, 'zh-CN') || inst.definition_key} · ${who}` };
    return { title, status: inst.status, data: snapshot.data ?? {}, ...(def ? { def } : {}) };
  }

  function nodeName(def: BatonWorkflowDefinition | undefined, nodeId: string | undefined): Bilingual | undefined {
    if (!nodeId) return undefined;
    const node = def?.nodes.find((n) => n.id === nodeId);
    const name = node && 'name' in node ? node.name : undefined;
    return { en: pick(name, 'en') || nodeId, 'zh-CN': pick(name, 'zh-CN') || nodeId };
  }

  return {
    async run(row: OutboxRow): Promise<EffectOutcome> {
      const effect = JSON.parse(row.payload) as Effect;
      const facts = await instanceFacts(row.instance_id);
      const plan = planNotices(effect, facts?.def?.settings?.notifications?.channels as Channel[] | undefined);
      if (plan.notices.length === 0) return { type: 'done' };
      const people = [...new Set(plan.notices.flatMap((n) => (n.by ? [n.user, n.by] : [n.user])))];
      const users = new Map((await db.selectFrom('users').select(['id', 'name', 'email', 'active']).where('id', 'in', people).execute()).map((u) => [u.id, u]));
      const decisions = await taskStatuses(plan.notices);
      const titles = facts?.title ?? { en: '', 'zh-CN': '' };
      const factsOf = (n: PlannedNotice, locale: Locale): MessageFacts => {
        const title = titles[locale];
        const node = nodeName(facts?.def, n.node);
        const actor = n.by ? (users.get(n.by)?.name ?? n.by) : undefined;
        const decision = n.task ? decisions.get(n.task) : undefined;
        const raw = effect.type === 'notify' ? effect.message : undefined;
        // A designer's automation text fills {{field}} placeholders; a person's urge note is shown
        // as typed (filling it could show the urged approver a field hidden from them).
        const message = !raw ? undefined : effect.type === 'notify' && effect.reason === 'urge' ? { en: pick(raw, 'en'), 'zh-CN': pick(raw, 'zh-CN') } : { en: fill(pick(raw, 'en'), facts?.data), 'zh-CN': fill(pick(raw, 'zh-CN'), facts?.data) };
        return { title, ...(node ? { node } : {}), ...(actor ? { actor } : {}), ...(facts ? { status: facts.status } : {}), ...(decision ? { decision } : {}), ...(message ? { message } : {}) };
      };

      if (plan.channels.includes('in-app')) {
        await insertNotifications(db, plan.notices.map((n) => ({
          user: n.user, kind: n.kind, instanceId: row.instance_id, effectId: effect.id, title: titles,
          text: { en: messageFor(n.kind, factsOf(n, 'en')).text.en, 'zh-CN': messageFor(n.kind, factsOf(n, 'zh-CN')).text['zh-CN'] },
          ...(n.by ? { actor: n.by } : {}), createdAt: row.created_at,
        })));
      }
      if (!plan.channels.includes('email')) return { type: 'done' };
      if (!deps.mail.enabled) {
        deps.logger.info('email not sent', { row: row.id, kind: row.kind, recipients: plan.notices.length, reason: deps.mail.disabledReason ?? 'email is off' });
        return { type: 'done' };
      }
      const locales = await userLocales(db, plan.notices.map((n) => n.user));
      const link = requestLink(deps.mail.publicUrl, row.instance_id);
      const mails: Array<{ id: string; payload: MailPayload }> = [];
      for (const n of plan.notices) {
        const u = users.get(n.user);
        if (!u?.email || Number(u.active) !== 1) continue;
        const locale: Locale = locales.get(n.user) ?? 'zh-CN';
        const content = effect.type === 'email'
          ? { subject: fill(pick(effect.subject, locale), facts?.data), body: fill(pick(effect.body, locale), facts?.data) }
          : (() => {
            const m = messageFor(n.kind, factsOf(n, locale));
            return { subject: m.subject[locale], body: m.text[locale] };
          })();
        mails.push({ id: mailRowId(row.id, n.user), payload: { to: u.email, user: n.user, ...renderEmail(locale, { ...content, ...(link ? { link } : {}) }) } });
      }
      if (mails.length > 0) {
        await db.insertInto('outbox').values(mails.map((m) => ({
          id: m.id, instance_id: row.instance_id, kind: 'mail', subscription_id: null, payload: JSON.stringify(m.payload),
          status: 'pending', attempts: 0, available_at: row.created_at, created_at: row.created_at,
        }))).onConflict((oc) => oc.column('id').doNothing()).execute();
      }
      return { type: 'done' };
    },
  };

  async function taskStatuses(notices: readonly PlannedNotice[]): Promise<Map<string, string>> {
    const ids = [...new Set(notices.filter((n) => n.kind === 'decided' && n.task).map((n) => n.task!))];
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('tasks').select(['id', 'status']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.status]));
  }
}

/** Replaces {{field}} placeholders with the request's scalar form values (others become ""). */
export function fill(template: string, data: Record<string, unknown> | undefined): string {
  return template.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, key: string) => {
    const v = data?.[key];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  });
}
