// `baton fmt`: canonical form, --check, default file discovery, refusal of invalid JSON.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lines, readJson, runBaton, scratchCopy } from './run-baton.ts';

let dir: string;
let dispose: () => Promise<void>;
beforeAll(async () => ({ dir, dispose } = await scratchCopy()));
afterAll(() => dispose());

/** The same document with every object's keys reversed and a 4-space indent: valid, not canonical. */
function scramble(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scramble);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).reverse().map((k) => [k, scramble((value as Record<string, unknown>)[k])]));
}

describe('baton fmt --check', () => {
  test('passes on the repository', async () => {
    const run = await runBaton(['fmt', '--check']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^\d+ files in canonical form\n$/);
    expect(run.code).toBe(0);
  });

  test('fails on a reordered copy, naming the file and changing nothing; fmt fixes it; fmt is idempotent', async () => {
    const rel = 'templates/contract-approval/workflow.json';
    const file = join(dir, rel);
    const canonical = await readFile(file, 'utf8');
    const scrambled = JSON.stringify(scramble(JSON.parse(canonical)), null, 4);
    await writeFile(file, scrambled);

    const check = await runBaton(['fmt', '--check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(lines(check.stdout)).toEqual([rel]);
    expect(check.stderr).toContain('1 file not in canonical form');
    expect(await readFile(file, 'utf8')).toBe(scrambled);

    const fix = await runBaton(['fmt'], { cwd: dir });
    expect(fix.code).toBe(0);
    expect(lines(fix.stdout)).toEqual([rel]);
    expect(await readFile(file, 'utf8')).toBe(canonical);

    const again = await runBaton(['fmt'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(await readFile(file, 'utf8')).toBe(canonical);

    const recheck = await runBaton(['fmt', '--check'], { cwd: dir });
    expect(recheck.code).toBe(0);
  });

  test('only checks the files it is given', async () => {
    const file = join(dir, 'templates/discount-approval/template.json');
    const original = await readFile(file, 'utf8');
    await writeFile(file, JSON.stringify(scramble(JSON.parse(original))));
    try {
      const other = await runBaton(['fmt', '--check', 'templates/demo-org.json'], { cwd: dir });
      expect(other.code).toBe(0);
      const named = await runBaton(['fmt', '--check', 'templates/discount-approval/*.json'], { cwd: dir });
      expect(named.code).toBe(1);
      expect(lines(named.stdout)).toEqual(['templates/discount-approval/template.json']);
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('baton fmt', () => {
  test('by default formats Baton files only: templates, and other files with a Baton $schema', async () => {
    const root = join(dir, 'repo');
    const ugly = (doc: object) => JSON.stringify(scramble(doc));
    const files: Record<string, string> = {
      'templates/x/workflow.json': ugly({ key: 'x', $schema: '../../schemas/workflow.schema.json' }),
      'flows/custom.json': ugly({ users: [], $schema: '../schemas/org.schema.json' }),
      'flows/remote.json': ugly({ users: [], $schema: 'https://baton.dev/schemas/org.schema.json' }),
      'flows/other.json': ugly({ b: 1, a: 2 }),
      'package.json': ugly({ name: 'x', $schema: '../schemas/org.schema.json' }),
      'schemas/org.schema.json': ugly({ title: 'x', $schema: 'https://json-schema.org/draft/2020-12/schema' }),
      'node_modules/dep/thing.json': ugly({ b: 1, $schema: '../schemas/org.schema.json' }),
    };
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(join(root, rel, '..'), { recursive: true });
      await writeFile(join(root, rel), text);
    }
    const run = await runBaton(['fmt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(lines(run.stdout).sort()).toEqual(['flows/custom.json', 'flows/remote.json', 'templates/x/workflow.json']);
    expect(await readFile(join(root, 'templates/x/workflow.json'), 'utf8')).toBe(
      '{\n  "$schema": "../../schemas/workflow.schema.json",\n  "key": "x"\n}\n',
    );
    for (const untouched of ['flows/other.json', 'package.json', 'schemas/org.schema.json', 'node_modules/dep/thing.json']) {
      expect(await readFile(join(root, untouched), 'utf8')).toBe(files[untouched]);
    }
  });

  test('refuses invalid JSON, names the file and leaves it untouched, and still formats the rest', async () => {
    const root = join(dir, 'broken');
    await mkdir(join(root, 'templates'), { recursive: true });
    const broken = '{"$schema": "../schemas/org.schema.json", "users": [,]}';
    await writeFile(join(root, 'templates/broken.json'), broken);
    await writeFile(join(root, 'templates/fine.json'), '{"users":[],"$schema":"../schemas/org.schema.json"}');
    const run = await runBaton(['fmt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('templates/broken.json:1:53: invalid JSON, not formatted');
    expect(lines(run.stdout)).toEqual(['templates/fine.json']);
    expect(await readFile(join(root, 'templates/broken.json'), 'utf8')).toBe(broken);
    expect(await readJson(join(root, 'templates/fine.json'))).toEqual({ $schema: '../schemas/org.schema.json', users: [] });
  });
});
