// Conventions every verb shares: usage errors exit 2, --help with examples, colour only on a
// terminal and never with NO_COLOR.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, runBaton, runProcess } from './run-baton.ts';

const VERBS = ['validate', 'fmt', 'diff', 'types', 'simulate', 'test'];

describe('usage errors exit 2', () => {
  test.each([
    [[], /Usage: baton/],
    [['validate'], /missing required argument 'files'/],
    [['validate', '--frobnicate', 'x.json'], /unknown option '--frobnicate'/],
    [['validate', '--lang', 'fr', 'x.json'], /argument 'fr' is invalid/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['diff', 'a.json'], /missing required argument 'new'/],
    [['diff', 'a.json', 'b.json', '--format', 'pdf'], /argument 'pdf' is invalid/],
    [['types'], /missing required argument 'definition'/],
    [['simulate', 'templates/discount-approval'], /required option '--data <json>' not specified/],
    [['simulate', 'templates/discount-approval', '--data', '{"a": }'], /--data is not valid JSON \(1:7: /],
    [['simulate', 'templates/discount-approval', '--data', '{}', '--decide', 'finance=maybe'], /"maybe" is not one of approve, reject, return, complete/],
    [['simulate', 'templates/discount-approval', '--data', '{}', '--decide', 'finance'], /--decide expects node=decision/],
  ])('baton %j', async (args, message) => {
    const run = await runBaton(args);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});

describe('help', () => {
  test('baton --help lists every verb on stdout and exits 0', async () => {
    const run = await runBaton(['--help']);
    expect(run.code).toBe(0);
    for (const verb of VERBS) expect(run.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  test.each(VERBS)('baton %s --help shows examples', async (verb) => {
    const run = await runBaton([verb, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: baton ${verb}`);
    expect(run.stdout).toMatch(new RegExp(`Examples:\\n  \\$ baton ${verb}\\b`));
  });

  test('baton --version prints the version', async () => {
    const run = await runBaton(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0.1.0\n');
  });
});

describe('colour', () => {
  let dir: string;
  let bad: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'baton-colour-'));
    bad = join(dir, 'bad.json');
    await writeFile(bad, '{"key": }');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // `script` gives the command a terminal, as an interactive shell would.
  const inTerminal = (env: Record<string, string | undefined>) =>
    runProcess('script', ['-qec', `"${process.execPath}" "${BIN}" validate "${bad}"`, '/dev/null'], { env });

  test('is used on a terminal', async () => {
    const run = await inTerminal({});
    expect(run.stdout).toContain('bad.json:1:9');
    expect(run.stdout).toContain('\u001b[');
  });

  test('is never used when NO_COLOR is set', async () => {
    const run = await inTerminal({ NO_COLOR: '1' });
    expect(run.stdout).toContain('bad.json:1:9');
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('is not used when the output is piped', async () => {
    const run = await runBaton(['validate', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
  });
});
