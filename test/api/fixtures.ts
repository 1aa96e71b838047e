// Small workflow documents for the API suites.
export function simpleFlow(key = 'expense', extra: Record<string, unknown> = {}) {
  return {
    key,
    name: { en: 'Expense claim', 'zh-CN': '报销' },
    form: {
      fields: [
        { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true, minimum: 0 },
        { key: 'reason', type: 'text', label: { en: 'Reason', 'zh-CN': '事由' } },
        { key: 'cost_centre', type: 'text', label: { en: 'Cost centre', 'zh-CN': '成本中心' } },
      ],
    },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }], fieldPermissions: { cost_centre: 'hidden' } },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'manager' },
      { from: 'manager', to: 'end' },
    ],
    settings: { withdraw: 'until-done' },
    ...extra,
  };
}

/** Two approvers in parallel branches (sales-east head, finance lead), then a join. */
export function parallelFlow(key = 'dual-review') {
  return {
    key,
    name: { en: 'Dual review', 'zh-CN': '双人审核' },
    form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true }] },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'fork', type: 'parallel' },
      { id: 'left', type: 'approval', assignees: [{ type: 'users', users: ['wang.lei'] }] },
      { id: 'right', type: 'approval', assignees: [{ type: 'users', users: ['chen.jing'] }] },
      { id: 'join', type: 'join' },
      { id: 'after', type: 'approval', assignees: [{ type: 'users', users: ['zhao.ming'] }] },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { from: 'start', to: 'fork' },
      { from: 'fork', to: 'left' },
      { from: 'fork', to: 'right' },
      { from: 'left', to: 'join' },
      { from: 'right', to: 'join' },
      { from: 'join', to: 'after' },
      { from: 'after', to: 'end' },
    ],
  };
}
