// docs/ci/baton-ci.yml, run for real: its shell steps are read from the YAML and run with bash in
// a temp git repository, with `npx pnpm@10.34.8 baton` standing for this repository's baton and a
// `gh` that records the comment. The pull-request step posts the Markdown diff of the changed
// flows; the deploy step logs in with the token from the environment and pushes only what the
// merge changed (everything on a branch's first push), against a real server.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDocument } from '../../packages/schema/src/index.ts';
import { BIN, REPO, runProcess } from '../cli/run-baton.ts';
import { simpleFlow } from '../api/fixtures.ts';
import { git, startRemoteServer, type RemoteServer } from './remote-harness.ts';

interface Step { name?: string; run?: string; env?: Record<string, string>; if?: string }
interface Job { steps: Step[]; needs?: string; if?: string; concurrency?: { group: string } }
const ci = parse(await readFile(join(REPO, 'docs/ci/baton-ci.yml'), 'utf8')) as { on: Record<string, { branches?: string[] }>; jobs: Record<string, Job>; env: Record<string, string> };

let server: RemoteServer;
let token: string;
let work: string;
let repo: string;
let shims: string;
let first: string;
const outputs: string[] = [];

const step = (job: string, name: string) => {
  const found = ci.jobs[job]?.steps.find((s) => s.name === name);
  if (!found?.run) throw new Error(`no step "${name}" in job ${job}`);
  return found;
};

/** Runs one step's script as the runner would, with the expressions it uses filled in. */
async function runStep(s: Step, cwd: string, env: Record<string, string>, expressions: Record<string, string>) {
  let script = s.run!;
  for (const [expr, value] of Object.entries(expressions)) script = script.split(`\${{ ${expr} }}`).join(value);
  expect(script).not.toContain('${{');
  const r = await runProcess('bash', ['-c', script], { cwd, env: { ...ci.env, ...env, PATH: `${shims}:${process.env.PATH}`, BATON_BIN: BIN, NODE_BIN: process.execPath, HOME: work, XDG_CONFIG_HOME: undefined } });
  outputs.push(r.stdout, r.stderr);
  return r;
}

const writeFlow = (key: string, extra: Record<string, unknown> = {}) =>
  writeFile(join(repo, 'workflows', `${key}.json`), formatDocument(simpleFlow(key, { managedBy: 'git', ...extra })));

beforeAll(async () => {
  server = await startRemoteServer();
  token = await server.apiToken('admin');
  work = await mkdtemp(join(tmpdir(), 'baton-cifile-'));
  shims = join(work, 'bin');
  await mkdir(shims);
  // `npx pnpm@10.34.8 [--silent] baton ...` -> this repository's baton; `gh pr comment` -> a file.
  await writeFile(join(shims, 'npx'), '#!/bin/sh\nwhile [ $# -gt 0 ]; do case "$1" in pnpm@*|--silent) shift ;; baton) shift; exec "$NODE_BIN" "$BATON_BIN" "$@" ;; *) echo "unexpected: npx $*" >&2; exit 99 ;; esac; done\n');
  await writeFile(join(shims, 'gh'), `#!/bin/sh\necho "$@" >> "${work}/gh-calls"\nwhile [ $# -gt 0 ]; do [ "$1" = "--body-file" ] && cp "$2" "${work}/comment.md"; shift; done\n`);
  await chmod(join(shims, 'npx'), 0o755);
  await chmod(join(shims, 'gh'), 0o755);
  repo = join(work, 'repo');
  await mkdir(join(repo, 'workflows'), { recursive: true });
  await git(['init', '-q', '-b', 'main'], repo);
  await writeFile(join(repo, 'workflows', '.gitignore'), '.baton/\n');
  await writeFlow('ci-claim');
  await writeFlow('ci-refund');
  await git(['add', '.'], repo);
  await git(['commit', '-q', '-m', 'two flows'], repo);
  first = await git(['rev-parse', 'HEAD'], repo);
}, 60_000);
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('docs/ci/baton-ci.yml', () => {
  test('runs on pull requests and on pushes to main; deploys after the checks, one at a time, with the token from a secret', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push?.branches).toEqual(['main']);
    const check = ci.jobs.check!.steps.map((s) => s.run ?? '').join('\n');
    for (const verb of ['baton validate', 'baton fmt --check', 'baton test']) expect(check).toContain(verb);
    const deploy = ci.jobs.deploy!;
    expect(deploy.needs).toBe('check');
    expect(deploy.concurrency?.group).toBe('baton-deploy');
    expect(step('deploy', 'Push what the merge changed, and publish it').env?.BATON_TOKEN).toBe('${{ secrets.BATON_TOKEN }}');
  });

  test('the pull-request step posts the Markdown diff of the changed and new flows', async () => {
    await writeFlow('ci-refund', { name: { en: 'Refund, reviewed', 'zh-CN': '退款（已审）' } });
    await writeFlow('ci-new');
    await git(['add', '.'], repo);
    await git(['commit', '-q', '-m', 'rename refund, add a flow'], repo);
    const r = await runStep(step('check', 'Plain-language diff'), repo, { BASE: first, GH_TOKEN: 'x', RUNNER_TEMP: work }, { 'github.event.pull_request.number': '7' });
    expect(r.code, r.stderr).toBe(0);
    const comment = await readFile(join(work, 'comment.md'), 'utf8');
    expect(comment).toContain('### Baton: changes to flows');
    expect(comment).toContain('- `workflows/ci-new.json`: a new flow');
    expect(comment).toContain('#### `workflows/ci-refund.json`');
    expect(comment).toMatch(/Refund, reviewed/);
    expect(comment).not.toContain('ci-claim');
    expect(await readFile(join(work, 'gh-calls'), 'utf8')).toContain('pr comment 7 --edit-last --body-file');
  });

  test('the deploy step pushes everything on the first push, then only what a merge changed', async () => {
    const deploy = step('deploy', 'Push what the merge changed, and publish it');
    const env = { BATON_SERVER: server.url, BATON_TOKEN: token, BATON_CONFIG: join(work, 'baton.json'), RUNNER_TEMP: work };
    const clone = join(work, 'clone-1');
    await git(['clone', '-q', repo, clone], work);
    await git(['checkout', '-q', first], clone);
    const initial = await runStep(deploy, clone, { ...env, BEFORE: '0000000000000000000000000000000000000000' }, {});
    expect(initial.code, initial.stderr).toBe(0);
    expect(initial.stdout).toMatch(/create\s+ci-claim/);
    expect(initial.stdout).toMatch(/create\s+ci-refund/);

    const merged = join(work, 'clone-2');
    await git(['clone', '-q', repo, merged], work);
    const claimBefore = (await server.call('GET', '/api/definitions/ci-claim', token)).etag;
    const r = await runStep(deploy, merged, { ...env, BEFORE: first }, {});
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/update draft ci-refund/);
    expect(r.stdout).toMatch(/create\s+ci-new/);
    expect(r.stdout).not.toContain('ci-claim');
    const refund = (await server.call('GET', '/api/definitions/ci-refund', token)).body;
    expect(refund).toMatchObject({ latestVersion: 2, draft: { name: { en: 'Refund, reviewed' } } });
    expect((await server.call('GET', '/api/definitions/ci-new', token)).body.latestVersion).toBe(1);
    expect((await server.call('GET', '/api/definitions/ci-claim', token)).etag).toBe(claimBefore);
  });

  test('no token appears in any output', () => {
    for (const o of outputs) expect(o).not.toContain(token);
  });
});
