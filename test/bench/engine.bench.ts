// Issue 3's benchmark: the same five-step CRM approval (manager -> exclusive branch on amount ->
// director on the high branch -> finance -> end, half the requests on each branch) through
// Baton's engine and through bpmn-engine, in one process. Both keep their instances in memory
// and complete every user task as soon as it waits. Prints instances/s, task completions/s, the
// ratio (goal: at least 1,000x) and the bytes of a waiting snapshot (goal: under 4 KiB).
import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine as BpmnEngine } from 'bpmn-engine';
import { createEngine, createStaticDirectory, type Env, type Snapshot } from '../../packages/engine/src/index.ts';
import { crmApproval, ORG } from '../../packages/engine/src/testing/crm-fixtures.ts';

const here = dirname(fileURLToPath(import.meta.url));
const BPMN = readFileSync(join(here, 'fixtures', 'crm-approval.bpmn'), 'utf8');
const amountOf = (i: number) => (i % 2 === 0 ? 25_000 : 4_000);

interface Figures {
  instances: number;
  completions: number;
  seconds: number;
}

function baton(seconds: number, sizes?: number[]): Figures {
  const engine = createEngine();
  const def = crmApproval();
  let n = 0;
  const env: Env = { now: '2026-01-05T09:00:00.000Z', ids: { next: (p) => `${p}${++n}` }, directory: createStaticDirectory(ORG) };
  let instances = 0;
  let completions = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  while (performance.now() < until) {
    for (let k = 0; k < 200; k++) {
      const started = engine.start(def, { initiator: instances % 3 === 0 ? 'sue' : 'sam', data: { amount: amountOf(instances) } }, env);
      if (!started.ok) throw new Error(started.refusal.message.en);
      let s: Snapshot = started.snapshot;
      while (s.status === 'running') {
        if (sizes) sizes.push(JSON.stringify(s).length);
        const task = s.tasks.find((t) => t.status === 'pending')!;
        const r = engine.apply(def, s, { type: 'approve', actor: task.user, taskId: task.id }, env);
        if (!r.ok) throw new Error(r.refusal.message.en);
        s = r.snapshot;
        completions++;
      }
      if (s.status !== 'approved') throw new Error(`baton ended ${s.status}`);
      instances++;
    }
  }
  return { instances, completions, seconds: (performance.now() - t0) / 1000 };
}

async function bpmnOnce(amount: number, moddleContext: unknown, sizes?: number[]): Promise<number> {
  const listener = new EventEmitter();
  const engine = new BpmnEngine({ name: 'crm-approval', moddleContext, variables: { amount } } as never);
  let completions = 0;
  const ended = new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', reject);
  });
  listener.on('wait', (api: { signal(): void }) => {
    completions++;
    if (sizes && completions === 1) {
      void engine.getState().then((state: unknown) => sizes.push(JSON.stringify(state).length)).then(() => api.signal());
      return;
    }
    api.signal();
  });
  await engine.execute({ listener } as never);
  await ended;
  return completions;
}

async function bpmn(seconds: number): Promise<Figures> {
  // Parse the XML once, so bpmn-engine is measured running instances, not parsing.
  const moddleContext = await (new BpmnEngine({ source: BPMN }) as unknown as { _getModdleContext(s: string): Promise<unknown> })._getModdleContext(BPMN);
  let instances = 0;
  let completions = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  while (performance.now() < until) {
    completions += await bpmnOnce(amountOf(instances), moddleContext);
    instances++;
  }
  return { instances, completions, seconds: (performance.now() - t0) / 1000 };
}

const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');

export async function run(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 3);
  baton(0.5);
  const sizes: number[] = [];
  baton(0.05, sizes);
  const b = baton(seconds);
  const moddleContext = await (new BpmnEngine({ source: BPMN }) as unknown as { _getModdleContext(s: string): Promise<unknown> })._getModdleContext(BPMN);
  const bpmnSizes: number[] = [];
  for (let i = 0; i < 4; i++) await bpmnOnce(amountOf(i), moddleContext, bpmnSizes);
  const p = await bpmn(seconds);
  const ratio = b.completions / b.seconds / (p.completions / p.seconds);
  const maxBytes = Math.max(...sizes);
  const avgBytes = Math.round(sizes.reduce((a, x) => a + x, 0) / sizes.length);
  const bpmnBytes = Math.round(bpmnSizes.reduce((a, x) => a + x, 0) / bpmnSizes.length);
  console.log(`five-step CRM approval, 50/50 branch split, ${seconds}s per engine; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`baton        ${rate(b.instances, b.seconds).padStart(12)} instances/s ${rate(b.completions, b.seconds).padStart(12)} task completions/s`);
  console.log(`bpmn-engine  ${rate(p.instances, p.seconds).padStart(12)} instances/s ${rate(p.completions, p.seconds).padStart(12)} task completions/s`);
  console.log(`ratio (task completions/s): ${Math.round(ratio).toLocaleString('en-US')}x  (goal >= 1,000x: ${ratio >= 1000 ? 'met' : 'NOT met'})`);
  console.log(`waiting snapshot: ${avgBytes} bytes on average, ${maxBytes} at most (goal < 4096: ${maxBytes < 4096 ? 'met' : 'NOT met'}); bpmn-engine state: ${bpmnBytes} bytes`);
}
