// Who is told what, from one engine effect (pure): the notice kind per recipient and the channels
// it goes through. Task and outcome notices follow the definition's settings.notifications
// channels (both when unset); an automation's in-app notice is in-app only and its email action
// email only, since the designer chose that channel on the node itself.
import type { Effect } from '@baton/engine';
import type { NotificationKind } from '../store/database.ts';

export type Channel = 'in-app' | 'email';
export const DEFAULT_CHANNELS: readonly Channel[] = ['in-app', 'email'];

export interface PlannedNotice {
  user: string;
  kind: NotificationKind;
  node?: string;
  task?: string;
  /** Who acted (urged, returned, copied, decided). */
  by?: string;
}

export interface NoticePlan {
  notices: PlannedNotice[];
  channels: readonly Channel[];
}

const REASON_KIND: Record<string, NotificationKind> = {
  urge: 'urged',
  remind: 'reminded',
  escalated: 'escalated',
  returned: 'returned',
  finished: 'finished',
  automation: 'automation',
  decided: 'decided',
};

/** The effect kinds the notifier reads from the outbox. */
export const NOTIFIER_KINDS = ['task-created', 'notify', 'cc', 'email'] as const;

export function planNotices(effect: Effect, definitionChannels: readonly Channel[] | undefined): NoticePlan {
  const channels = definitionChannels ?? DEFAULT_CHANNELS;
  const nobody: NoticePlan = { notices: [], channels: [] };
  switch (effect.type) {
    case 'task-created':
      return { notices: [{ user: effect.user, kind: 'task-assigned', node: effect.node, task: effect.task }], channels };
    case 'notify': {
      const kind = REASON_KIND[effect.reason];
      if (!kind) return nobody;
      const notices = unique(effect.to)
        // Nobody needs telling about their own action.
        .filter((u) => u !== effect.by)
        .map((user) => ({ user, kind, ...(effect.node ? { node: effect.node } : {}), ...(effect.task ? { task: effect.task } : {}), ...(effect.by ? { by: effect.by } : {}) }));
      return { notices, channels: kind === 'automation' ? ['in-app'] : channels };
    }
    case 'cc':
      return {
        notices: unique(effect.to).filter((u) => u !== effect.by).map((user) => ({ user, kind: 'cc' as const, ...(effect.node ? { node: effect.node } : {}), ...(effect.by ? { by: effect.by } : {}) })),
        channels,
      };
    case 'email':
      return { notices: unique(effect.to).map((user) => ({ user, kind: 'automation' as const, node: effect.node })), channels: ['email'] };
    default:
      return nobody;
  }
}

function unique(users: readonly string[]): string[] {
  return [...new Set(users)];
}
