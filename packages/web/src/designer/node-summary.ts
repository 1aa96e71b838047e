// One line that says what a node does, for its canvas card: who, how, or what.
import type { AssigneeRule, Node } from '@baton/schema';

type Translate = (key: string, named?: Record<string, unknown>) => string;

export function assigneeText(rule: AssigneeRule, t: Translate): string {
  const kind = t(`assignee.kinds.${rule.type}`);
  switch (rule.type) {
    case 'users': return `${kind}: ${rule.users.join(', ')}`;
    case 'role': return `${kind}: ${rule.role}`;
    case 'department-head': return rule.department ? `${kind}: ${rule.department}` : kind;
    case 'manager': return `${kind} ${rule.level ?? 1}`;
    case 'manager-chain': return `${kind} → ${rule.to === 'top' ? t('assignee.top') : rule.to}`;
    case 'form-field': return `${kind}: ${rule.field}`;
    default: return kind;
  }
}

export function nodeSummary(node: Node, locale: 'en' | 'zh-CN', t: Translate): string {
  switch (node.type) {
    case 'approval':
    case 'handler':
    case 'cc': {
      const rules = node.assignees ?? [];
      if (rules.length === 0) return '—';
      const first = rules[0] ? assigneeText(rules[0], t) : '';
      return rules.length > 1 ? `${first} +${rules.length - 1}` : first;
    }
    case 'delay':
      return node.duration ?? (node.until ? `${node.until.field} ${node.until.offset ?? ''}` : '');
    case 'automation':
      return node.action.type;
    case 'subflow':
      return node.flow;
    case 'end':
      return t(`enums.${node.outcome ?? 'approved'}`);
    default:
      return node.description?.[locale] ?? '';
  }
}
