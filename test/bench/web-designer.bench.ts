// The flow designer opening a 300-node definition in Debian's Chromium (goal: interactive in
// under 1.5 s), and the workspace's first load (goal: no X6 code). `pnpm bench web`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ensureWebBuilt, launchChromium, signedInPage, startStack } from '../browser/harness.ts';
import { chainDefinition, timeDesignerOpens } from '../browser/designer-timing.ts';

const GOAL_MS = 1500;

export async function run(): Promise<void> {
  await ensureWebBuilt();
  const stack = await startStack();
  const browser = await launchChromium();
  try {
    const login = await fetch(`${stack.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'browser-pass-1' }) });
    const { token } = (await login.json()) as { token: string };
    const created = await fetch(`${stack.url}/api/definitions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(chainDefinition(300)) });
    if (created.status !== 201) throw new Error(`seeding the 300-node flow: ${created.status}`);

    const runs = await timeDesignerOpens(browser, stack, 'perf-300', 7);
    const sorted = runs.map((r) => r.interactive).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`300-node definition, open -> first card (ms): ${runs.map((r) => r.shown).join(', ')}`);
    console.log(`300-node definition, open -> interactive (ms): ${runs.map((r) => r.interactive).join(', ')}`);
    console.log(`median ${median} ms, best ${sorted[0]} ms; goal ${GOAL_MS} ms: median is ${(median / GOAL_MS).toFixed(2)}x the goal`);

    const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const designerChunk = manifest['src/views/studio/designer/index.vue']?.file ?? '?';
    const page = await signedInPage(browser, stack, 'li.na', 'zh-CN');
    const fresh = await page.context().newPage();
    stack.scripts.length = 0;
    await fresh.goto(`${stack.url}/workspace/inbox`);
    await fresh.waitForSelector('[data-test=inbox-page]');
    await fresh.waitForLoadState('networkidle');
    const withX6 = stack.scripts.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('x6-graph'));
    const withEcharts = stack.scripts.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('_echarts_instance_'));
    const x6Chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(join(DIST, 'assets', f), 'utf8').includes('x6-graph'));
    console.log(`workspace first load: ${stack.scripts.length} scripts, ${withX6.length} with X6 (X6 lives in ${x6Chunks.join(', ')}), ${withEcharts.length} with ECharts; designer chunk ${designerChunk} loaded: ${stack.scripts.includes(`/${designerChunk}`)}`);
    await page.context().close();
  } finally {
    await browser.close();
    await stack.close();
  }
}
