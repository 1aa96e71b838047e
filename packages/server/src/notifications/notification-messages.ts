// What a notice says, in both languages, from plain facts (request title, node name, who acted).
// The same words feed the bell and the email subject and text, so both channels agree.
import type { NotificationKind } from '../store/database.ts';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
/** The language of users who never chose one: the demo company works in Chinese. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface Bilingual {
  en: string;
  'zh-CN': string;
}

export interface MessageFacts {
  /** The request's title (falls back to its definition's name). */
  title: string;
  /** The node's name, per language, when the notice is about a node. */
  node?: Bilingual;
  /** Display name of who acted (urged, returned, copied, decided). */
  actor?: string;
  /** The instance's status, for "finished". */
  status?: string;
  /** A task's status, for "decided". */
  decision?: string;
  /** An automation's own message. */
  message?: Partial<Bilingual>;
}

export interface NotificationMessage {
  subject: Bilingual;
  text: Bilingual;
}

const OUTCOME: Record<string, Bilingual> = {
  approved: { en: 'approved', 'zh-CN': '已通过' },
  rejected: { en: 'rejected', 'zh-CN': '已被拒绝' },
  withdrawn: { en: 'withdrawn', 'zh-CN': '已撤回' },
  terminated: { en: 'terminated', 'zh-CN': '已终止' },
};

const DECISION: Record<string, Bilingual> = {
  approved: { en: 'approved', 'zh-CN': '同意' },
  rejected: { en: 'rejected', 'zh-CN': '拒绝' },
  returned: { en: 'returned', 'zh-CN': '退回' },
  transferred: { en: 'transferred', 'zh-CN': '转交' },
  delegated: { en: 'delegated', 'zh-CN': '委派' },
  'auto-approved': { en: 'auto-approved', 'zh-CN': '自动通过' },
};

/** The bilingual subject and text of one notice. */
export function messageFor(kind: NotificationKind, f: MessageFacts): NotificationMessage {
  const t = f.title;
  const at = { en: f.node ? ` at "${f.node.en}"` : '', 'zh-CN': f.node ? `（${f.node['zh-CN']}）` : '' };
  const who = { en: f.actor ?? 'Someone', 'zh-CN': f.actor ?? '有人' };
  switch (kind) {
    case 'task-assigned':
      return { subject: { en: `To do: ${t}`, 'zh-CN': `待办：${t}` }, text: { en: `"${t}" is waiting for you${at.en}.`, 'zh-CN': `「${t}」等待您处理${at['zh-CN']}。` } };
    case 'urged': {
      // The initiator's own note, when they wrote one, as they wrote it.
      const note = f.message?.en ?? f.message?.['zh-CN'];
      return {
        subject: { en: `Reminder from ${who.en}: ${t}`, 'zh-CN': `${who['zh-CN']}催办：${t}` },
        text: { en: `${who.en} asks you to handle "${t}"${at.en} soon.${note ? ` “${note}”` : ''}`, 'zh-CN': `${who['zh-CN']}催您尽快处理「${t}」${at['zh-CN']}。${note ? `“${note}”` : ''}` },
      };
    }
    case 'reminded':
      return { subject: { en: `Still waiting: ${t}`, 'zh-CN': `提醒：${t}` }, text: { en: `"${t}" is still waiting for you${at.en}.`, 'zh-CN': `「${t}」仍在等待您处理${at['zh-CN']}。` } };
    case 'escalated':
      return { subject: { en: `Escalated to you: ${t}`, 'zh-CN': `已升级给您：${t}` }, text: { en: `"${t}" was escalated to you${at.en} because it waited too long.`, 'zh-CN': `「${t}」等待超时，已升级给您处理${at['zh-CN']}。` } };
    case 'returned':
      return { subject: { en: `Returned: ${t}`, 'zh-CN': `已退回：${t}` }, text: { en: `${who.en} returned your request "${t}". Change it and submit it again.`, 'zh-CN': `${who['zh-CN']}退回了您的申请「${t}」，请修改后重新提交。` } };
    case 'finished': {
      const o = OUTCOME[f.status ?? ''] ?? { en: 'finished', 'zh-CN': '已结束' };
      return { subject: { en: `${cap(o.en)}: ${t}`, 'zh-CN': `${o['zh-CN']}：${t}` }, text: { en: `Your request "${t}" was ${o.en}.`, 'zh-CN': `您的申请「${t}」${o['zh-CN']}。` } };
    }
    case 'cc':
      return {
        subject: { en: `Copied to you: ${t}`, 'zh-CN': `抄送：${t}` },
        text: f.actor
          ? { en: `${f.actor} copied you on "${t}".`, 'zh-CN': `${f.actor}将「${t}」抄送给您。` }
          : { en: `"${t}" was copied to you${at.en}.`, 'zh-CN': `「${t}」已抄送给您${at['zh-CN']}。` },
      };
    case 'decided': {
      const d = DECISION[f.decision ?? ''] ?? { en: 'acted on', 'zh-CN': '处理' };
      return { subject: { en: `Progress: ${t}`, 'zh-CN': `进度：${t}` }, text: { en: `${who.en} ${d.en} your request "${t}"${at.en}.`, 'zh-CN': `${who['zh-CN']}已${d['zh-CN']}您的申请「${t}」${at['zh-CN']}。` } };
    }
    case 'automation': {
      const m = { en: f.message?.en ?? f.message?.['zh-CN'] ?? '', 'zh-CN': f.message?.['zh-CN'] ?? f.message?.en ?? '' };
      return { subject: { en: `Notice: ${t}`, 'zh-CN': `通知：${t}` }, text: { en: m.en || `An update on "${t}".`, 'zh-CN': m['zh-CN'] || `「${t}」有新动态。` } };
    }
  }
}

/** Picks one language's text, falling back to the other when it is missing. */
export function pick(text: Partial<Bilingual> | undefined, locale: Locale): string {
  return text?.[locale] ?? text?.[locale === 'en' ? 'zh-CN' : 'en'] ?? '';
}

export function isLocale(v: unknown): v is Locale {
  return v === 'zh-CN' || v === 'en';
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
