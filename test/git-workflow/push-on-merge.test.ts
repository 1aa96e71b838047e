// The push-on-merge sequence of docs/ci/baton-ci.yml against a real server, from a temp git
// repository: the first deploy pushes everything; after a second commit that changes one flow, a
// fresh clone (no .baton state, as on a CI runner) validates and runs
// `baton push --base HEAD~1 --publish`, which pushes and publishes only the changed flow. Flows
// are managed in git, so the studio cannot change them and CI needs no pull first.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDocument } from '../../packages/schema/src/index.ts';
import { simpleFlow } from '../api/fixtures.ts';
import { baton as batonRun, git, startRemoteServer, type RemoteServer } from './remote-harness.ts';

let server: RemoteServer;
let token: string;
let repo: string;
let ci: string;
const outputs: string[] = [];

async function baton(args: readonly string[], cwd: string) {
  const r = await batonRun(server, args, cwd);
  outputs.push(r.stdout, r.stderr);
  return r;
}

const writeFlow = (dir: string, key: string, extra: Record<string, unknown> = {}) =>
  writeFile(join(dir, 'workflows', `${key}.json`), formatDocument(simpleFlow(key, { managedBy: 'git', ...extra })));
const serverDef = async (key: string) => {
  const r = await server.call('GET', `/api/definitions/${key}`, token);
  return { etag: r.etag, latestVersion: r.body.latestVersion as number, name: r.body.draft.name.en as string };
};

beforeAll(async () => {
  server = await startRemoteServer();
  token = await server.apiToken('admin');
  repo = await mkdtemp(join(tmpdir(), 'baton-merge-'));
  await mkdir(join(repo, 'workflows'));
  await git(['init', '-q', '-b', 'main'], repo);
  await writeFile(join(repo, 'workflows', '.gitignore'), '.baton/\n');
  await writeFlow(repo, 'merge-claim');
  await writeFlow(repo, 'merge-refund');
  await git(['add', '.'], repo);
  await git(['commit', '-q', '-m', 'two flows'], repo);
  const login = await baton(['login', '--server', server.url, '--token', token], repo);
  expect(login.code).toBe(0);
}, 60_000);

afterAll(async () => {
  await server.close();
  await rm(repo, { recursive: true, force: true });
  if (ci) await rm(ci, { recursive: true, force: true });
});

describe('push on merge', () => {
  test('the first deploy creates and publishes both flows', async () => {
    const r = await baton(['push', '--dir', 'workflows', '--publish'], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/create\s+merge-claim/);
    expect(r.stdout).toMatch(/create\s+merge-refund/);
    expect((await serverDef('merge-claim')).latestVersion).toBe(1);
    expect((await serverDef('merge-refund')).latestVersion).toBe(1);
  });

  test('after a second commit, a fresh clone pushes and publishes only the changed flow', async () => {
    await writeFlow(repo, 'merge-refund', { name: { en: 'Refund, reviewed', 'zh-CN': '退款（已审）' } });
    await git(['commit', '-q', '-am', 'rename the refund flow'], repo);
    ci = await mkdtemp(join(tmpdir(), 'baton-ci-'));
    await git(['clone', '-q', repo, ci], tmpdir());
    const claimBefore = await serverDef('merge-claim');

    // The CI job: validate, format check, then push what the merge changed.
    expect((await baton(['validate', 'workflows'], ci)).code).toBe(0);
    expect((await baton(['fmt', '--check', 'workflows'], ci)).code).toBe(0);
    const dry = await baton(['push', '--dir', 'workflows', '--base', 'HEAD~1', '--publish', '--dry-run'], ci);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).not.toContain('merge-claim');
    expect((await serverDef('merge-refund')).latestVersion).toBe(1);

    const r = await baton(['push', '--dir', 'workflows', '--base', 'HEAD~1', '--publish'], ci);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/update draft merge-refund \(workflows\/merge-refund\.json\)/);
    expect(r.stdout).toMatch(/publish\s+merge-refund as version 2/);
    expect(r.stdout).not.toContain('merge-claim');
    const refund = await serverDef('merge-refund');
    expect(refund).toMatchObject({ latestVersion: 2, name: 'Refund, reviewed' });
    expect(await serverDef('merge-claim')).toEqual(claimBefore);
  });

  test('nothing changed since the ref: nothing is pushed, exit 0', async () => {
    const r = await baton(['push', '--dir', 'workflows', '--base', 'HEAD', '--publish'], ci);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nothing under workflows changed since HEAD');
    expect(r.stdout).toBe('');
  });

  test('a deleted file is named and not pruned', async () => {
    await git(['rm', '-q', 'workflows/merge-claim.json'], ci);
    await git(['commit', '-q', '-m', 'drop the claim flow'], ci);
    const r = await baton(['push', '--dir', 'workflows', '--base', 'HEAD~1'], ci);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('workflows/merge-claim.json: deleted since HEAD~1; not pruned');
    expect((await server.call('GET', '/api/definitions/merge-claim', token)).body.deletedAt).toBeNull();
  });

  test('bad refs, option-like refs, --base outside a repository and --base with files are usage errors', async () => {
    for (const args of [['--base', 'no-such-ref'], ['--base', '--upload-pack=touch /tmp/x'], ['--base', 'HEAD', 'workflows/merge-refund.json'], ['--base', 'HEAD', '--prune']]) {
      const r = await baton(['push', '--dir', 'workflows', ...args], ci);
      expect(r.code, args.join(' ')).toBe(2);
    }
    const outside = await mkdtemp(join(tmpdir(), 'baton-nogit-'));
    await mkdir(join(outside, 'workflows'));
    const r = await baton(['push', '--dir', 'workflows', '--base', 'HEAD'], outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
    await rm(outside, { recursive: true, force: true });
  });

  test('no token appears in any output', () => {
    for (const o of outputs) expect(o).not.toContain(token);
  });
});
