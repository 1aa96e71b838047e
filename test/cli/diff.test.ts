// `baton diff`: two versions of a template's workflow, in text, Markdown and JSON; exit codes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readJson, runBaton, scratchCopy, writeJson } from './run-baton.ts';

let dir: string;
let dispose: () => Promise<void>;
let v1: string;
let v2: string;
let moved: string;

beforeAll(async () => {
  ({ dir, dispose } = await scratchCopy());
  v1 = join(dir, 'templates/discount-approval/workflow.json');
  // Version 2: a higher director threshold, a new legal step after finance, a changed condition.
  const wf = (await readJson(v1)) as Record<string, any>;
  wf.variables.director_amount.value = 300000;
  wf.nodes.splice(6, 0, {
    id: 'legal',
    type: 'approval',
    name: { en: 'Legal review', 'zh-CN': '法务审核' },
    assignees: [{ type: 'role', role: 'legal-counsel' }],
  });
  const financeEdge = wf.edges.find((e: { id?: string }) => e.id === 'e_finance');
  financeEdge.to = 'legal';
  wf.edges.push({ id: 'e_legal', from: 'legal', to: 'approved' });
  wf.edges.find((e: { id?: string }) => e.id === 'e_medium').condition = 'amount > vars.manager_amount';
  wf.layout.legal = { x: 160, y: 600 };
  v2 = join(dir, 'workflow-v2.json');
  await writeJson(v2, wf);
  // Only the canvas changed.
  const layoutOnly = (await readJson(v1)) as Record<string, any>;
  layoutOnly.layout.manager = { x: 999, y: 999 };
  moved = join(dir, 'workflow-moved.json');
  await writeJson(moved, layoutOnly);
});
afterAll(() => dispose());

describe('baton diff', () => {
  test('describes the changes in text and exits 0', async () => {
    const run = await runBaton(['diff', v1, v2]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("approval 'Legal review' added");
    expect(run.stdout).toContain("variable 'director_amount' is now 300000 (was 200000)");
    expect(run.stdout).toContain('now applies when amount > vars.manager_amount');
    expect(run.stdout.endsWith('\n')).toBe(true);
  });

  test('--format markdown is Markdown and --lang zh-CN is Chinese', async () => {
    const md = await runBaton(['diff', v1, v2, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^[#*|-] /m);
    const zh = await runBaton(['diff', v1, v2, '--format', 'markdown', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.stdout).not.toBe(md.stdout);
  });

  test('--format json is a parseable list of changes', async () => {
    const run = await runBaton(['diff', v1, v2, '--format', 'json']);
    expect(run.code).toBe(0);
    const changes = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(changes)).toBe(true);
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(changes)).toContain('legal');
  });

  test('--exit-code exits 1 when the versions differ and 0 when they do not', async () => {
    expect((await runBaton(['diff', v1, v2, '--exit-code'])).code).toBe(1);
    const same = await runBaton(['diff', v1, v1, '--exit-code', '--format', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual([]);
  });

  test('moving nodes on the canvas is not a change', async () => {
    const run = await runBaton(['diff', v1, moved, '--format', 'json', '--exit-code']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  test('a template folder stands for its workflow', async () => {
    const run = await runBaton(['diff', join(dir, 'templates/discount-approval'), v2, '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  test('an input that is not a valid workflow exits 2 and says why on stderr', async () => {
    const missing = await runBaton(['diff', v1, join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('nope.json: cannot read the file');
    const org = await runBaton(['diff', v1, join(dir, 'templates/demo-org.json')]);
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('expected a workflow, found an org file');
  });
});
