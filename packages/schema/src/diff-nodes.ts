// Node changes: added, removed, renamed, and, per property family, assignees, approval mode,
// policies, timeouts, field permissions, buttons; anything else is a generic node change.
import type { WorkflowChange, WorkflowChangeKind } from './diff.ts';
import { sameJson } from './diff.ts';
import {
  assignees,
  both,
  listOrDefault,
  modePhrase,
  nodeName,
  nodeRef,
  permissionWord,
  POLICY_SUBJECT,
  policyValue,
  quote,
  timeoutsPhrase,
  typeWord,
  type Lang,
} from './diff-words.ts';
import { arrayOf, isJson, type Json } from './lint/workflow-index.ts';
import { pointerToken } from './problem.ts';

interface Indexed {
  index: number;
  node: Json;
}

export function nodesById(doc: Json): Map<string, Indexed> {
  const m = new Map<string, Indexed>();
  arrayOf(doc.nodes).forEach((node, index) => {
    if (isJson(node) && typeof node.id === 'string' && !m.has(node.id)) m.set(node.id, { index, node });
  });
  return m;
}

const HANDLED = new Set(['id', 'type', 'name', 'assignees', 'mode', 'passRatio', 'emptyAssignees', 'initiatorIsAssignee', 'onReject', 'timeouts', 'fieldPermissions', 'buttons', 'commentRequired']);

export function diffNodes(a: Json, b: Json): WorkflowChange[] {
  const before = nodesById(a);
  const after = nodesById(b);
  const namesAfter = new Map([...after].map(([id, x]) => [id, x.node]));
  const namesBefore = new Map([...before].map(([id, x]) => [id, x.node]));
  const out: WorkflowChange[] = [];
  const change = (kind: WorkflowChangeKind, id: string, pointer: string, summary: (l: Lang) => string, was?: unknown, now?: unknown) => {
    const c: WorkflowChange = { kind, target: { type: 'node', id }, pointer, summary: both(summary) };
    if (was !== undefined) c.before = was;
    if (now !== undefined) c.after = now;
    out.push(c);
  };
  for (const [id, { index, node }] of after) {
    const old = before.get(id)?.node;
    const at = `/nodes/${index}`;
    if (!old) {
      const preds = arrayOf(b.edges).filter((e) => isJson(e) && e.to === id && typeof e.from === 'string') as Json[];
      const from = preds.length === 1 ? String(preds[0]!.from) : undefined;
      change('node-added', id, at, (l) => {
        const where = from === undefined ? '' : l === 'en' ? ` after ${quote(nodeName(namesAfter.get(from), from, l), l)}` : `（在${quote(nodeName(namesAfter.get(from), from, l), l)}之后）`;
        return l === 'en' ? `${nodeRef(node, id, l)} added${where}` : `新增${nodeRef(node, id, l)}${where}`;
      }, undefined, node);
      continue;
    }
    if (old.type !== node.type) {
      change('node-type-changed', id, `${at}/type`, (l) =>
        l === 'en'
          ? `${quote(nodeName(node, id, l), l)} changed from ${typeWord(old.type, l)} to ${typeWord(node.type, l)}`
          : `${quote(nodeName(node, id, l), l)}由${typeWord(old.type, l)}改为${typeWord(node.type, l)}`, old.type, node.type);
    }
    const ref = (l: Lang) => nodeRef(node, id, l);
    const name = (l: Lang) => quote(nodeName(node, id, l), l);
    if (!sameJson(old.name, node.name)) {
      change('node-renamed', id, `${at}/name`, (l) =>
        l === 'en'
          ? `${typeWord(node.type, l)} ${quote(nodeName(old, id, l), l)} renamed to ${name(l)}`
          : `${typeWord(node.type, l)}${quote(nodeName(old, id, l), l)}更名为${name(l)}`, old.name, node.name);
    }
    if (!sameJson(old.assignees, node.assignees)) {
      change('assignees-changed', id, `${at}/assignees`, (l) =>
        l === 'en'
          ? `${ref(l)} now goes to ${assignees(node.assignees, l)} instead of ${assignees(old.assignees, l)}`
          : `${ref(l)}现在由${assignees(node.assignees, l)}处理，原为${assignees(old.assignees, l)}`, old.assignees, node.assignees);
    }
    if (!sameJson(old.mode, node.mode) || !sameJson(old.passRatio, node.passRatio)) {
      const now = { mode: node.mode, passRatio: node.passRatio };
      const was = { mode: old.mode, passRatio: old.passRatio };
      change('approval-mode-changed', id, `${at}/mode`, (l) =>
        l === 'en'
          ? `${ref(l)} now needs ${modePhrase(node.mode, node.passRatio, assignees(node.assignees, l), l)} instead of ${modePhrase(old.mode, old.passRatio, undefined, l)}`
          : `${ref(l)}现在需要${modePhrase(node.mode, node.passRatio, assignees(node.assignees, l), l)}，原为${modePhrase(old.mode, old.passRatio, undefined, l)}`, was, now);
    }
    for (const policy of ['emptyAssignees', 'initiatorIsAssignee', 'onReject'] as const) {
      if (sameJson(old[policy], node[policy])) continue;
      const subject = POLICY_SUBJECT[policy]!;
      change('policy-changed', id, `${at}/${policy}`, (l) => {
        const now = policyValue(policy, node[policy], l, namesAfter);
        const was = policyValue(policy, old[policy], l, namesBefore);
        return l === 'en' ? `${ref(l)}: ${subject[0]} ${now} instead of ${was}` : `${ref(l)}：${subject[1]}${now}，原为${was}`;
      }, old[policy], node[policy]);
    }
    if (!sameJson(old.timeouts, node.timeouts)) {
      change('timeouts-changed', id, `${at}/timeouts`, (l) => {
        const now = timeoutsPhrase(node.timeouts, l);
        if (l === 'en') return now ? `${name(l)} now times out ${now}` : `${name(l)} no longer times out`;
        return now ? `${name(l)}现在超时 ${now}` : `${name(l)}不再有超时设置`;
      }, old.timeouts, node.timeouts);
    }
    if (!sameJson(old.fieldPermissions, node.fieldPermissions)) {
      const was = isJson(old.fieldPermissions) ? old.fieldPermissions : {};
      const now = isJson(node.fieldPermissions) ? node.fieldPermissions : {};
      const base = node.type === 'start' ? 'edit' : 'read';
      const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) => (was[k] ?? base) !== (now[k] ?? base));
      change('permissions-changed', id, `${at}/fieldPermissions`, (l) => {
        const parts = keys.map((k) =>
          l === 'en'
            ? `'${k}' is now ${permissionWord(now[k] ?? base, l)} (was ${permissionWord(was[k] ?? base, l)})`
            : `「${k}」现在为${permissionWord(now[k] ?? base, l)}（原为${permissionWord(was[k] ?? base, l)}）`,
        );
        const body = parts.length > 0 ? parts.join(l === 'en' ? ', ' : '，') : l === 'en' ? 'listed explicitly now' : '改为显式列出';
        return l === 'en' ? `${name(l)} field permissions: ${body}` : `${name(l)}的字段权限：${body}`;
      }, old.fieldPermissions, node.fieldPermissions);
    }
    for (const prop of ['buttons', 'commentRequired'] as const) {
      if (sameJson(old[prop], node[prop])) continue;
      change('buttons-changed', id, `${at}/${prop}`, (l) => {
        const fallback: [string, string] = prop === 'buttons' ? ['the default buttons', '默认按钮'] : ['none', '无'];
        const now = listOrDefault(node[prop], l, fallback);
        const was = listOrDefault(old[prop], l, fallback);
        if (prop === 'buttons') return l === 'en' ? `${name(l)} now offers ${now} (was ${was})` : `${name(l)}的按钮现在为 ${now}（原为 ${was}）`;
        if (!Array.isArray(node[prop]) || node[prop].length === 0) {
          return l === 'en' ? `${name(l)} no longer requires a comment (was required to ${was})` : `${name(l)}不再要求填写意见（原为：${was}）`;
        }
        return l === 'en' ? `${name(l)} now requires a comment to ${now} (was ${was})` : `${name(l)}现在需要填写意见的操作：${now}（原为 ${was}）`;
      }, old[prop], node[prop]);
    }
    const others = [...new Set([...Object.keys(old), ...Object.keys(node)])].filter((k) => !HANDLED.has(k) && !sameJson(old[k], node[k]));
    if (others.length > 0) {
      const pick = (n: Json) => Object.fromEntries(others.filter((k) => n[k] !== undefined).map((k) => [k, n[k]]));
      const pointer = others.length === 1 ? `${at}/${pointerToken(others[0]!)}` : at;
      change('node-changed', id, pointer, (l) =>
        l === 'en' ? `${ref(l)} changed: ${others.join(', ')}` : `${ref(l)}已修改：${others.join('、')}`, pick(old), pick(node));
    }
  }
  for (const [id, { index, node }] of before) {
    if (after.has(id)) continue;
    change('node-removed', id, `/nodes/${index}`, (l) => (l === 'en' ? `${nodeRef(node, id, l)} removed` : `删除了${nodeRef(node, id, l)}`), node);
  }
  return out;
}
