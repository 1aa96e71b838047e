// `baton bpmn export|import` over real processes: data on stdout (or --out), messages on stderr,
// exit 1 with problems (one line per element, file:line:column), exit 2 on usage errors.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lines, REPO, runBaton } from '../cli/run-baton.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baton-bpmn-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const FIXTURES = 'test/bpmn/fixtures';

describe('baton bpmn export', () => {
  test('writes BPMN to stdout, and importing it gives back the template file byte for byte', async () => {
    const exported = await runBaton(['bpmn', 'export', 'templates/contract-approval']);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<bpmn:definitions /);
    const file = join(dir, 'contract.bpmn');
    await writeFile(file, exported.stdout);
    const imported = await runBaton(['bpmn', 'import', file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(await readFile(join(REPO, 'templates/contract-approval/workflow.json'), 'utf8'));
  });

  test('--out writes the file and says so on stderr; --names zh-CN shows Chinese names', async () => {
    const out = join(dir, 'discount.bpmn');
    const run = await runBaton(['bpmn', 'export', 'templates/discount-approval/workflow.json', '--out', out, '--names', 'zh-CN']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`exported discount-approval -> ${out}\n`);
    expect(await readFile(out, 'utf8')).toContain('<bpmn:userTask id="director" name="销售总监审批">');
  });

  test('a definition with errors is refused with its problems and exit 1', async () => {
    const wf = JSON.parse(await readFile(join(REPO, 'templates/discount-approval/workflow.json'), 'utf8')) as { edges: unknown[] };
    wf.edges.push({ from: 'approved', to: 'ghost' });
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(wf));
    const run = await runBaton(['bpmn', 'export', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}:/edges/8/to: `);
    expect(run.stderr).toContain('[lint/edge-unknown-node]');
  });

  test('a missing file, or a bad option value, exits 1 or 2', async () => {
    expect((await runBaton(['bpmn', 'export', 'templates/nope/workflow.json'])).code).toBe(1);
    const usage = await runBaton(['bpmn', 'export', 'templates/discount-approval', '--names', 'fr']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("argument 'fr' is invalid");
  });
});

describe('baton bpmn import', () => {
  test('a Camunda Modeler file imports with its key given, writing a canonical file with $schema', async () => {
    const out = join(dir, 'purchase.json');
    const run = await runBaton(['bpmn', 'import', `${FIXTURES}/camunda-purchase-request.bpmn`, '--key', 'purchase', '--out', out]);
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual([
      `${FIXTURES}/camunda-purchase-request.bpmn:29:5: warning: <bpmn:boundaryEvent id="Event_Remind"> is read as a reminder to the assignee [bpmn/timeout-as-reminder]`,
      `imported purchase -> ${out}`,
    ]);
    const def = JSON.parse(await readFile(out, 'utf8')) as { key: string; $schema: string };
    expect(def.key).toBe('purchase');
    expect(def.$schema.endsWith('schemas/workflow.schema.json')).toBe(true);
    const validated = await runBaton(['validate', out]);
    expect(validated.code).toBe(0);
    const fmt = await runBaton(['fmt', '--check', out]);
    expect(fmt.code).toBe(0);
  });

  test('with --out elsewhere, the restored $schema is rebased so editors still find the schema', async () => {
    const bpmn = join(dir, 'refund.bpmn');
    expect((await runBaton(['bpmn', 'export', 'templates/refund-approval', '--out', bpmn])).code).toBe(0);
    const out = join(dir, 'nested', 'refund.json');
    await mkdir(dirname(out), { recursive: true });
    expect((await runBaton(['bpmn', 'import', bpmn, '--out', out])).code).toBe(0);
    const def = JSON.parse(await readFile(out, 'utf8')) as { $schema: string };
    expect(resolve(dirname(out), def.$schema)).toBe(join(REPO, 'schemas/workflow.schema.json'));
  });

  test('unsupported elements: exit 1, one line per element with file:line:column', async () => {
    const run = await runBaton(['bpmn', 'import', `${FIXTURES}/unsupported-elements.bpmn`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const out = lines(run.stderr);
    expect(out).toHaveLength(16);
    expect(out).toContain(`${FIXTURES}/unsupported-elements.bpmn:23:5: <bpmn:scriptTask id="Task_3"> is not supported: Baton has no script tasks [bpmn/unsupported-element]`);
    expect(out.every((l) => /^test\/bpmn\/fixtures\/unsupported-elements\.bpmn:\d+:\d+: <bpmn:\w+ id="[^"]+"> /.test(l))).toBe(true);
  });

  test('--json prints the problems as JSON on stdout, in the chosen language', async () => {
    const run = await runBaton(['bpmn', 'import', `${FIXTURES}/unsupported-elements.bpmn`, '--json', '--lang', 'zh-CN']);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; code: string; message: string }>;
    expect(problems.find((p) => p.line === 23)).toEqual({
      file: `${FIXTURES}/unsupported-elements.bpmn`,
      pointer: '',
      code: 'bpmn/unsupported-element',
      severity: 'error',
      message: '<bpmn:scriptTask id="Task_3"> 不受支持：Baton 没有脚本任务',
      line: 23,
      column: 5,
    });
  });

  test('malformed XML and DTDs are refused with their line and column, never an internal error', async () => {
    const broken = join(dir, 'broken.bpmn');
    await writeFile(broken, '<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <bpmn:process id="p">\n    <bpmn:task id="t" name="x>\n');
    const run = await runBaton(['bpmn', 'import', broken]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)[0]).toBe(`${broken}:4:5: malformed XML: missing closing quotes (at <bpmn:task>) [bpmn/xml-syntax]`);
    const xxe = join(dir, 'xxe.bpmn');
    await writeFile(xxe, '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">&x;</bpmn:definitions>\n');
    const refused = await runBaton(['bpmn', 'import', xxe]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^${xxe}:2:1: document type declarations .* \\[bpmn/doctype\\]\\n$`));
    expect(refused.stdout + refused.stderr).not.toContain('root:');
  });

  test('usage errors exit 2: a bad key, a missing argument', async () => {
    const key = await runBaton(['bpmn', 'import', `${FIXTURES}/camunda-purchase-request.bpmn`, '--key', 'Bad Key']);
    expect(key.code).toBe(2);
    expect(key.stderr).toContain("option '--key <key>' argument 'Bad Key' is invalid");
    expect((await runBaton(['bpmn', 'import'])).code).toBe(2);
    expect((await runBaton(['bpmn', 'import', join(dir, 'none.bpmn')])).stderr).toBe(`${join(dir, 'none.bpmn')}: cannot read the file: no such file [file/unreadable]\n`);
  });

  test('--help shows examples for each verb', async () => {
    for (const verb of ['export', 'import']) {
      const help = await runBaton(['bpmn', verb, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Examples:');
      expect(help.stdout).toContain(`$ baton bpmn ${verb} `);
    }
  });
});
