// @baton/client against a real server on a loopback port: the typed calls reach the routes they
// name, answers and errors come back in the shapes the types promise, the token travels as a
// bearer header, and an unreachable server is a thrown fetch error (the CLI turns it into a value).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBatonClient, type BatonClient, type Schema } from '../../packages/client/src/index.ts';
import { startRemoteServer, type RemoteServer } from '../git-workflow/remote-harness.ts';

const discount = JSON.parse(readFileSync(new URL('../../templates/discount-approval/workflow.json', import.meta.url), 'utf8')) as Schema<'workflow'> & { $schema?: string };

let server: RemoteServer;
let designer: BatonClient;
let member: BatonClient;

beforeAll(async () => {
  server = await startRemoteServer();
  designer = createBatonClient({ baseUrl: server.url, token: await server.apiToken('xu.ting') });
  member = createBatonClient({ baseUrl: `${server.url}/`, token: await server.apiToken('li.na') });
});
afterAll(() => server.close());

describe('createBatonClient on a real server', () => {
  test('who am I, with the token as a bearer header', async () => {
    const me = await designer.GET('/api/auth/me');
    expect(me.response.status).toBe(200);
    expect(me.data).toMatchObject({ id: 'xu.ting' });
  });

  test('no token: 401 in the one error shape, in both languages', async () => {
    const anon = createBatonClient({ baseUrl: server.url });
    const me = await anon.GET('/api/auth/me');
    expect(me.response.status).toBe(401);
    expect(me.error?.error.code).toBe('unauthenticated');
    expect(me.error?.error.message['zh-CN']).toMatch(/登录/);
  });

  test('create, read with its ETag, save with If-Match, a stale If-Match is 412', async () => {
    const { $schema: _schema, ...body } = discount;
    const flow = { ...body, key: 'client-discount' };
    const created = await designer.POST('/api/definitions', { body: flow });
    expect(created.response.status).toBe(201);
    const read = await designer.GET('/api/definitions/{key}', { params: { path: { key: 'client-discount' } } });
    expect(read.response.status).toBe(200);
    const etag = read.response.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const renamed = { ...flow, name: { en: 'Renamed', 'zh-CN': '改名' } };
    const saved = await designer.PUT('/api/definitions/{key}/draft', { params: { path: { key: 'client-discount' }, header: { 'If-Match': etag } }, body: renamed });
    expect(saved.response.status).toBe(200);
    const stale = await designer.PUT('/api/definitions/{key}/draft', { params: { path: { key: 'client-discount' }, header: { 'If-Match': etag } }, body: flow });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.error.code).toBe('draft-changed');
  });

  test('bad input: 422 with a pointer; a member may not create; an unknown key is 404', async () => {
    const bad = await designer.POST('/api/definitions', { body: { ...discount, key: 'Not A Key' } });
    expect(bad.response.status).toBe(422);
    expect(bad.error?.error.pointer).toBe('/key');
    const refused = await member.POST('/api/definitions', { body: { ...discount, key: 'member-flow' } });
    expect(refused.response.status).toBe(403);
    const missing = await designer.GET('/api/definitions/{key}', { params: { path: { key: 'no-such-flow' } } });
    expect(missing.response.status).toBe(404);
  });

  test('path parameters are encoded, not spliced into the path', async () => {
    const sneaky = await designer.GET('/api/definitions/{key}', { params: { path: { key: '../auth/me' } } });
    expect(sneaky.response.status).toBe(404);
    expect(sneaky.data).toBeUndefined();
  });

  test('an unreachable server is a fetch error', async () => {
    const gone = createBatonClient({ baseUrl: 'http://127.0.0.1:9', token: 't' });
    await expect(gone.GET('/api/auth/me')).rejects.toThrow();
  });

  test('a baseUrl that is not http(s) is a programmer error', () => {
    expect(() => createBatonClient({ baseUrl: 'ftp://x' })).toThrow(/http/);
  });
});
