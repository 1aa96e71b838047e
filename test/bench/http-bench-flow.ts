// The one-step flow the HTTP benches approve: start -> manager approval -> end.
export const BENCH_FLOW = {
  key: 'bench-approval',
  name: { en: 'Bench approval', 'zh-CN': '压测审批' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }, { key: 'reason', type: 'text', label: { en: 'Reason' } }] },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'manager', type: 'approval', assignees: [{ type: 'manager', level: 1 }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'manager' }, { from: 'manager', to: 'end' }],
};
