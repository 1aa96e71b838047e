// Type-level tests: the compiler (pnpm typecheck) holds the client to the served route table.
// Each @ts-expect-error is a call the server would refuse; if the client stopped catching it,
// typecheck would fail on the unused directive.
import { describe, expectTypeOf, test } from 'vitest';
import { createBatonClient } from './baton-client.ts';
import type { ApiError, Schema } from './baton-client.ts';

const api = createBatonClient({ baseUrl: 'http://127.0.0.1:1', fetch: async () => new Response('{}') });

describe('typed calls', () => {
  test('paths, path parameters, headers and bodies are checked', async () => {
    const draft = {} as Schema<'workflow'>;
    await api.PUT('/api/definitions/{key}/draft', { params: { path: { key: 'k' }, header: { 'If-Match': '"e"' } }, body: draft });
    // @ts-expect-error: the draft save needs If-Match
    await api.PUT('/api/definitions/{key}/draft', { params: { path: { key: 'k' } }, body: draft });
    // @ts-expect-error: no such path
    await api.GET('/api/definition/{key}', { params: { path: { key: 'k' } } });
    // @ts-expect-error: login has no GET
    await api.GET('/api/auth/login');
    // @ts-expect-error: the login body needs a password
    await api.POST('/api/auth/login', { body: { username: 'li.na' } });
    await api.POST('/api/auth/login', { body: { username: 'li.na', password: 'p' } });
    // @ts-expect-error: the path parameter is required
    await api.GET('/api/definitions/{key}', {});
  });

  test('error answers have the one error shape', async () => {
    const res = await api.POST('/api/auth/login', { body: { username: 'li.na', password: 'p' } });
    if (res.error) {
      expectTypeOf(res.error).toEqualTypeOf<ApiError>();
      expectTypeOf(res.error.error.message['zh-CN']).toEqualTypeOf<string>();
    }
  });

  test('schemas and their definitions are addressable by name', () => {
    expectTypeOf<Schema<'workflow'>['key']>().toEqualTypeOf<string>();
    expectTypeOf<Schema<'workflow.Node'>>().toMatchTypeOf<{ id: string }>();
    expectTypeOf<Schema<'api.definition-duplicate'>>().toHaveProperty('key');
  });
});
