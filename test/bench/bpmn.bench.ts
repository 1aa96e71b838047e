// BPMN export and import speed on generated 500- and 1,000-node definitions (the validate bench's
// generator: exclusive branches, forks and joins, timeouts, layout), and on the largest template.
// Anchor: reading the same XML with bpmn-moddle alone (the parser fromBpmn is built on), so the
// ratio is what Baton adds on top of parsing (guards, mapping, validation of the result).
// `pnpm bench bpmn` runs just this file.
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fromBpmn, toBpmn } from '../../packages/bpmn/src/index.ts';
import { parseStrict } from '../../packages/bpmn/src/test-moddle.ts';
import type { BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';
import { REPO } from '../cli/run-baton.ts';
import { generateDefinition } from './validate.bench.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);

async function time(fn: () => unknown): Promise<{ p50: number; mean: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length / 2)]!, mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

function largestTemplate(): { name: string; def: BatonWorkflowDefinition } {
  const dir = join(REPO, 'templates');
  const all = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, def: JSON.parse(readFileSync(join(dir, d.name, 'workflow.json'), 'utf8')) as BatonWorkflowDefinition }));
  return all.sort((a, b) => b.def.nodes.length - a.def.nodes.length)[0]!;
}

export async function run(): Promise<void> {
  console.log(`${RUNS} runs each after 3 warm-up runs; load average ${loadavg()[0]!.toFixed(1)}`);
  const template = largestTemplate();
  const cases: Array<[string, BatonWorkflowDefinition]> = [
    [`template ${template.name} (${template.def.nodes.length} nodes)`, template.def],
    ['generated, 500 nodes', generateDefinition(500)],
    ['generated, 1,000 nodes', generateDefinition(1000)],
  ];
  console.log('| definition | XML | toBpmn p50 | fromBpmn p50 | bpmn-moddle fromXML p50 (anchor) | fromBpmn / anchor |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [label, def] of cases) {
    const xml = toBpmn(def).xml;
    const back = await fromBpmn(xml);
    if (!back.ok) throw new Error(`${label}: ${JSON.stringify(back.problems.slice(0, 3))}`);
    const exportMs = await time(() => toBpmn(def));
    const importMs = await time(() => fromBpmn(xml));
    const parseMs = await time(() => parseStrict(xml));
    const kb = (Buffer.byteLength(xml) / 1024).toFixed(0);
    console.log(`| ${label} | ${kb} KB | ${exportMs.p50.toFixed(1)} ms | ${importMs.p50.toFixed(1)} ms | ${parseMs.p50.toFixed(1)} ms | ${(importMs.p50 / parseMs.p50).toFixed(2)}x |`);
  }
}
