// The definition a "new flow" starts from: a start and an end, joined, laid out top to bottom.
import type { BatonWorkflowDefinition } from '@baton/schema';

export function newDefinition(key: string, name: { en: string; 'zh-CN': string }): BatonWorkflowDefinition {
  return {
    key,
    name,
    form: { fields: [] },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'end', type: 'end', outcome: 'approved' },
    ],
    edges: [{ from: 'start', to: 'end' }],
    layout: { start: { x: 0, y: 0 }, end: { x: 0, y: 200 } },
  };
}
