// Record types travel with the flows that use them, against a real server: `baton pull` writes the
// record type a pulled flow names (record.type) to <dir>/record-types/<key>.json, canonical and
// without the server's bookkeeping, and records its ETag; `baton push` sends record type files
// before the flows with If-Match on that ETag, shows them in the plan, and a dry run sends nothing;
// a record type changed on the server since the pull stops the push, named, with what changed on
// each side and nothing sent; pull refreshes every record type file in the folder and every one
// the state records (not only those the pulled flows name), so such a conflict can always be
// cleared: keep the edits, pull --force, merge, push.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDocument } from '../../packages/schema/src/index.ts';
import { REPO } from '../cli/run-baton.ts';
import { simpleFlow } from '../api/fixtures.ts';
import { baton as batonRun, startRemoteServer, type RemoteServer } from './remote-harness.ts';

let server: RemoteServer;
let token: string;
let work: string;
const outputs: string[] = [];
const TEMPLATE = join(REPO, 'templates', 'order-change-request');

async function baton(args: readonly string[]) {
  const r = await batonRun(server, args, work);
  outputs.push(r.stdout, r.stderr);
  return r;
}
const typeFile = (key: string) => join(work, 'wf', 'record-types', `${key}.json`);
const serverType = async (key: string) => (await server.call('GET', `/api/record-types/${key}`, token));

beforeAll(async () => {
  server = await startRemoteServer();
  token = await server.apiToken('admin');
  work = await mkdtemp(join(tmpdir(), 'baton-rt-'));
  const order = JSON.parse(readFileSync(join(TEMPLATE, 'record-types', 'order.json'), 'utf8'));
  delete order.$schema;
  const put = await server.call('PUT', '/api/record-types/order', token, order);
  expect([200, 201]).toContain(put.status);
  const flow = JSON.parse(readFileSync(join(TEMPLATE, 'workflow.json'), 'utf8'));
  delete flow.$schema;
  const created = await server.call('POST', '/api/definitions', token, flow);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await baton(['login', '--server', server.url, '--token', token])).code).toBe(0);
}, 60_000);
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('record types with pull and push', () => {
  test('pull writes the record type the flow uses, canonical, with its $schema and no bookkeeping; again changes nothing', async () => {
    const r = await baton(['pull', 'order-change-request', '--dir', 'wf']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('created wf/record-types/order.json');
    const text = await readFile(typeFile('order'), 'utf8');
    const doc = JSON.parse(text);
    expect(text).toBe(formatDocument(doc));
    expect(doc.$schema).toBe('https://baton.dev/schemas/record-type.schema.json');
    expect(doc.key).toBe('order');
    expect(doc).not.toHaveProperty('revision');
    expect(doc).not.toHaveProperty('updatedAt');
    // The flow's change-set checks need the record type beside it: validate passes with it.
    expect((await baton(['validate', 'wf'])).code).toBe(0);
    const mtime = statSync(typeFile('order')).mtimeMs;
    const again = await baton(['pull', 'order-change-request', '--dir', 'wf']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(statSync(typeFile('order')).mtimeMs).toBe(mtime);
    expect(await readFile(typeFile('order'), 'utf8')).toBe(text);
  });

  test('an edited record type is planned first, not sent on --dry-run, pushed, then unchanged', async () => {
    const doc = JSON.parse(await readFile(typeFile('order'), 'utf8'));
    doc.fields.push({ key: 'po_number', type: 'text', label: { en: 'PO number', 'zh-CN': '采购单号' } });
    await writeFile(typeFile('order'), formatDocument(doc));
    const dry = await baton(['push', '--dir', 'wf', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("update       record type order (wf/record-types/order.json): the file replaces the server's record type");
    expect(dry.stdout.indexOf('record type order')).toBeLessThan(dry.stdout.indexOf('order-change-request'));
    expect((await serverType('order')).body.fields.map((f: { key: string }) => f.key)).not.toContain('po_number');
    const r = await baton(['push', '--dir', 'wf']);
    expect(r.code, r.stderr).toBe(0);
    expect((await serverType('order')).body.fields.map((f: { key: string }) => f.key)).toContain('po_number');
    const again = await baton(['push', '--dir', 'wf']);
    expect(again.stdout).toContain('unchanged    record type order');
    expect(again.stderr).toContain('record types: 0 to create, 0 to update, 1 unchanged');
  });

  test('a new record type is created before the new flow that uses it', async () => {
    const contractor = { key: 'contractor', name: { en: 'Contractor', 'zh-CN': '承包商' }, titleField: 'name', fields: [{ key: 'name', type: 'text', label: { en: 'Name' }, required: true }] };
    await writeFile(typeFile('contractor'), formatDocument({ $schema: 'https://baton.dev/schemas/record-type.schema.json', ...contractor }));
    await writeFile(join(work, 'wf', 'contractor-review.json'), formatDocument(simpleFlow('contractor-review', { record: { type: 'contractor' } })));
    const r = await baton(['push', '--dir', 'wf']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('create       record type contractor (wf/record-types/contractor.json)');
    expect(r.stdout.indexOf('record type contractor')).toBeLessThan(r.stdout.indexOf('create       contractor-review'));
    expect((await serverType('contractor')).status).toBe(200);
    expect((await server.call('GET', '/api/definitions/contractor-review', token)).status).toBe(200);
  });

  test('pull records each record type\'s ETag; a studio change comes down when the file has no edits of its own', async () => {
    const state = JSON.parse(await readFile(join(work, 'wf', '.baton', 'state.json'), 'utf8'));
    expect(state.recordTypes[server.url].contractor.etag).toBe((await serverType('contractor')).etag);
    const now = (await serverType('contractor')).body;
    const { revision: _r, updatedAt: _u, ...body } = now;
    expect((await server.call('PUT', '/api/record-types/contractor', token, { ...body, pluralName: { en: 'Contractors (studio)' } })).status).toBe(200);
    const r = await baton(['pull', 'contractor-review', '--dir', 'wf']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('updated wf/record-types/contractor.json');
    expect(JSON.parse(await readFile(typeFile('contractor'), 'utf8')).pluralName.en).toBe('Contractors (studio)');
  });

  test('a record type changed both here and on the server: pull keeps the file, push stops naming it and sends nothing', async () => {
    const local = JSON.parse(await readFile(typeFile('contractor'), 'utf8'));
    local.pluralName = { en: 'Contractors (git)' };
    await writeFile(typeFile('contractor'), formatDocument(local));
    const now = (await serverType('contractor')).body;
    const { revision: _r, updatedAt: _u, ...body } = now;
    expect((await server.call('PUT', '/api/record-types/contractor', token, { ...body, pluralName: { en: 'Contractors (admin)' } })).status).toBe(200);
    const studioEtag = (await serverType('contractor')).etag;

    const pulled = await baton(['pull', 'contractor-review', '--dir', 'wf']);
    expect(pulled.code).toBe(1);
    expect(pulled.stderr).toContain("wf/record-types/contractor.json: differs from the server's record type and was changed here since the last pull or push; not overwritten (push it; or keep your edits, e.g. commit them, then pull --force and merge them back)");
    expect(JSON.parse(await readFile(typeFile('contractor'), 'utf8')).pluralName.en).toBe('Contractors (git)');

    // The flow beside it changed too: it is not sent either.
    const flow = JSON.parse(await readFile(join(work, 'wf', 'contractor-review.json'), 'utf8'));
    await writeFile(join(work, 'wf', 'contractor-review.json'), formatDocument({ ...flow, name: { en: 'Reviewed in git' } }));
    const pushed = await baton(['push', '--dir', 'wf']);
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toContain([
      "conflict     record type contractor (wf/record-types/contractor.json): the server's record type changed since it was pulled",
      '    on the server, since the pull:',
      '      pluralName: {"en":"Contractors (studio)"} -> {"en":"Contractors (admin)"}',
      '    in the file, since the pull:',
      '      pluralName: {"en":"Contractors (studio)"} -> {"en":"Contractors (git)"}',
      '    to resolve: keep your edits first (commit the file, or copy it), since "baton pull --force" overwrites it',
    ].join('\n'));
    expect(pushed.stderr).toContain('baton push: record type contractor: a conflict or refusal; nothing sent');
    expect((await serverType('contractor')).etag).toBe(studioEtag);
    expect((await serverType('contractor')).body.pluralName.en).toBe('Contractors (admin)');
    expect((await server.call('GET', '/api/definitions/contractor-review', token)).body.draft.name.en).not.toBe('Reviewed in git');

    const forced = await baton(['pull', 'contractor-review', '--dir', 'wf', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("updated wf/record-types/contractor.json (--force: its own edits replaced by the server's)");
    expect(JSON.parse(await readFile(typeFile('contractor'), 'utf8')).pluralName.en).toBe('Contractors (admin)');
    const merged = JSON.parse(await readFile(typeFile('contractor'), 'utf8'));
    await writeFile(typeFile('contractor'), formatDocument({ ...merged, pluralName: { en: 'Contractors (merged)' } }));
    const again = await baton(['push', '--dir', 'wf', 'wf/record-types/contractor.json']);
    expect(again.code, again.stderr).toBe(0);
    expect((await serverType('contractor')).body.pluralName.en).toBe('Contractors (merged)');
  });

  test('a record type no pulled flow names: pull of another key refreshes it, so its conflict clears with pull --force, merge, push', async () => {
    const vendor = { key: 'vendor', name: { en: 'Vendor', 'zh-CN': '供应商' }, titleField: 'name', fields: [{ key: 'name', type: 'text', label: { en: 'Name' }, required: true }] };
    await writeFile(typeFile('vendor'), formatDocument({ $schema: 'https://baton.dev/schemas/record-type.schema.json', ...vendor }));
    expect((await baton(['push', '--dir', 'wf', 'wf/record-types/vendor.json'])).code).toBe(0);
    // Studio: a field on the server. Here: the plural name. No flow uses vendor.
    const { revision: _r, updatedAt: _u, ...now } = (await serverType('vendor')).body;
    expect((await server.call('PUT', '/api/record-types/vendor', token, { ...now, fields: [...now.fields, { key: 'city', type: 'text', label: { en: 'City' } }] })).status).toBe(200);
    const local = JSON.parse(await readFile(typeFile('vendor'), 'utf8'));
    await writeFile(typeFile('vendor'), formatDocument({ ...local, pluralName: { en: 'Vendors (git)' } }));

    const pushed = await baton(['push', '--dir', 'wf', 'wf/record-types/vendor.json']);
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toContain("    on the server, since the pull:\n      field 'city' added (\"text\")\n    in the file, since the pull:\n      pluralName: {\"en\":\"Vendor\",\"zh-CN\":\"供应商\"} -> {\"en\":\"Vendors (git)\"}\n");

    // A pull of one unrelated flow still looks at vendor: kept without --force (named), taken with it.
    const kept = await baton(['pull', 'order-change-request', '--dir', 'wf']);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain("wf/record-types/vendor.json: differs from the server's record type and was changed here");
    const forced = await baton(['pull', 'order-change-request', '--dir', 'wf', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain("updated wf/record-types/vendor.json (--force: its own edits replaced by the server's)");
    const state = JSON.parse(await readFile(join(work, 'wf', '.baton', 'state.json'), 'utf8'));
    expect(state.recordTypes[server.url].vendor.etag).toBe((await serverType('vendor')).etag);
    const merged = JSON.parse(await readFile(typeFile('vendor'), 'utf8'));
    expect(merged.fields.map((f: { key: string }) => f.key)).toEqual(['name', 'city']);
    await writeFile(typeFile('vendor'), formatDocument({ ...merged, pluralName: { en: 'Vendors (git)' } }));
    const again = await baton(['push', '--dir', 'wf', 'wf/record-types/vendor.json']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const after = (await serverType('vendor')).body;
    expect(after.pluralName.en).toBe('Vendors (git)');
    expect(after.fields.map((f: { key: string }) => f.key)).toEqual(['name', 'city']);

    // A studio change to a record type with no edits here comes down with any pull, and a file
    // whose record type the server no longer has is noted, not written, and not a failure.
    expect((await server.call('PUT', '/api/record-types/vendor', token, { ...vendor, pluralName: { en: 'Vendors (studio)' }, fields: after.fields })).status).toBe(200);
    await writeFile(typeFile('ghost'), formatDocument({ $schema: 'https://baton.dev/schemas/record-type.schema.json', ...vendor, key: 'ghost' }));
    const plain = await baton(['pull', 'order-change-request', '--dir', 'wf']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('updated wf/record-types/vendor.json');
    expect(plain.stderr).toContain('wf/record-types/ghost.json: no record type "ghost" on the server; not written');
    expect(JSON.parse(await readFile(typeFile('vendor'), 'utf8')).pluralName.en).toBe('Vendors (studio)');
    await rm(typeFile('ghost'));
  });

  test('pull says so, naming the folder, when record-types is not a folder it can read', async () => {
    await mkdir(join(work, 'odd'), { recursive: true });
    await writeFile(join(work, 'odd', 'record-types'), 'not a folder');
    const r = await baton(['pull', 'order-change-request', '--dir', 'odd']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('baton pull: cannot read odd/record-types');
    expect(r.stderr).not.toContain('internal error');
  });

  test('a broken record type file stops the push before anything is sent', async () => {
    await mkdir(join(work, 'wf', 'record-types'), { recursive: true });
    await writeFile(typeFile('broken'), formatDocument({ $schema: 'https://baton.dev/schemas/record-type.schema.json', key: 'broken', name: { en: 'Broken' }, fields: [] }));
    const edited = JSON.parse(await readFile(join(work, 'wf', 'contractor-review.json'), 'utf8'));
    edited.name = { en: 'Changed' };
    await writeFile(join(work, 'wf', 'contractor-review.json'), formatDocument(edited));
    const r = await baton(['push', '--dir', 'wf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('wf/record-types/broken.json');
    expect(r.stderr).toContain('nothing sent');
    expect((await serverType('broken')).status).toBe(404);
    expect((await server.call('GET', '/api/definitions/contractor-review', token)).body.draft.name.en).not.toBe('Changed');
  });

  test('a first push with no base (a fresh clone, no .baton/) still replaces the record type the plan read', async () => {
    await mkdir(join(work, 'fresh', 'record-types'), { recursive: true });
    const doc = JSON.parse(await readFile(typeFile('contractor'), 'utf8'));
    await writeFile(join(work, 'fresh', 'record-types', 'contractor.json'), formatDocument({ ...doc, pluralName: { en: 'Contractors (CI)' } }));
    const r = await baton(['push', '--dir', 'fresh']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("update       record type contractor (fresh/record-types/contractor.json): the file replaces the server's record type (never pulled here: the version the plan read)");
    const after = await serverType('contractor');
    expect(after.body.pluralName.en).toBe('Contractors (CI)');
    // The push recorded what it wrote: the next push from that folder is unchanged.
    const state = JSON.parse(await readFile(join(work, 'fresh', '.baton', 'state.json'), 'utf8'));
    expect(state.recordTypes[server.url].contractor.etag).toBe(after.etag);
    expect((await baton(['push', '--dir', 'fresh'])).stdout).toContain('unchanged    record type contractor');
  });

  test('no token appears in any output', () => {
    for (const o of outputs) expect(o).not.toContain(token);
  });
});
