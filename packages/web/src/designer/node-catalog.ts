// Every node type the designer offers: how it looks on the palette and canvas, and the node a
// drop creates. The type strings are the schema's; the palette order is the order here.
import type { I18NText, Node } from '@baton/schema';

export type NodeType = Node['type'];
export type PaletteGroup = 'people' | 'branches' | 'automatic' | 'bounds';

export interface NodeKind {
  type: NodeType;
  group: PaletteGroup;
  label: Required<I18NText>;
  /** Accent colour of the node card (Element Plus palette). */
  color: string;
  /** One or two glyphs shown in the card's badge. */
  glyph: string;
  /** The node a drop of this kind creates (with the given id). */
  create: (id: string) => Node;
}

const name = (en: string, zh: string): Required<I18NText> => ({ en, 'zh-CN': zh });

export const NODE_KINDS: readonly NodeKind[] = [
  { type: 'start', group: 'bounds', label: name('Start', '发起'), color: '#409eff', glyph: '▶', create: (id) => ({ id, type: 'start' }) },
  {
    type: 'approval', group: 'people', label: name('Approval', '审批'), color: '#e6a23c', glyph: '审',
    create: (id) => ({ id, type: 'approval', name: name('Approval', '审批'), assignees: [] }),
  },
  {
    type: 'handler', group: 'people', label: name('Handler task', '办理'), color: '#9b59b6', glyph: '办',
    create: (id) => ({ id, type: 'handler', name: name('Handler task', '办理'), assignees: [] }),
  },
  {
    type: 'cc', group: 'people', label: name('CC', '抄送'), color: '#3aa8a0', glyph: '抄',
    create: (id) => ({ id, type: 'cc', name: name('CC', '抄送'), assignees: [] }),
  },
  {
    type: 'exclusive', group: 'branches', label: name('Exclusive branch', '条件分支'), color: '#67c23a', glyph: '◇',
    create: (id) => ({ id, type: 'exclusive', name: name('Condition', '条件分支') }),
  },
  {
    type: 'inclusive', group: 'branches', label: name('Inclusive branch', '包容分支'), color: '#52a33a', glyph: '◎',
    create: (id) => ({ id, type: 'inclusive', name: name('Inclusive', '包容分支') }),
  },
  {
    type: 'parallel', group: 'branches', label: name('Parallel fork', '并行分支'), color: '#2f9e8f', glyph: '∥',
    create: (id) => ({ id, type: 'parallel', name: name('Parallel', '并行分支') }),
  },
  {
    type: 'join', group: 'branches', label: name('Join', '汇聚'), color: '#2f7e9e', glyph: '⋈',
    create: (id) => ({ id, type: 'join', name: name('Join', '汇聚') }),
  },
  {
    type: 'delay', group: 'automatic', label: name('Delay', '延时'), color: '#909399', glyph: '⏱',
    create: (id) => ({ id, type: 'delay', name: name('Delay', '延时'), duration: 'P1D' }),
  },
  {
    type: 'automation', group: 'automatic', label: name('Automation', '自动化'), color: '#5b6ee1', glyph: '⚙',
    create: (id) => ({
      id, type: 'automation', name: name('Notify', '通知'),
      action: { type: 'notify', to: [{ type: 'initiator' }], message: name('Your request moved on', '您的申请有新进展') },
    }),
  },
  {
    type: 'subflow', group: 'automatic', label: name('Subflow', '子流程'), color: '#b88230', glyph: '⊂',
    create: (id) => ({ id, type: 'subflow', name: name('Subflow', '子流程'), flow: 'child-flow' }),
  },
  {
    type: 'end', group: 'bounds', label: name('End', '结束'), color: '#f56c6c', glyph: '■',
    create: (id) => ({ id, type: 'end', outcome: 'approved' }),
  },
];

export const PALETTE_GROUPS: readonly PaletteGroup[] = ['people', 'branches', 'automatic', 'bounds'];

export function nodeKind(type: string): NodeKind | undefined {
  return NODE_KINDS.find((k) => k.type === type);
}

/** Node types whose outgoing edges carry conditions (priority, default branch). */
export function isBranch(type: string): boolean {
  return type === 'exclusive' || type === 'inclusive';
}

/** A fresh node id for a type: `approval_1`, `approval_2`, ... skipping ids in use. */
export function nextNodeId(type: NodeType, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = type.replace(/-/g, '_');
  for (let n = 1; ; n++) {
    const id = `${base}_${n}`;
    if (!used.has(id)) return id;
  }
}

/** The text shown for a node: its name in the language, the other language, or its kind. */
export function nodeTitle(node: Node, locale: 'en' | 'zh-CN'): string {
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return node.name?.[locale] || node.name?.[other] || nodeKind(node.type)?.label[locale] || node.type;
}
