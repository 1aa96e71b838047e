// baton pull / push against a real server (SQLite, loopback), the CLI as child processes with its
// config in a temp folder. The story of the issue: pull, edit, dry run (nothing changes), push,
// push again (unchanged), a concurrent studio edit stops the push with both sides shown, and
// --prune is the only way anything is deleted. Tokens never appear in any output.
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDocument } from '../../packages/schema/src/index.ts';
import { REPO } from '../cli/run-baton.ts';
import { baton as batonRun, startRemoteServer, type RemoteServer } from './remote-harness.ts';

let server: RemoteServer;
let token: string;
let work: string;
const outputs: string[] = [];

const template = (key: string) => JSON.parse(readFileSync(join(REPO, 'templates', key, 'workflow.json'), 'utf8'));

async function baton(args: readonly string[], cwd = work) {
  const r = await batonRun(server, args, cwd);
  outputs.push(r.stdout, r.stderr);
  return r;
}

const file = (key: string) => join(work, 'workflows', `${key}.json`);
const readDef = async (key: string) => JSON.parse(await readFile(file(key), 'utf8'));
const writeDef = (key: string, doc: unknown) => writeFile(file(key), formatDocument(doc));
const serverDef = async (key: string) => (await server.call('GET', `/api/definitions/${key}`, token)).body;

beforeAll(async () => {
  server = await startRemoteServer();
  token = await server.apiToken('admin');
  work = await mkdtemp(join(tmpdir(), 'baton-pull-'));
  // As the studio would: two flows created (with a `$schema` the file in git had), one published.
  for (const key of ['discount-approval', 'contract-approval']) {
    expect((await server.call('POST', '/api/definitions', token, template(key))).status).toBe(201);
  }
  expect((await server.call('POST', '/api/definitions/discount-approval/publish', token)).status).toBe(201);
  expect((await baton(['login', '--server', server.url, '--token', token])).code).toBe(0);
});

afterAll(async () => {
  for (const out of outputs) {
    expect(out).not.toContain(token);
    expect(out).not.toMatch(/bt_[A-Za-z0-9_-]{8,}/);
  }
  await rm(work, { recursive: true, force: true });
  await server.close();
});

describe('baton pull', () => {
  test('writes one canonical file per key, no database ids, layout kept, and records each ETag', async () => {
    const r = await baton(['pull']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created workflows/contract-approval.json\ncreated workflows/discount-approval.json\n');
    expect(r.stderr).toBe(`pulled 2 definitions from ${server.url}: 2 files written\n`);
    expect((await readdir(join(work, 'workflows'))).sort()).toEqual(['.baton', 'contract-approval.json', 'discount-approval.json']);
    const text = await readFile(file('discount-approval'), 'utf8');
    expect(formatDocument(JSON.parse(text))).toBe(text);
    const doc = JSON.parse(text);
    // Outside a Baton repository the schema is the published $id.
    expect(doc.$schema).toBe('https://baton.dev/schemas/workflow.schema.json');
    const { $schema: _a, ...fromFile } = doc;
    const { $schema: _b, ...fromTemplate } = template('discount-approval');
    expect(fromFile).toEqual(fromTemplate);
    expect(Object.keys(doc.layout).length).toBeGreaterThan(0);
    expect(text).not.toMatch(/"(id|etag|latestVersion|createdBy|deletedAt)": "(id-|[0-9a-f]{8}-)/);
    const state = JSON.parse(await readFile(join(work, 'workflows/.baton/state.json'), 'utf8'));
    expect(state.servers[server.url]['discount-approval'].etag).toBe((await serverDef('discount-approval')).etag);
  });

  test('pulling again without a server change rewrites nothing (same bytes, same mtimes)', async () => {
    const paths = [file('discount-approval'), file('contract-approval'), join(work, 'workflows/.baton/state.json')];
    const before = paths.map((p) => [statSync(p).mtimeMs, readFileSync(p, 'utf8')]);
    const r = await baton(['pull']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('0 files written');
    expect(paths.map((p) => [statSync(p).mtimeMs, readFileSync(p, 'utf8')])).toEqual(before);
  });

  test('inside this repository the $schema is relative to its schemas/', async () => {
    const inside = await mkdtemp(join(REPO, 'test/git-workflow/.scratch-'));
    try {
      const r = await baton(['pull', 'contract-approval', '--dir', 'flows/here'], inside);
      expect(r.code).toBe(0);
      const doc = JSON.parse(await readFile(join(inside, 'flows/here/contract-approval.json'), 'utf8'));
      expect(doc.$schema).toBe('../../../../../schemas/workflow.schema.json');
    } finally {
      await rm(inside, { recursive: true, force: true });
    }
  });

  test('unknown keys, bad keys and a missing profile are refused', async () => {
    const unknown = await baton(['pull', 'no-such-flow']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no-such-flow: no such definition on the server');
    const bad = await baton(['pull', '../etc']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('baton pull: "../etc" is not a definition key\n');
    const noProfile = await baton(['pull', '--profile', 'staging']);
    expect(noProfile.code).toBe(1);
    expect(noProfile.stderr).toContain('no profile "staging"');
  });
});

describe('baton push', () => {
  test('with nothing edited, every file is unchanged', async () => {
    const r = await baton(['push']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`plan for ${server.url} (profile "default"):\nunchanged    contract-approval (workflows/contract-approval.json)\nunchanged    discount-approval (workflows/discount-approval.json)\n`);
    expect(r.stderr).toBe(`pushed to ${server.url}: 0 to create, 0 to update, 0 to publish, 2 unchanged\n`);
  });

  test('a file with errors stops everything before anything is sent', async () => {
    const doc = await readDef('discount-approval');
    const before = await serverDef('discount-approval');
    await writeDef('discount-approval', { ...doc, edges: [...doc.edges, { from: 'manager', to: 'nowhere' }], name: { en: 'Changed' } });
    const r = await baton(['push']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('workflows/discount-approval.json:/edges/');
    expect(r.stderr).toContain('baton push: nothing sent; fix the problems above');
    expect(await serverDef('discount-approval')).toEqual(before);
    await writeDef('discount-approval', doc);
  });

  test('edit, --dry-run shows the diff and changes nothing; push updates the draft; pushing again is unchanged', async () => {
    const doc = await readDef('discount-approval');
    doc.nodes.find((n: any) => n.id === 'finance').name = { en: 'Finance controller', 'zh-CN': '财务总监审批' };
    doc.layout.finance.x += 40;
    await writeDef('discount-approval', doc);
    const before = await serverDef('discount-approval');

    const dry = await baton(['push', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('update draft discount-approval (workflows/discount-approval.json)\n    approval \'Finance lead\' renamed to \'Finance controller\'');
    expect(dry.stdout).toContain('unchanged    contract-approval');
    expect(dry.stderr).toBe('dry run: nothing sent (0 to create, 1 to update, 0 to publish, 1 unchanged)\n');
    expect(await serverDef('discount-approval')).toEqual(before);

    const real = await baton(['push']);
    expect(real.code).toBe(0);
    expect(real.stdout).toBe(dry.stdout);
    const after = await serverDef('discount-approval');
    expect(after.etag).not.toBe(before.etag);
    expect(after.draft.nodes.find((n: any) => n.id === 'finance').name.en).toBe('Finance controller');
    expect(after.draft.layout.finance.x).toBe(before.draft.layout.finance.x + 40);
    expect(after.draft.$schema).toBeUndefined();
    expect(after.latestVersion).toBe(1);

    const again = await baton(['push']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('update draft');
    expect(again.stderr).toContain('0 to update, 0 to publish, 2 unchanged');
    expect((await serverDef('discount-approval')).etag).toBe(after.etag);
  });

  test('a new file is created, and --publish publishes what differs from the latest version', async () => {
    const doc = { ...(await readDef('contract-approval')), key: 'nda-approval', name: { en: 'NDA approval', 'zh-CN': '保密协议审批' } };
    await writeDef('nda-approval', doc);
    const r = await baton(['push', '--publish']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('create       nda-approval (workflows/nda-approval.json): a new definition, 13 nodes\npublish      nda-approval as version 1\n');
    expect(r.stdout).toContain('publish      discount-approval as version 2 (changes since version 1:)\n    approval \'Finance lead\' renamed to \'Finance controller\'');
    expect(r.stdout).toContain('publish      contract-approval as version 1\n');
    expect(r.stderr).toContain('1 to create, 0 to update, 3 to publish, 2 unchanged');
    expect((await serverDef('nda-approval')).latestVersion).toBe(1);
    expect((await serverDef('discount-approval')).latestVersion).toBe(2);
    const again = await baton(['push', '--publish']);
    expect(again.stderr).toContain('0 to create, 0 to update, 0 to publish, 3 unchanged');
  });

  test('a concurrent studio edit stops the push with exit 1, both sides shown, the studio draft kept', async () => {
    // The studio renames the manager step and saves with the ETag it loaded.
    const studio = await serverDef('discount-approval');
    studio.draft.nodes.find((n: any) => n.id === 'manager').name = { en: 'Line manager', 'zh-CN': '直线经理审批' };
    const saved = await server.call('PUT', '/api/definitions/discount-approval/draft', token, studio.draft, { 'if-match': studio.etag });
    expect(saved.status).toBe(200);
    // Meanwhile the file gets another change.
    const doc = await readDef('discount-approval');
    doc.nodes.find((n: any) => n.id === 'director').name = { en: 'Sales VP', 'zh-CN': '销售副总裁审批' };
    await writeDef('discount-approval', doc);

    const r = await baton(['push']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "conflict     discount-approval (workflows/discount-approval.json): the server's draft changed since it was pulled\n" +
        '    on the server, since the pull:\n      approval \'Direct manager\' renamed to \'Line manager\'\n' +
        '    in the file, since the pull:\n      approval \'Sales director\' renamed to \'Sales VP\'\n',
    );
    expect(r.stderr).toContain('baton push: discount-approval: a conflict or refusal; nothing sent');
    const now = await serverDef('discount-approval');
    expect(now.etag).toBe(saved.etag);
    expect(now.draft.nodes.find((n: any) => n.id === 'director').name.en).toBe('Sales director');

    // Resolution: pull --force takes the server's draft; the edit is made again and pushed.
    expect((await baton(['pull', 'discount-approval'])).code).toBe(1);
    expect((await baton(['pull', 'discount-approval', '--force'])).code).toBe(0);
    const merged = await readDef('discount-approval');
    merged.nodes.find((n: any) => n.id === 'director').name = { en: 'Sales VP', 'zh-CN': '销售副总裁审批' };
    await writeDef('discount-approval', merged);
    const ok = await baton(['push']);
    expect(ok.code).toBe(0);
    const final = (await serverDef('discount-approval')).draft.nodes;
    expect(final.find((n: any) => n.id === 'director').name.en).toBe('Sales VP');
    expect(final.find((n: any) => n.id === 'manager').name.en).toBe('Line manager');
  });

  test('a definition on the server that was never pulled here is not overwritten', async () => {
    expect((await server.call('POST', '/api/definitions', token, { ...template('contract-approval'), key: 'studio-only' })).status).toBe(201);
    const doc = { ...(await readDef('contract-approval')), key: 'studio-only', name: { en: 'From git' } };
    await writeDef('studio-only', doc);
    const r = await baton(['push']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('conflict     studio-only (workflows/studio-only.json): exists on the server but was never pulled here; run "baton pull studio-only"');
    expect((await serverDef('studio-only')).draft.name.en).toBe('Contract approval');
    await unlink(file('studio-only'));
  });

  test('--prune is the only way anything is deleted, and only what was pulled here', async () => {
    await unlink(file('nda-approval'));
    const plain = await baton(['push']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('nda-approval');
    expect((await serverDef('nda-approval')).deletedAt).toBeNull();

    const dry = await baton(['push', '--prune', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('delete       nda-approval: no file any more; deactivated (running requests finish) and moved to the recycle bin\n');
    // studio-only has no file either, but was never pulled here: not ours to delete.
    expect(dry.stdout).not.toContain('studio-only');
    expect((await serverDef('nda-approval')).deletedAt).toBeNull();

    const usage = await baton(['push', '--prune', file('discount-approval')]);
    expect(usage.code).toBe(2);

    const r = await baton(['push', '--prune']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 to delete');
    const deleted = await server.call('GET', '/api/definitions?status=deleted', token);
    expect(deleted.body.items.map((d: any) => d.key)).toEqual(['nda-approval']);
    expect((await serverDef('studio-only')).deletedAt).toBeNull();
    const state = JSON.parse(await readFile(join(work, 'workflows/.baton/state.json'), 'utf8'));
    expect(Object.keys(state.servers[server.url]).sort()).toEqual(['contract-approval', 'discount-approval']);
    expect((await baton(['push', '--prune'])).stderr).toContain('0 to update, 0 to publish, 2 unchanged\n');
  });
});
