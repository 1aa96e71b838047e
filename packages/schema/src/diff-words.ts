// Business words for diff summaries, in English and Chinese: node types, names, assignee rules,
// approval modes, timeouts and policies. Pure functions of definition fragments.
import { arrayOf, isJson, type Json } from './lint/workflow-index.ts';

export type Lang = 'en' | 'zh-CN';
export type Bilingual = { en: string; 'zh-CN': string };

export function both(f: (lang: Lang) => string): Bilingual {
  return { en: f('en'), 'zh-CN': f('zh-CN') };
}

/** A name quoted the way each language quotes: 'Finance' / 「财务」. */
export function quote(name: string, lang: Lang): string {
  return lang === 'en' ? `'${name}'` : `「${name}」`;
}

const TYPE_WORDS: Record<string, [string, string]> = {
  start: ['start', '发起'],
  approval: ['approval', '审批'],
  handler: ['handler task', '办理'],
  cc: ['CC', '抄送'],
  exclusive: ['branch', '条件分支'],
  inclusive: ['inclusive branch', '包容分支'],
  parallel: ['parallel fork', '并行分支'],
  join: ['join', '汇聚'],
  delay: ['delay', '延时'],
  automation: ['automation', '自动化'],
  subflow: ['subflow', '子流程'],
  end: ['end', '结束'],
};

export function typeWord(type: unknown, lang: Lang): string {
  const w = typeof type === 'string' ? TYPE_WORDS[type] : undefined;
  return w ? (lang === 'en' ? w[0] : w[1]) : String(type);
}

/** The text of an I18nText in a language, falling back to the other. */
export function textIn(text: unknown, lang: Lang): string | undefined {
  if (!isJson(text)) return undefined;
  const own = text[lang];
  const other = text[lang === 'en' ? 'zh-CN' : 'en'];
  return typeof own === 'string' ? own : typeof other === 'string' ? other : undefined;
}

export function nodeName(node: Json | undefined, id: string, lang: Lang): string {
  return textIn(node?.name, lang) ?? id;
}

/** "approval 'Finance'" / "审批「财务」". */
export function nodeRef(node: Json | undefined, id: string, lang: Lang): string {
  const type = typeWord(node?.type, lang);
  return lang === 'en' ? `${type} ${quote(nodeName(node, id, lang), lang)}` : `${type}${quote(nodeName(node, id, lang), lang)}`;
}

function list(items: string[], lang: Lang): string {
  if (lang === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function assigneeRule(rule: unknown, lang: Lang): string {
  if (!isJson(rule)) return lang === 'en' ? 'nobody' : '无';
  const en = lang === 'en';
  const level = typeof rule.level === 'number' ? rule.level : 1;
  switch (rule.type) {
    case 'users':
      return en ? `users ${list(arrayOf(rule.users).map(String), lang)}` : `用户 ${list(arrayOf(rule.users).map(String), lang)}`;
    case 'role':
      return en ? `role ${String(rule.role)}` : `角色 ${String(rule.role)}`;
    case 'department-head':
      if (typeof rule.department === 'string') return en ? `the head of department ${rule.department}` : `部门 ${rule.department} 的负责人`;
      if (level === 1) return en ? "the head of the initiator's department" : '发起人所在部门的负责人';
      return en ? `the head of the department ${level - 1} level(s) above the initiator's` : `发起人部门往上第 ${level - 1} 级部门的负责人`;
    case 'manager':
      if (level === 1) return en ? "the initiator's manager" : '发起人的直属主管';
      return en ? `the initiator's level-${level} manager` : `发起人的第 ${level} 级主管`;
    case 'manager-chain':
      if (rule.to === 'top') return en ? "the initiator's managers up to the top" : '发起人的连续多级主管（直到最高级）';
      return en ? `the initiator's managers up to level ${String(rule.to)}` : `发起人的连续多级主管（至第 ${String(rule.to)} 级）`;
    case 'form-field':
      return en ? `the person in form field '${String(rule.field)}'` : `表单字段「${String(rule.field)}」中的人员`;
    case 'record-owner':
      return en ? 'the record owner' : '记录负责人';
    case 'initiator':
      return en ? 'the initiator' : '发起人本人';
    case 'initiator-selects':
      return en ? 'someone the initiator picks' : '发起人自选的人员';
    case 'previous-approver-selects':
      return en ? 'someone the previous approver picks' : '上一步审批人指定的人员';
    default:
      return String(rule.type);
  }
}

export function assignees(rules: unknown, lang: Lang): string {
  const items = arrayOf(rules).map((r) => assigneeRule(r, lang));
  return items.length === 0 ? (lang === 'en' ? 'nobody' : '无人') : list(items, lang);
}

/** How several assignees decide, optionally naming who. */
export function modePhrase(mode: unknown, passRatio: unknown, who: string | undefined, lang: Lang): string {
  const m = typeof mode === 'string' ? mode : 'any';
  const pct = typeof passRatio === 'number' ? `${Math.round(passRatio * 1000) / 10}%` : '?';
  if (lang === 'en') {
    switch (m) {
      case 'all':
        return who ? `all of ${who}` : 'all of them';
      case 'sequential':
        return who ? `each of ${who} in turn` : 'each in turn';
      case 'vote':
        return who ? `a vote of ${who} passing at ${pct}` : `a vote passing at ${pct}`;
      default:
        return who ? `any one of ${who}` : 'any one';
    }
  }
  const w = who === undefined ? '' : `${who} `;
  switch (m) {
    case 'all':
      return `${w}全部同意（会签）`;
    case 'sequential':
      return `${w}依次审批（依次）`;
    case 'vote':
      return `${w}投票，${pct} 同意即通过（票签）`;
    default:
      return `${w}任一人同意（或签）`;
  }
}

function timeoutPhrase(t: unknown, lang: Lang): string {
  if (!isJson(t)) return '';
  const en = lang === 'en';
  const after = String(t.after);
  const repeat = isJson(t.repeat)
    ? en
      ? `, then every ${String(t.repeat.every)} up to ${String(t.repeat.max)} times`
      : `，之后每 ${String(t.repeat.every)} 提醒一次，最多 ${String(t.repeat.max)} 次`
    : '';
  const action: Record<string, [string, string]> = {
    remind: ['reminds', '提醒'],
    'auto-approve': ['is approved automatically', '自动同意'],
    'auto-reject': ['is rejected automatically', '自动拒绝'],
    reassign: [`is reassigned to ${assignees(t.to, 'en')}`, `转交给${assignees(t.to, 'zh-CN')}`],
    escalate: ['escalates', '升级给上级主管'],
  };
  const words = action[String(t.action)] ?? [String(t.action), String(t.action)];
  return en ? `after ${after} and ${words[0]}${repeat}` : `${after} 后${words[1]}${repeat}`;
}

export function timeoutsPhrase(timeouts: unknown, lang: Lang): string | undefined {
  const items = arrayOf(timeouts).map((t) => timeoutPhrase(t, lang));
  if (items.length === 0) return undefined;
  return items.join(lang === 'en' ? '; then ' : '；');
}

const POLICY_WORDS: Record<string, Record<string, [string, string]>> = {
  emptyAssignees: {
    'auto-approve': ['approves automatically', '自动通过'],
    admin: ['sends it to the flow admins', '转交流程管理员'],
    reject: ['rejects the request', '驳回申请'],
  },
  initiatorIsAssignee: {
    'auto-approve': ['approves automatically', '自动通过'],
    'skip-to-manager': ['passes it to their manager', '转交其直属主管'],
    require: ['requires them to act', '需本人审批'],
  },
};

export function policyValue(policy: string, value: unknown, lang: Lang, nodes: Map<string, Json>): string {
  const en = lang === 'en';
  if (policy === 'onReject') {
    const r = isJson(value) ? value : { to: 'end' };
    switch (r.to) {
      case 'previous':
        return en ? 'goes back to the previous step' : '退回上一步';
      case 'initiator':
        return en ? 'goes back to the initiator' : '退回给发起人';
      case 'node': {
        const id = String(r.node);
        return en ? `goes back to ${quote(nodeName(nodes.get(id), id, lang), lang)}` : `退回到${quote(nodeName(nodes.get(id), id, lang), lang)}`;
      }
      default:
        return en ? 'ends the request' : '结束申请';
    }
  }
  if (value === undefined) return en ? 'follows the flow default' : '按流程默认设置';
  const w = POLICY_WORDS[policy]?.[String(value)];
  return w ? (en ? w[0] : w[1]) : String(value);
}

export const POLICY_SUBJECT: Record<string, [string, string]> = {
  emptyAssignees: ['when no assignee is found, it now', '找不到审批人时，现在'],
  initiatorIsAssignee: ['when the initiator is an assignee, it now', '审批人是发起人时，现在'],
  onReject: ['a rejection now', '驳回后现在'],
};

const PERMISSION_WORDS: Record<string, [string, string]> = {
  read: ['read', '只读'],
  edit: ['edit', '可编辑'],
  hidden: ['hidden', '隐藏'],
};

export function permissionWord(p: unknown, lang: Lang): string {
  const w = PERMISSION_WORDS[String(p)];
  return w ? (lang === 'en' ? w[0] : w[1]) : String(p);
}

export function listOrDefault(items: unknown, lang: Lang, fallback: [string, string]): string {
  if (!Array.isArray(items)) return lang === 'en' ? fallback[0] : fallback[1];
  return items.length === 0 ? (lang === 'en' ? 'none' : '无') : list(items.map(String), lang);
}

/** A short rendering of a JSON value for "now X (was Y)". */
export function showValue(v: unknown, lang: Lang): string {
  if (v === undefined) return lang === 'en' ? 'unset' : '未设置';
  if (typeof v === 'string') return v;
  // Bilingual text (names, descriptions, titles) reads better as its text in this language.
  if (isJson(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k === 'en' || k === 'zh-CN')) {
    const text = textIn(v, lang) ?? '';
    return quote(text.length > 60 ? text.slice(0, 57) + '...' : text, lang);
  }
  const s = JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
