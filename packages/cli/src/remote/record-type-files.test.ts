// Planning and applying record type files against a fake server behind the real typed client: the
// precondition each step sends (If-Match on the base, on the plan's read without a base, If-None-
// Match: * to create), a record type changed since the pull as a conflict, and the races a real
// server only reaches between plan and write (412 named, nothing recorded).
import { describe, expect, test } from 'vitest';
import { createApiClient } from './api-client.ts';
import { applyRecordType, planRecordTypes, renderRecordTypeStep, RESOLVE, type RecordTypeDoc } from './record-type-files.ts';
import type { RecordTypeSyncEntry } from './sync-state.ts';

const type = (key: string, plural = 'Items'): RecordTypeDoc => ({
  key,
  name: { en: key },
  pluralName: { en: plural },
  titleField: 'name',
  fields: [{ key: 'name', type: 'text', label: { en: 'Name' } }],
  access: { read: 'owner', edit: 'owner' },
  triggers: [],
});

/** Record types in memory with the server's preconditions; `beforeWrite` runs before each PUT. */
function fakeServer(types: Record<string, { doc: RecordTypeDoc; etag: string }>, beforeWrite: () => void = () => {}) {
  const calls: string[] = [];
  let n = 0;
  const answer = (status: number, body?: unknown, etag?: string) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...(etag ? { etag } : {}) } });
  const fetcher = async (req: Request): Promise<Response> => {
    const key = /^\/api\/record-types\/([a-z0-9-]+)$/.exec(new URL(req.url).pathname)?.[1] ?? '';
    const ifMatch = req.headers.get('if-match');
    const ifNoneMatch = req.headers.get('if-none-match');
    calls.push(`${req.method} ${key}${ifMatch ? ` if-match ${ifMatch}` : ''}${ifNoneMatch ? ` if-none-match ${ifNoneMatch}` : ''}`);
    const t = types[key];
    if (req.method === 'GET') return t ? answer(200, { ...t.doc, revision: 3, updatedAt: '2026-01-01T00:00:00Z' }, t.etag) : answer(404, { error: { code: 'not-found' } });
    beforeWrite();
    const now = types[key];
    if (ifMatch !== null && ifMatch !== now?.etag) return answer(412, { error: { code: 'record-type-changed', message: { en: 'changed' } } });
    if (ifNoneMatch === '*' && now) return answer(412, { error: { code: 'record-type-exists', message: { en: 'exists' } } });
    const doc = (await req.json()) as RecordTypeDoc;
    types[key] = { doc, etag: `"t${++n}"` };
    return answer(now ? 200 : 201, { ...doc, revision: 4, updatedAt: '2026-01-02T00:00:00Z' }, types[key].etag);
  };
  return { client: createApiClient('http://fake', 'token', fetcher), calls, types };
}

const entry = (etag: string, base: RecordTypeDoc): RecordTypeSyncEntry => ({ etag, base });

describe('planRecordTypes', () => {
  test('create, unchanged, update on the base, update without a base, and a conflict', async () => {
    const { client } = fakeServer({
      same: { doc: type('same'), etag: '"s"' },
      edited: { doc: type('edited'), etag: '"e"' },
      fresh: { doc: type('fresh'), etag: '"f"' },
      raced: { doc: type('raced', 'Studio'), etag: '"r2"' },
    });
    const local = ['added', 'same', 'edited', 'fresh', 'raced'].map((k) => ({ file: `record-types/${k}.json`, body: type(k, k === 'same' ? 'Items' : 'Changed') }));
    const plan = await planRecordTypes(client, local, { edited: entry('"e"', type('edited')), raced: entry('"r1"', type('raced')) });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.steps.map((s) => [s.key, s.action, s.action === 'update-record-type' ? `${s.ifMatch} ${s.pulled}` : ''])).toEqual([
      ['added', 'create-record-type', ''],
      ['same', 'unchanged-record-type', ''],
      ['edited', 'update-record-type', '"e" true'],
      ['fresh', 'update-record-type', '"f" false'],
      ['raced', 'conflict-record-type', ''],
    ]);
    const text = plan.steps.map(renderRecordTypeStep).join('');
    expect(text).toContain("update       record type edited (record-types/edited.json): the file replaces the server's record type\n");
    expect(text).toContain('update       record type fresh (record-types/fresh.json): the file replaces the server\'s record type (never pulled here: the version the plan read)\n');
    // The conflict shows both sides against the base, and how to keep the file's edits.
    expect(text).toContain([
      "conflict     record type raced (record-types/raced.json): the server's record type changed since it was pulled",
      '    on the server, since the pull:',
      '      pluralName: {"en":"Items"} -> {"en":"Studio"}',
      '    in the file, since the pull:',
      '      pluralName: {"en":"Items"} -> {"en":"Changed"}',
      `    to resolve: ${RESOLVE}`,
      '',
    ].join('\n'));
    expect(RESOLVE).toMatch(/commit the file.*"baton pull --force" overwrites it/);
  });

  test('a conflict names fields added, removed, changed and reordered on each side; defaults left out of the file are no change', async () => {
    const name = { key: 'name', type: 'text', label: { en: 'Name' } };
    const base: RecordTypeDoc = { ...type('deal', 'deal'), fields: [name, { key: 'amount', type: 'number', label: { en: 'Amount' } }] };
    const studio: RecordTypeDoc = { ...base, fields: [{ key: 'amount', type: 'number', label: { en: 'Amount' }, required: true }, name] };
    const { pluralName: _p, access: _a, triggers: _t, ...bare } = base;
    const file: RecordTypeDoc = { ...bare, key: 'deal', titleField: 'stage', fields: [name, { key: 'stage', type: 'text', label: { en: 'Stage' } }] };
    const { client } = fakeServer({ deal: { doc: studio, etag: '"d2"' } });
    const plan = await planRecordTypes(client, [{ file: 'deal.json', body: file }], { deal: entry('"d1"', base) });
    if (!plan.ok) throw new Error(plan.message);
    const text = renderRecordTypeStep(plan.steps[0]!);
    expect(text).toContain([
      '    on the server, since the pull:',
      "      field 'amount': required set to true",
      '      fields reordered',
      '    in the file, since the pull:',
      '      titleField: "name" -> "stage"',
      "      field 'amount' removed",
      "      field 'stage' added (\"text\")",
      '',
    ].join('\n'));
    expect(text).not.toMatch(/pluralName|access|triggers/);
  });

  test('a side with no change the diff names says so (a reformatted base)', () => {
    const step = { action: 'conflict-record-type' as const, key: 'x', file: 'x.json', base: type('x'), server: { doc: type('x', 'Server'), etag: '"x2"' }, body: type('x') };
    expect(renderRecordTypeStep(step)).toContain('    in the file, since the pull:\n      no changes the record type diff names (compare the files with git diff)\n');
  });

  test('a file equal to the server apart from the defaults the server fills in is unchanged', async () => {
    const { client } = fakeServer({ bare: { doc: type('bare', 'bare'), etag: '"b"' } });
    const { pluralName: _p, access: _a, triggers: _t, ...written } = type('bare');
    const plan = await planRecordTypes(client, [{ file: 'bare.json', body: { ...written, name: { en: 'bare' } } as RecordTypeDoc }], {});
    expect(plan.ok && plan.steps.map((s) => s.action)).toEqual(['unchanged-record-type']);
  });

  test('a server that sends no ETag is refused with a message, not a crash', async () => {
    const fetcher = async () => new Response(JSON.stringify(type('old')), { status: 200, headers: { 'content-type': 'application/json' } });
    const plan = await planRecordTypes(createApiClient('http://old', 't', fetcher), [{ file: 'old.json', body: type('old', 'New') }], {});
    expect(plan).toEqual({ ok: false, message: 'record type old: the server sent no ETag (a server older than this baton?)' });
  });
});

describe('applyRecordType', () => {
  test('each step sends its precondition and records the new ETag and the server\'s view as the base', async () => {
    const { client, calls } = fakeServer({ edited: { doc: type('edited'), etag: '"e"' }, same: { doc: type('same'), etag: '"s"' } });
    const recorded: Record<string, RecordTypeSyncEntry> = { edited: entry('"e"', type('edited')) };
    const plan = await planRecordTypes(client, [
      { file: 'a.json', body: type('added') }, { file: 'e.json', body: type('edited', 'Changed') }, { file: 's.json', body: type('same') },
    ], recorded);
    if (!plan.ok) throw new Error(plan.message);
    for (const step of plan.steps) expect(await applyRecordType(client, step, recorded)).toEqual({ ok: true });
    expect(calls.filter((c) => c.startsWith('PUT'))).toEqual(['PUT added if-none-match *', 'PUT edited if-match "e"']);
    expect(recorded['added']).toEqual({ etag: '"t1"', base: type('added') });
    expect(recorded['edited']).toEqual({ etag: '"t2"', base: type('edited', 'Changed') });
    expect(recorded['same']).toEqual({ etag: '"s"', base: type('same') });
  });

  test('a change between plan and write is a 412 that names the record type, and nothing is recorded', async () => {
    let studio = false;
    const { client, types } = fakeServer({ order: { doc: type('order'), etag: '"o1"' } }, () => {
      if (studio) return;
      studio = true;
      types['order'] = { doc: type('order', 'Studio'), etag: '"o2"' };
    });
    const recorded: Record<string, RecordTypeSyncEntry> = { order: entry('"o1"', type('order')) };
    const plan = await planRecordTypes(client, [{ file: 'wf/record-types/order.json', body: type('order', 'Git') }], recorded);
    if (!plan.ok) throw new Error(plan.message);
    const done = await applyRecordType(client, plan.steps[0]!, recorded);
    if (done.ok) throw new Error('applied');
    expect(done.message).toBe(`record type order (wf/record-types/order.json) changed on the server since it was pulled; nothing of it was sent: ${RESOLVE}`);
    // The same two-sided report as a conflict found by the plan, on what the server holds now.
    expect(done.conflict && renderRecordTypeStep(done.conflict)).toContain(
      '    on the server, since the pull:\n      pluralName: {"en":"Items"} -> {"en":"Studio"}\n    in the file, since the pull:\n      pluralName: {"en":"Items"} -> {"en":"Git"}\n');
    expect(recorded['order']).toEqual(entry('"o1"', type('order')));
    expect(types['order']!.doc.pluralName).toEqual({ en: 'Studio' });
  });

  test('a record type created by someone else between plan and write is not overwritten', async () => {
    let raced = false;
    const { client, types } = fakeServer({}, () => {
      if (raced) return;
      raced = true;
      types['vendor'] = { doc: type('vendor', 'Theirs'), etag: '"v1"' };
    });
    const recorded: Record<string, RecordTypeSyncEntry> = {};
    const plan = await planRecordTypes(client, [{ file: 'vendor.json', body: type('vendor', 'Mine') }], recorded);
    if (!plan.ok) throw new Error(plan.message);
    const done = await applyRecordType(client, plan.steps[0]!, recorded);
    expect(done.ok).toBe(false);
    expect(!done.ok && done.message).toMatch(/^record type vendor \(vendor\.json\) was created on the server since the plan/);
    expect(types['vendor']!.doc.pluralName).toEqual({ en: 'Theirs' });
    expect(recorded).toEqual({});
  });

  test('a never-pulled record type changed between plan and write is said to have changed since the plan read it, not since a pull', async () => {
    let studio = false;
    const { client, types } = fakeServer({ lead: { doc: type('lead'), etag: '"l1"' } }, () => {
      if (studio) return;
      studio = true;
      types['lead'] = { doc: type('lead', 'Studio'), etag: '"l2"' };
    });
    const recorded: Record<string, RecordTypeSyncEntry> = {};
    const plan = await planRecordTypes(client, [{ file: 'lead.json', body: type('lead', 'CI') }], recorded);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.steps[0]).toMatchObject({ action: 'update-record-type', ifMatch: '"l1"', pulled: false });
    const done = await applyRecordType(client, plan.steps[0]!, recorded);
    // No base to show the server's side against: the message alone.
    expect(done).toEqual({ ok: false, message: `record type lead (lead.json) changed on the server since the plan read it (never pulled here); nothing of it was sent: ${RESOLVE}` });
    expect(done.ok === false && done.message).not.toContain('since it was pulled');
    expect(recorded).toEqual({});
  });

  test('applying a conflict is a programmer error', async () => {
    const { client } = fakeServer({});
    const step = { action: 'conflict-record-type' as const, key: 'x', file: 'x.json', base: type('x'), server: { doc: type('x'), etag: '"x"' }, body: type('x') };
    await expect(applyRecordType(client, step, {})).rejects.toThrow(/conflict/);
  });
});
