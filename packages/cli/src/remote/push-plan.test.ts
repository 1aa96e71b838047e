// The plan and its application against a fake server: the cases a real server only reaches by
// racing (a save between plan and write answers 412) and the ones that decide what is safe.
import { describe, expect, test } from 'vitest';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { createApiClient } from './api-client.ts';
import { applyStep } from './push-apply.ts';
import { planPush, type PlanStep } from './push-plan.ts';
import type { SyncEntry } from './sync-state.ts';

const flow = (key: string, name = 'Flow'): BatonWorkflowDefinition =>
  ({ key, name: { en: name }, form: { fields: [] }, nodes: [{ id: 'start', type: 'start' }, { id: 'end', type: 'end' }], edges: [{ from: 'start', to: 'end' }] }) as unknown as BatonWorkflowDefinition;

interface FakeDef {
  draft: BatonWorkflowDefinition;
  etag: string;
  status: string;
  latestVersion: number;
  deletedAt: string | null;
}

/** A server holding definitions in memory, behind the real typed client (a fake fetch);
 * `beforeWrite` runs before each write (to race it). */
function fakeServer(defs: Record<string, FakeDef>, beforeWrite: () => void = () => {}) {
  const calls: string[] = [];
  let n = 0;
  const answer = (status: number, body?: unknown, etag?: string) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...(etag ? { etag } : {}) } });
  const fetcher = async (req: Request): Promise<Response> => {
    const { pathname } = new URL(req.url);
    const ifMatch = req.headers.get('if-match');
    calls.push(`${req.method} ${pathname}${ifMatch ? ` if-match ${ifMatch}` : ''}`);
    const key = /^\/api\/definitions\/([a-z0-9-]+)/.exec(pathname)?.[1] ?? '';
    const d = defs[key];
    if (req.method === 'GET') return d ? answer(200, { key, ...d }, d.etag) : answer(404, { error: { code: 'not-found' } });
    beforeWrite();
    if (req.method === 'PUT' && d) {
      if (ifMatch !== d.etag) return answer(412, { error: { code: 'draft-changed', message: { en: 'changed' } } });
      d.draft = (await req.json()) as BatonWorkflowDefinition;
      d.etag = `"e${++n}"`;
      return answer(200, { key }, d.etag);
    }
    return answer(500);
  };
  return { client: createApiClient('http://fake', 'token', fetcher), calls };
}

const entry = (etag: string, base: BatonWorkflowDefinition): SyncEntry => ({ etag, base });

describe('planPush', () => {
  test('create, update, unchanged and the two kinds of conflict', async () => {
    const { client } = fakeServer({
      same: { draft: flow('same'), etag: '"s"', status: 'active', latestVersion: 1, deletedAt: null },
      edited: { draft: flow('edited'), etag: '"a"', status: 'active', latestVersion: 1, deletedAt: null },
      raced: { draft: flow('raced', 'Studio'), etag: '"b2"', status: 'active', latestVersion: 1, deletedAt: null },
      foreign: { draft: flow('foreign'), etag: '"f"', status: 'active', latestVersion: 0, deletedAt: null },
      binned: { draft: flow('binned'), etag: '"x"', status: 'inactive', latestVersion: 1, deletedAt: '2026-01-01' },
    });
    const local = ['new', 'same', 'edited', 'raced', 'foreign', 'binned'].map((k) => ({ file: `${k}.json`, body: flow(k, k === 'same' ? 'Flow' : 'Changed') }));
    const plan = await planPush({ client, local, recorded: { edited: entry('"a"', flow('edited')), raced: entry('"b1"', flow('raced')) }, publish: false, prune: false });
    expect(plan.ok && plan.steps.map((s) => [s.key, s.action, s.action === 'conflict' ? s.reason : ''])).toEqual([
      ['new', 'create', ''],
      ['same', 'unchanged', ''],
      ['edited', 'update', ''],
      ['raced', 'conflict', 'changed-on-server'],
      ['foreign', 'conflict', 'never-pulled'],
      ['binned', 'refused', ''],
    ]);
  });

  test('prune deletes only recorded keys without a file, and not one changed on the server since', async () => {
    const { client } = fakeServer({
      gone: { draft: flow('gone'), etag: '"g"', status: 'active', latestVersion: 1, deletedAt: null },
      changed: { draft: flow('changed', 'Studio'), etag: '"c2"', status: 'active', latestVersion: 1, deletedAt: null },
      studio: { draft: flow('studio'), etag: '"st"', status: 'active', latestVersion: 1, deletedAt: null },
    });
    const recorded = { gone: entry('"g"', flow('gone')), changed: entry('"c1"', flow('changed')), vanished: entry('"v"', flow('vanished')) };
    const without = await planPush({ client, local: [], recorded, publish: false, prune: false });
    expect(without.ok && without.steps).toEqual([]);
    const plan = await planPush({ client, local: [], recorded, publish: false, prune: true });
    expect(plan.ok && plan.steps.map((s) => [s.key, s.action])).toEqual([
      ['changed', 'conflict'],
      ['gone', 'delete'],
    ]);
  });
});

describe('planPush for definitions managed in git', () => {
  test('the repository is the source: an update on the server\'s ETag without a pull; a studio-owned key still conflicts', async () => {
    const managed = { ...flow('git-owned'), managedBy: 'git' } as BatonWorkflowDefinition;
    const { client } = fakeServer({
      'git-owned': { draft: managed, etag: '"m2"', status: 'active', latestVersion: 1, deletedAt: null },
      studio: { draft: flow('studio'), etag: '"s"', status: 'active', latestVersion: 1, deletedAt: null },
    });
    const local = [
      { file: 'git-owned.json', body: { ...managed, name: { en: 'From git' } } as BatonWorkflowDefinition },
      { file: 'studio.json', body: { ...flow('studio', 'From git'), managedBy: 'git' } as BatonWorkflowDefinition },
    ];
    const states: Record<string, SyncEntry>[] = [{}, { 'git-owned': entry('"m1"', managed) }];
    for (const recorded of states) {
      const plan = await planPush({ client, local, recorded, publish: false, prune: false });
      expect(plan.ok && plan.steps.map((s) => [s.key, s.action, s.action === 'update' ? s.ifMatch : ''])).toEqual([
        ['git-owned', 'update', '"m2"'],
        ['studio', 'conflict', ''],
      ]);
    }
  });
});

describe('applyStep', () => {
  test('a save between plan and write answers 412: the step fails with a two-sided conflict and nothing is recorded', async () => {
    const defs: Record<string, FakeDef> = { f: { draft: flow('f'), etag: '"1"', status: 'active', latestVersion: 1, deletedAt: null } };
    const { client, calls } = fakeServer(defs, () => {
      defs.f!.draft = flow('f', 'Studio');
      defs.f!.etag = '"2"';
    });
    const recorded: Record<string, SyncEntry> = { f: entry('"1"', flow('f')) };
    const step: PlanStep = { action: 'update', key: 'f', file: 'f.json', body: flow('f', 'Git'), server: { draft: flow('f'), etag: '"1"', status: 'active', latestVersion: 1, deleted: false }, ifMatch: '"1"', publish: false };
    const done = await applyStep(client, step, recorded);
    expect(done.ok).toBe(false);
    if (!done.ok) {
      expect(done.message).toBe("the server's draft changed since it was pulled");
      expect(done.conflict).toMatchObject({ action: 'conflict', key: 'f', reason: 'changed-on-server', server: { etag: '"2"' } });
    }
    expect(calls).toContain('PUT /api/definitions/f/draft if-match "1"');
    expect(recorded.f!.etag).toBe('"1"');
    expect(defs.f!.draft.name.en).toBe('Studio');
  });

  test('a successful save records the new ETag and the pushed body as the base', async () => {
    const defs: Record<string, FakeDef> = { f: { draft: flow('f'), etag: '"1"', status: 'active', latestVersion: 1, deletedAt: null } };
    const { client } = fakeServer(defs);
    const recorded: Record<string, SyncEntry> = { f: entry('"1"', flow('f')) };
    const body = flow('f', 'Git');
    const done = await applyStep(client, { action: 'update', key: 'f', file: 'f.json', body, server: { draft: flow('f'), etag: '"1"', status: 'active', latestVersion: 1, deleted: false }, ifMatch: '"1"', publish: false }, recorded);
    expect(done).toEqual({ ok: true });
    expect(recorded.f).toEqual({ etag: defs.f!.etag, base: body });
  });

  test('conflict and refused steps are never applied (a programmer error)', async () => {
    const { client } = fakeServer({});
    await expect(applyStep(client, { action: 'refused', key: 'k', file: undefined, message: 'no' }, {})).rejects.toThrow(/cannot apply a refused step/);
  });
});
