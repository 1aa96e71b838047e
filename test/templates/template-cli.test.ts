// `baton template list|install` and `baton test --require-coverage`, run as real processes the
// way a developer or CI runs them.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isCanonical } from '../../packages/schema/src/index.ts';
import { lines, runBaton, scratchCopy } from '../cli/run-baton.ts';
import { loadGallery, REPO } from './gallery.ts';

const gallery = loadGallery();
let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'baton-template-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('baton template list', () => {
  test('shows every template: key, version, category and both names', async () => {
    const run = await runBaton(['template', 'list']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = lines(run.stdout);
    expect(rows).toHaveLength(gallery.length);
    for (const t of gallery) {
      const m = t.manifest.doc;
      const row = rows.find((r) => r.startsWith(`${m.key} `));
      expect(row, m.key).toBeDefined();
      expect(row).toMatch(new RegExp(`^${m.key} +${m.version.replace(/\./g, '\\.')} +${m.category} +`));
      expect(row).toContain(`${m.name.en} · ${m.name['zh-CN']}`);
    }
  });

  test('--json gives each template with its parameters', async () => {
    const run = await runBaton(['template', 'list', '--json']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as Array<{ key: string; version: string; category: string; name: object; folder: string; parameters: { properties: object } }>;
    expect(list.map((e) => e.key)).toEqual(gallery.map((t) => t.manifest.doc.key).sort());
    const quote = list.find((e) => e.key === 'quote-approval')!;
    expect(quote).toMatchObject({ version: '1.0.0', category: 'sales', name: { en: 'Quote approval', 'zh-CN': '报价审批' }, folder: 'templates/quote-approval' });
    expect(Object.keys(quote.parameters.properties)).toContain('margin_floor');
  });

  test('an empty gallery folder is a failure, not an empty success', async () => {
    const run = await runBaton(['template', 'list', '--dir', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no templates in');
  });
});

describe('baton template install', () => {
  test('writes the installed workflow, canonical, to stdout, with the answers in place', async () => {
    const run = await runBaton(['template', 'install', 'quote-approval', '--param', 'margin_floor=20', '--param', 'director_role=ceo', '--org', 'templates/demo-org.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(isCanonical(run.stdout)).toBe(true);
    const wf = JSON.parse(run.stdout) as { template: object; variables: Record<string, { value: unknown }>; nodes: Array<{ id: string; assignees?: Array<{ role?: string }> }>; $schema: string };
    expect(wf.template).toEqual({ key: 'quote-approval', version: '1.0.0' });
    expect(wf.variables['margin_floor']!.value).toBe(20);
    expect(wf.variables['director_amount']!.value).toBe(500000);
    expect(wf.nodes.find((n) => n.id === 'director')!.assignees![0]!.role).toBe('ceo');
    expect(wf.$schema).toBe('./schemas/workflow.schema.json');
  });

  test('--out writes a file whose $schema still reaches the schema; folders and template.json work as targets', async () => {
    const file = join(out, 'flows', 'refund.json');
    const unwritable = await runBaton(['template', 'install', 'templates/refund-approval', '--out', join(out, 'no-such-folder', 'x.json')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot write the file');
    await mkdir(join(out, 'flows'), { recursive: true });
    const run = await runBaton(['template', 'install', 'templates/refund-approval/template.json', '--param', 'finance_threshold=8000', '--out', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`installed refund-approval 1.0.0 -> ${file}\n`);
    const text = await readFile(file, 'utf8');
    expect(isCanonical(text)).toBe(true);
    const wf = JSON.parse(text) as { $schema: string; variables: Record<string, { value: unknown }> };
    expect(resolve(dirname(file), wf.$schema)).toBe(join(REPO, 'schemas', 'workflow.schema.json'));
    expect(wf.variables['finance_threshold']!.value).toBe(8000);
    const validate = await runBaton(['validate', file]);
    expect(validate.code).toBe(0);
  });

  test('bad answers exit 1, each problem naming its parameter, and nothing is written', async () => {
    const file = join(out, 'never.json');
    const run = await runBaton([
      'template', 'install', 'quote-approval',
      '--param', 'margin_floor=25 || true',
      '--param', 'finance_role=cfo',
      '--param', 'director_role=sales-director" || true',
      '--org', 'templates/demo-org.json',
      '--out', file,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      '--param margin_floor: parameter "margin_floor" must be a number [schema/type]',
      '--param director_role: parameter "director_role" must be a role key (lower-case letters, digits and "-"), not "sales-director\\" || true" [template/parameter-invalid]',
      '--param finance_role: parameter "finance_role": the org has no role "cfo" [template/unknown-role]',
    ]);
    await expect(readFile(file, 'utf8')).rejects.toThrow();
  });

  test('__proto__ and unknown names are refused; --json and --lang zh-CN report the same', async () => {
    const run = await runBaton(['template', 'install', 'discount-approval', '--param', '__proto__=x', '--json', '--lang', 'zh-CN']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: '--param __proto__', pointer: '', code: 'template/hostile-key', severity: 'error', message: '不允许使用参数名"__proto__"' },
    ]);
    const typo = await runBaton(['template', 'install', 'discount-approval', '--param', 'director_amont=1']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('--param director_amont: the template has no parameter "director_amont"; it has: ');
  });

  test('a problem the answer causes in the installed flow is blamed on the parameter', async () => {
    const run = await runBaton(['template', 'install', 'discount-approval', '--param', 'escalate_after=PT0S']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^--param escalate_after: parameter "escalate_after": .*zero.* \[lint\/zero-duration\]\n$/);
  });

  test('an unknown template exits 1 and lists the gallery; a malformed --param is a usage error', async () => {
    const unknown = await runBaton(['template', 'install', 'coffee-tasting']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('coffee-tasting: no template with this key in templates/; the gallery has: campaign-approval, contract-approval');
    const usage = await runBaton(['template', 'install', 'quote-approval', '--param', 'margin_floor']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('error: --param expects name=value, got "margin_floor"\n');
    const twice = await runBaton(['template', 'install', 'quote-approval', '--param', 'margin_floor=1', '--param', 'margin_floor=2']);
    expect(twice.code).toBe(2);
    const missing = await runBaton(['template', 'install']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'template'");
  });

  test('help shows examples', async () => {
    for (const verb of [['template'], ['template', 'list'], ['template', 'install']]) {
      const run = await runBaton([...verb, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Examples:\n {2}\$ baton template /);
    }
    const top = await runBaton(['--help']);
    expect(top.stdout).toMatch(/^ {2}template\b/m);
  });
});

describe('baton test --require-coverage', () => {
  let dir: string;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dir, dispose } = await scratchCopy()));
  afterAll(() => dispose());

  test('the whole gallery walks every path', async () => {
    const run = await runBaton(['test', '--require-coverage']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('not walked');
    expect(run.stderr).toMatch(/^\d+ scenarios: (\d+) passed, 0 failed\n$/);
  });

  test('a path no scenario walks fails the run only with the flag', async () => {
    await rm(join(dir, 'templates/quote-approval/scenarios/large-low-margin-both-in-parallel.json'));
    const plain = await runBaton(['test', 'templates/quote-approval'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('templates/quote-approval/workflow.json: 3 of 4 paths walked by its scenarios');
    expect(plain.stdout).toContain('  not walked: start -> manager -> review -> finance -> director -> review_done -> mark_approved -> notify_owner -> approved');
    const strict = await runBaton(['test', 'templates/quote-approval', '--require-coverage'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('baton test: --require-coverage: 1 path of 1 workflow not walked by any scenario');
  });

  test('a workflow whose only scenarios install parameters counts as not walked', async () => {
    const run = await runBaton(['test', 'templates/credit-limit-request/scenarios/installed-with-a-higher-ceo-limit.json', '--require-coverage'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('templates/credit-limit-request/workflow.json: 0 of 3 paths walked by its scenarios');
  });
});
