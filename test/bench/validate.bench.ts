// Validation speed: validateWorkflow (schema + lint) on a generated 500-node definition, a long
// chain of blocks, each with an exclusive branch (two conditions and a default, merging again)
// and a parallel fork closed by a join. Goal (issue 2): under 5 ms per validation.
// `pnpm bench validate` runs just this file.
import { loadavg } from 'node:os';
import { checkInputLimits, lintWorkflow, validateSchema, validateWorkflow, type BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';

const GOAL_MS = 5;
const WARMUP = 50;
const RUNS = 500;

/** A definition of exactly `size` nodes (size >= 20). */
export function generateDefinition(size = 500): BatonWorkflowDefinition {
  const nodes: Array<Record<string, unknown>> = [{ id: 'start', type: 'start' }];
  const edges: Array<Record<string, unknown>> = [];
  const task = (id: string, type: string, k: number) => ({
    id,
    type,
    name: { en: `Step ${id}`, 'zh-CN': `步骤 ${id}` },
    assignees: [{ type: 'role', role: `team-${k % 7}` }, { type: 'manager', level: 1 + (k % 3) }],
    ...(type === 'cc' ? {} : { fieldPermissions: { discount: 'edit', amount: 'read' } }),
    ...(type === 'approval' ? { mode: 'all', timeouts: [{ after: 'P2D', action: 'remind', repeat: { every: 'PT12H', max: 3 } }] } : {}),
  });
  let prev = 'start';
  let k = 0;
  while (nodes.length + 9 + 1 <= size) {
    const ids = ['a', 'x', 'big', 'mid', 'small', 'p', 'l', 'o', 'j'].map((s) => `${s}${k}`);
    const [a, x, big, mid, small, p, l, o, j] = ids as [string, string, string, string, string, string, string, string, string];
    nodes.push(task(a, 'approval', k), { id: x, type: 'exclusive' }, task(big, 'approval', k), task(mid, 'handler', k), task(small, 'cc', k));
    nodes.push({ id: p, type: 'parallel' }, task(l, 'approval', k), task(o, 'handler', k), { id: j, type: 'join' });
    edges.push({ from: prev, to: a }, { from: a, to: x });
    edges.push({ id: `e${k}-big`, from: x, to: big, condition: `amount > vars.threshold * ${k + 1}.0`, priority: 1 });
    edges.push({ id: `e${k}-mid`, from: x, to: mid, condition: `discount > 0.${(k % 9) + 1} && customer != "c${k}"`, priority: 2 });
    edges.push({ id: `e${k}-small`, from: x, to: small, default: true });
    edges.push({ from: big, to: p }, { from: mid, to: p }, { from: small, to: p });
    edges.push({ from: p, to: l }, { from: p, to: o }, { from: l, to: j }, { from: o, to: j });
    prev = j;
    k++;
  }
  while (nodes.length + 1 < size) {
    const id = `tail${nodes.length}`;
    nodes.push(task(id, 'cc', nodes.length));
    edges.push({ from: prev, to: id });
    prev = id;
  }
  nodes.push({ id: 'end', type: 'end' });
  edges.push({ from: prev, to: 'end' });
  return {
    key: 'bench-flow',
    name: { en: 'Benchmark flow', 'zh-CN': '基准流程' },
    form: {
      fields: [
        { key: 'customer', type: 'text', label: { en: 'Customer' }, required: true },
        { key: 'amount', type: 'money', label: { en: 'Amount' }, required: true },
        { key: 'discount', type: 'number', label: { en: 'Discount' } },
        { key: 'reason', type: 'textarea', label: { en: 'Reason' }, visibleWhen: 'discount > 0.2' },
        { key: 'owner', type: 'user', label: { en: 'Owner' } },
        { key: 'due', type: 'date', label: { en: 'Due' } },
        {
          key: 'items',
          type: 'detail-table',
          label: { en: 'Items' },
          columns: [
            { key: 'qty', type: 'number', label: { en: 'Qty' } },
            { key: 'price', type: 'money', label: { en: 'Price' } },
            { key: 'subtotal', type: 'formula', label: { en: 'Subtotal' }, expression: 'qty * price' },
          ],
        },
      ],
    },
    variables: { threshold: { type: 'number', value: 50000 } },
    nodes,
    edges,
    layout: Object.fromEntries(nodes.map((n, i) => [n.id as string, { x: (i % 10) * 200, y: Math.floor(i / 10) * 120 }])),
  } as unknown as BatonWorkflowDefinition;
}

function time(fn: () => void): { mean: number; p50: number; p99: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { mean: samples.reduce((s, x) => s + x, 0) / samples.length, p50: at(0.5), p99: at(0.99) };
}

const ms = (x: number) => x.toFixed(3).padStart(7);

export async function run(): Promise<void> {
  const def = generateDefinition(500);
  const check = validateWorkflow(def);
  if (!check.ok || check.problems.length > 0) {
    throw new Error(`the generated definition should be valid: ${JSON.stringify(check.problems.slice(0, 3))}`);
  }
  const conditions = def.edges.filter((e) => e.condition).length;
  console.log(`definition: ${def.nodes.length} nodes, ${def.edges.length} edges, ${conditions} conditions, ${JSON.stringify(def).length} bytes`);
  // The machines are shared; the load average says how much the figures may be disturbed.
  console.log(`runs: ${RUNS} after ${WARMUP} warm-up runs, one process; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('                              mean      p50      p99   (ms)');
  const rows: Array<[string, () => void]> = [
    ['validateWorkflow (all)', () => void validateWorkflow(def)],
    ['  input limits walk', () => void checkInputLimits(def)],
    ['  schema (with the walk)', () => void validateSchema(def, 'workflow')],
    ['  lint only', () => void lintWorkflow(def)],
  ];
  let total = 0;
  for (const [label, fn] of rows) {
    const t = time(fn);
    if (total === 0) total = t.mean;
    console.log(`${label.padEnd(26)} ${ms(t.mean)}  ${ms(t.p50)}  ${ms(t.p99)}`);
  }
  const ratio = total / GOAL_MS;
  console.log(`goal ${GOAL_MS} ms per validation: mean is ${ratio.toFixed(2)}x the goal (${ratio <= 1 ? 'met' : 'MISSED'})`);
}
