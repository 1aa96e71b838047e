// `baton validate` over real processes: exit codes, one line per problem, JSON output.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lines, readJson, REPO, runBaton, scratchCopy, writeJson } from './run-baton.ts';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await scratchCopy()));
afterAll(() => dispose());

const discount = () => join(dir, 'templates/discount-approval');

describe('baton validate on the repository', () => {
  test("the templates are valid, given as a quoted glob", async () => {
    const run = await runBaton(['validate', 'templates/**/*.json']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^\d+ files checked: no problems\n$/);
    expect(run.code).toBe(0);
  });

  test('a shell-expanded list of files works the same', async () => {
    const all = await readdir(join(REPO, 'templates'), { recursive: true });
    const files = all.filter((f) => f.endsWith('.json')).map((f) => `templates/${f}`);
    expect(files.length).toBeGreaterThan(20);
    const run = await runBaton(['validate', ...files]);
    expect(run.stderr).toBe(`${files.length} files checked: no problems\n`);
    expect(run.code).toBe(0);
  });

  test('a directory means every JSON file under it', async () => {
    const run = await runBaton(['validate', 'templates/contract-approval']);
    expect(run.stderr).toMatch(/^9 files checked: no problems/);
    expect(run.code).toBe(0);
  });
});

describe('baton validate finds problems', () => {
  test('an edge to a removed node names /edges/N/from or /to and exits 1', async () => {
    const file = join(discount(), 'workflow.json');
    const wf = await readJson(file);
    wf['nodes'] = (wf['nodes'] as Array<{ id: string }>).filter((n) => n.id !== 'finance');
    const broken = join(dir, 'without-finance.json');
    await writeJson(broken, wf);
    const run = await runBaton(['validate', broken]);
    expect(run.code).toBe(1);
    const edgeLines = lines(run.stdout).filter((l) => /^.*without-finance\.json:\/edges\/\d+\/(from|to): /.test(l));
    expect(edgeLines.length).toBeGreaterThanOrEqual(2);
    expect(edgeLines.join('\n')).toContain('finance');
    expect(run.stderr).toMatch(/errors?/);
  });

  test('a JSON syntax error is a problem with line:column, not a crash', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{\n  "key": "x",\n  "nodes": [1, 2,]\n}\n');
    const run = await runBaton(['validate', bad]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([`${bad}:3:17: invalid JSON: trailing comma before ']' [json/syntax]`]);
    expect(run.stderr).not.toContain('internal error');
  });

  test('a missing file is reported, not thrown', async () => {
    const run = await runBaton(['validate', 'templates/nope/workflow.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('templates/nope/workflow.json: cannot read the file: no such file [file/unreadable]\n');
  });

  test('a file whose kind cannot be told is an error line naming it', async () => {
    const odd = join(dir, 'settings.json');
    await writeJson(odd, { theme: 'dark' });
    const run = await runBaton(['validate', odd]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${odd}: cannot tell what kind of Baton file this is.*\\[file/unknown-kind\\]\\n$`));
  });

  test('a glob that matches nothing fails rather than passing silently', async () => {
    const run = await runBaton(['validate', 'templtes/**/*.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('templtes/**/*.json: no files match this pattern [file/no-match]\n');
  });

  test('schema errors carry the JSON Pointer of the bad value', async () => {
    const wf = await readJson(join(discount(), 'workflow.json'));
    (wf['settings'] as Record<string, unknown>)['withdraw'] = 'whenever';
    const file = join(dir, 'bad-setting.json');
    await writeJson(file, wf);
    const run = await runBaton(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${file}:/settings/withdraw: `, 'm'));
  });

  test('warnings are printed but do not fail; --strict makes them fail', async () => {
    const wf = await readJson(join(discount(), 'workflow.json'));
    (wf['layout'] as Record<string, unknown>)['ghost'] = { x: 0, y: 0 };
    const file = join(dir, 'with-warning.json');
    await writeJson(file, wf);
    const relaxed = await runBaton(['validate', file]);
    expect(relaxed.code).toBe(0);
    expect(lines(relaxed.stdout)).toEqual([expect.stringMatching(new RegExp(`^${file}:/layout/ghost: warning: `))]);
    const strict = await runBaton(['validate', '--strict', file]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(relaxed.stdout);
  });

  test('a template binding that does not resolve in its workflow is an error on the template', async () => {
    const file = join(discount(), 'template.json');
    const original = await readJson(file);
    const tpl = structuredClone(original);
    (tpl['bindings'] as Array<{ pointer: string }>)[4]!.pointer = '/nodes/40/assignees/0/role';
    await writeJson(file, tpl);
    try {
      const run = await runBaton(['validate', file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/template\.json:\/bindings\/4\/pointer: /);
    } finally {
      await writeJson(file, original);
    }
  });

  test("a scenario naming a node or user that does not exist is caught before it runs", async () => {
    const file = join(discount(), 'scenarios/finance-rejects.json');
    const sc = await readJson(file);
    (sc['steps'] as Array<Record<string, unknown>>)[0]!['as'] = 'nobody';
    (sc['expect'] as { path: string[] }).path[1] = 'manger';
    const copy = join(discount(), 'scenarios/typo.json');
    await writeJson(copy, sc);
    const run = await runBaton(['validate', copy]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${copy}:/steps/0/as: the org has no user "nobody" [scenario/unknown-user]`,
      `${copy}:/expect/path/1: the workflow has no node "manger" [scenario/unknown-node]`,
    ]);
  });

  test('a change-set field the record type beside the workflow lacks is an error', async () => {
    const folder = join(dir, 'templates/order-change-request');
    const file = join(folder, 'workflow.json');
    const original = await readJson(file);
    const wf = structuredClone(original) as { record: { changeSet: { fields: string[] } } };
    wf.record.changeSet.fields.push('colour');
    await writeJson(file, wf);
    try {
      const run = await runBaton(['validate', file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/workflow\.json:\/record\/changeSet\/fields\/3: .*colour/);
    } finally {
      await writeJson(file, original);
    }
  });
});

describe('baton validate output formats', () => {
  test('--json prints a parseable array of { file, pointer, code, severity, message }', async () => {
    const bad = join(dir, 'bad-for-json.json');
    await writeFile(bad, '{"nodes": [}');
    const odd = join(dir, 'odd-for-json.json');
    await writeJson(odd, { hello: 'world' });
    const run = await runBaton(['validate', '--json', bad, odd]);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(problems).toEqual([
      { file: bad, pointer: '', code: 'json/syntax', severity: 'error', message: expect.any(String), line: 1, column: 12 },
      { file: odd, pointer: '', code: 'file/unknown-kind', severity: 'error', message: expect.any(String) },
    ]);
  });

  test('--json on valid files prints an empty array and exits 0', async () => {
    const run = await runBaton(['validate', '--json', 'templates/discount-approval/workflow.json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  test('--lang zh-CN prints the Chinese messages', async () => {
    const odd = join(dir, 'odd-zh.json');
    await writeJson(odd, { hello: 'world' });
    const run = await runBaton(['validate', '--lang', 'zh-CN', odd]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('无法判断这是哪种 Baton 文件');
  });
});
