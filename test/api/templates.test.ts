// The template gallery over real HTTP, on SQLite and PostgreSQL: the list and preview, installing
// every template through the API (with its scenario's parameters or the defaults) and publishing
// it, then one of its scenarios run end to end through the request and task endpoints as each
// step's user; hostile parameters are refused with pointers at the parameter and write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonScenario } from '../../packages/schema/src/index.ts';
import { loadGallery } from '../templates/gallery.ts';
import type { Template } from '../templates/gallery.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

const gallery = loadGallery();

// One scenario per template, picked to need only people (approve, reject, return, resubmit,
// withdraw, complete) and, together, to cover each of those commands. customer-onboarding has
// no such scenario (every one starts with the registry lookup's answer): its automation answers
// go in-process through the runtime, the path the outbox worker will take; there is no HTTP
// endpoint that delivers an automation result yet.
const PICKS: Record<string, string> = {
  'campaign-approval': 'brand-returns-then-resubmit.json',
  'contract-approval': 'ceo-tier-contract.json',
  'credit-limit-request': 'installed-with-a-higher-ceo-limit.json',
  'customer-archiving': 'steward-rejects-open-invoice.json',
  'customer-onboarding': 'credit-terms-checked.json',
  'discount-approval': 'director-rejects-to-initiator-then-resubmit.json',
  'employee-offboarding': 'legal-rejects-dismissal.json',
  'employee-onboarding': 'hr-rejects.json',
  'expense-reimbursement': 'audit-returns-for-receipt.json',
  'lead-assignment': 'withdrawn-duplicate.json',
  'opportunity-stage-gate': 'large-win-both-gates.json',
  'order-change-request': 'returned-for-evidence-then-resubmitted.json',
  'quote-approval': 'finance-rejects-low-margin.json',
  'refund-approval': 'large-return-all-steps.json',
  'service-ticket-escalation': 'triage-rejects-duplicate.json',
};
const IN_PROCESS_AUTOMATION = new Set(['customer-onboarding']);

type Step = NonNullable<BatonScenario['steps']>[number];
const PERSON = new Set(['approve', 'reject', 'return', 'resubmit', 'withdraw', 'complete']);

function picked(t: Template): BatonScenario {
  const file = PICKS[t.key];
  const s = t.scenarios.find((x) => x.file.endsWith(`/${file}`));
  if (!s) throw new Error(`${t.key}: no scenario ${file}`);
  return s.doc;
}

const cluster = usePgCluster();

describe('the scenario picks', () => {
  it('name one scenario for every gallery template, with people steps only (automation answers only where noted)', () => {
    expect(Object.keys(PICKS).sort()).toEqual(gallery.map((t) => t.key));
    for (const t of gallery) {
      const steps = picked(t).steps ?? [];
      expect(picked(t).expect.path?.length, `${t.key} expects a path`).toBeGreaterThan(1);
      expect(steps.filter((x) => 'wait' in x), t.key).toEqual([]);
      for (const x of steps) {
        if ('automation' in x) expect(IN_PROCESS_AUTOMATION.has(t.key), `${t.key} automation ${x.automation}`).toBe(true);
        else if ('do' in x) expect(PERSON.has(x.do) && x.expect === undefined, `${t.key} ${x.do}`).toBe(true);
      }
    }
    const commands = new Set(gallery.flatMap((t) => (picked(t).steps ?? []).flatMap((x) => ('do' in x ? [x.do] : []))));
    expect([...commands].sort()).toEqual([...PERSON].sort());
  });
});

for (const dialect of DIALECTS) {
  describe(`template gallery API on ${dialect}`, () => {
    let s: TestServer;
    let designer: string;
    let admin: string;
    const definitionKeys = async () => (await s.store.db.selectFrom('definitions').select('key').orderBy('key').execute()).map((r) => r.key);
    const rowCount = async (table: 'definitions' | 'definition_versions' | 'audit' | 'idempotency') =>
      Number((await s.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const install = (key: string, body: unknown, headers?: Record<string, string>) =>
      s.call('POST', `/api/templates/${key}/install`, { token: designer, body, ...(headers ? { headers } : {}) });

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      // Scenarios start at their default time (before chen.jing's leave in February).
      s.clock.set('2026-01-05T09:00:00.000Z');
      designer = await s.token('xu.ting');
      admin = await s.token('admin');
    }, 60_000);
    afterAll(() => s.close());

    it('lists the gallery for designers: every template with names, parameters and README, none installed yet', async () => {
      const r = await s.call('GET', '/api/templates', { token: designer });
      expect(r.status).toBe(200);
      expect(r.body.items.map((i: { key: string }) => i.key)).toEqual(gallery.map((t) => t.key));
      for (const [i, t] of gallery.entries()) {
        const item = r.body.items[i];
        expect(item.version).toBe(t.manifest.doc.version);
        expect(item.category).toBe(t.manifest.doc.category);
        expect(item.tags).toEqual(t.manifest.doc.tags ?? []);
        expect(item.name.en && item.name['zh-CN']).toBeTruthy();
        expect(item.description.en && item.description['zh-CN']).toBeTruthy();
        expect(item.parameters).toEqual(t.manifest.doc.parameters);
        expect(item.readme).toBe(t.readme);
        expect(item.workflowKey).toBe(t.workflow.doc.key);
        expect(item.installed).toEqual([]);
      }
      expect((await s.call('GET', '/api/templates', { token: await s.token('li.na') })).status).toBe(403);
      expect((await s.call('GET', '/api/templates')).status).toBe(401);
    });

    it('shows one template with its workflow (graph and form) and README; an unknown key is 404', async () => {
      const t = gallery.find((x) => x.key === 'discount-approval')!;
      const r = await s.call('GET', '/api/templates/discount-approval', { token: admin });
      expect(r.status).toBe(200);
      expect(r.body.workflow).toEqual(t.workflow.doc);
      expect(r.body.workflow.nodes.length).toBeGreaterThan(3);
      expect(r.body.workflow.form.fields.length).toBeGreaterThan(0);
      expect(r.body.bindings).toEqual(t.manifest.doc.bindings);
      expect(r.body.readme).toContain('#');
      const missing = await s.call('GET', '/api/templates/no-such-template', { token: admin });
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not-found');
    });

    it('refuses hostile parameters with a pointer at the parameter, and writes nothing', async () => {
      const before = { keys: await definitionKeys(), versions: await rowCount('definition_versions'), audit: await rowCount('audit') };
      const listBefore = (await s.call('GET', '/api/definitions', { token: designer })).body;
      const refusals: Array<[unknown, string, string | RegExp]> = [
        // A CEL fragment where a role, a number and a duration belong.
        [{ director_role: 'finance-lead" || initiator.id != ""' }, '/params/director_role', 'template/parameter-invalid'],
        [{ director_amount: '200000 || true' }, '/params/director_amount', 'schema/type'],
        [{ escalate_after: 'P3D || true' }, '/params/escalate_after', /^schema\/(format|pattern)$/],
        // Prototype keys: as a name (the body reader stops it) and as a value.
        [JSON.parse('{"__proto__": {"polluted": true}}'), '/params/__proto__', 'forbidden-key'],
        [{ constructor: { prototype: { polluted: true } } }, '/params/constructor', 'forbidden-key'],
        [{ finance_role: '__proto__' }, '/params/finance_role', /template\/(hostile-value|parameter-invalid)/],
        // A role the org does not have.
        [{ finance_role: 'chief-coffee-officer' }, '/params/finance_role', 'template/unknown-role'],
        // Wrong types.
        [{ director_role: 42 }, '/params/director_role', 'schema/type'],
        [{ manager_discount: [5] }, '/params/manager_discount', 'schema/type'],
        [{ threshold_typo: 1 }, '/params/threshold_typo', 'template/unknown-parameter'],
      ];
      for (const [params, pointer, code] of refusals) {
        const r = await install('discount-approval', { params, publish: true });
        expect(r.status, JSON.stringify(params)).toBe(422);
        expect(r.body.error.pointer, JSON.stringify(params)).toBe(pointer);
        const problems: Array<{ pointer: string; code: string }> = r.body.error.details?.problems ?? [{ pointer: r.body.error.pointer, code: r.body.error.code }];
        expect(problems.map((p) => p.pointer)).toEqual([pointer]);
        expect(problems[0]!.code).toMatch(code);
        expect(r.body.error.message.en.length && r.body.error.message['zh-CN'].length).toBeTruthy();
      }
      const unknownRole = await install('discount-approval', { params: { finance_role: 'chief-coffee-officer' } });
      expect(unknownRole.body.error.message.en).toContain('the org has no role "chief-coffee-officer"');
      // A params value that is not an object, and unknown body keys.
      expect((await install('discount-approval', { params: ['x'] })).body.error.pointer).toBe('/params');
      expect((await install('discount-approval', { params: {}, owner: 'me' })).body.error.pointer).toBe('/owner');
      expect((await install('discount-approval', { key: 'Bad Key!' })).body.error.pointer).toBe('/key');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((await install('no-such-template', {})).status).toBe(404);
      // Members may not install.
      expect((await s.call('POST', '/api/templates/discount-approval/install', { token: await s.token('li.na'), body: {} })).status).toBe(403);
      expect(await definitionKeys()).toEqual(before.keys);
      expect(await rowCount('definition_versions')).toBe(before.versions);
      expect(await rowCount('audit')).toBe(before.audit);
      expect((await s.call('GET', '/api/definitions', { token: designer })).body).toEqual(listBefore);
    });

    it('installs under the template key, asks for another key when it is taken, 409 when that is taken too; Idempotency-Key replays', async () => {
      const first = await install('refund-approval', {}, { 'idempotency-key': 'install-refund-1' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ key: 'refund-approval', status: 'active', latestVersion: 0, template: { key: 'refund-approval' } });
      expect(first.headers.get('etag')).toBe(first.body.etag);
      const again = await install('refund-approval', {}, { 'idempotency-key': 'install-refund-1' });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('etag')).toBe(first.body.etag);
      const reused = await install('refund-approval', { key: 'refund-other' }, { 'idempotency-key': 'install-refund-1' });
      expect(reused.status).toBe(422);
      expect(reused.body.error.code).toBe('idempotency-key-reused');

      const taken = await install('refund-approval', {});
      expect(taken.status).toBe(409);
      expect(taken.body.error.pointer).toBe('/key');
      expect(taken.body.error.message.en).toContain('send another "key"');
      const beside = await install('refund-approval', { key: 'refund-approval-emea', params: { finance_role: 'finance' } });
      expect(beside.status).toBe(201);
      expect(beside.body.key).toBe('refund-approval-emea');
      const takenToo = await install('refund-approval', { key: 'refund-approval-emea' });
      expect(takenToo.status).toBe(409);
      expect(takenToo.body.error.pointer).toBe('/key');

      const draft = await s.call('GET', '/api/definitions/refund-approval-emea', { token: designer });
      expect(draft.body.draft.template).toEqual({ key: 'refund-approval', version: gallery.find((t) => t.key === 'refund-approval')!.manifest.doc.version });
      expect(JSON.stringify(draft.body.draft)).toContain('"role":"finance"');
      const audit = await s.store.db.selectFrom('audit').select(['subject', 'actor']).where('action', '=', 'definition.install-template').orderBy('seq').execute();
      expect(audit.map((a) => a.subject)).toEqual(['definition:refund-approval', 'definition:refund-approval-emea']);
      expect(audit.every((a) => a.actor === 'xu.ting')).toBe(true);
      const listed = (await s.call('GET', '/api/templates/refund-approval', { token: designer })).body.installed;
      expect(listed.map((i: { definition: string }) => i.definition)).toEqual(['refund-approval', 'refund-approval-emea']);
    });

    it('lists as installed only the definitions the caller manages', async () => {
      const r = await s.call('POST', '/api/templates/campaign-approval/install', { token: admin, body: { key: 'campaign-private' } });
      expect(r.status).toBe(201);
      expect((await s.call('PUT', '/api/definitions/campaign-private/scopes', { token: admin, body: { manage: { users: ['admin'] } } })).status).toBe(200);
      const seen = async (token: string) => (await s.call('GET', '/api/templates/campaign-approval', { token })).body.installed.map((i: { definition: string }) => i.definition);
      expect(await seen(admin)).toEqual(['campaign-private']);
      expect(await seen(designer)).toEqual([]);
    });

    it('installs once under concurrent requests: one 201 and 409s for a key, one answer replayed for an Idempotency-Key', async () => {
      const auditBefore = await rowCount('audit');
      const race = await Promise.all(Array.from({ length: 6 }, () => install('quote-approval', { key: 'quote-race' })));
      expect(race.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const same = await Promise.all(Array.from({ length: 4 }, () => install('quote-approval', { key: 'quote-idem' }, { 'idempotency-key': 'race-1' })));
      expect(same.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(same.map((r) => JSON.stringify(r.body))).size).toBe(1);
      expect((await definitionKeys()).filter((k) => k.startsWith('quote-'))).toEqual(['quote-idem', 'quote-race']);
      expect(await rowCount('audit')).toBe(auditBefore + 2);
    });

    it.each(gallery.map((t) => [t.key, t] as const))('%s: installed and published through the API, one scenario runs end to end over HTTP', async (_key, t) => {
      const sc = picked(t);
      const key = `${t.workflow.doc.key}-run`;
      const installed = await install(t.key, { key, params: sc.parameters ?? {}, publish: true });
      expect(installed.status, JSON.stringify(installed.body)).toBe(201);
      expect(installed.body).toMatchObject({ key, latestVersion: 1, template: { key: t.key, version: t.manifest.doc.version } });

      const initiator = await s.token(sc.initiator);
      // A flow about a record runs on a stored one: the scenario's record is created first (by an
      // admin, owned as the scenario says), and the request names it by its new id.
      let data = sc.data as Record<string, unknown>;
      let recordRef: { type: string; id: string } | undefined;
      if (sc.record) {
        const type = (t.workflow.doc as { record?: { type: string } }).record!.type;
        const scRecord = sc.record as { id: string; owner?: string; values?: Record<string, unknown> };
        const made = await s.call('POST', `/api/records/${type}`, { token: admin, body: { values: scRecord.values ?? {}, owner: scRecord.owner ?? sc.initiator } });
        expect(made.status, JSON.stringify(made.body)).toBe(201);
        recordRef = { type, id: made.body.id as string };
        data = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === scRecord.id ? recordRef!.id : v]));
      }
      const started = sc.patch
        ? await s.call('POST', `/api/records/${recordRef!.type}/${recordRef!.id}/change-requests`, { token: initiator, body: { definition: key, patch: sc.patch, data } })
        : await s.call('POST', '/api/instances', {
          token: initiator,
          body: {
            definition: key,
            data,
            ...(sc.selections ? { selections: sc.selections } : {}),
            ...(recordRef ? { record: recordRef } : {}),
          },
        });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      const id = started.body.id as string;
      for (const [i, step] of (sc.steps ?? []).entries()) await runStep(s, id, step, `${t.key} step ${i + 1}`);

      const detail = await s.call('GET', `/api/instances/${id}`, { token: admin });
      expect(detail.status).toBe(200);
      const path = detail.body.timeline.filter((e: { kind: string }) => e.kind === 'node-entered').map((e: { node: string }) => e.node);
      const assignees: Record<string, string[]> = {};
      for (const task of detail.body.tasks as Array<{ node: string; user: string }>) (assignees[task.node] ??= []).push(task.user);
      expect(detail.body.status).toBe(sc.expect.status);
      if (sc.expect.outcome) expect(detail.body.outcome).toBe(sc.expect.outcome);
      if (sc.expect.path) expect(path).toEqual(sc.expect.path);
      for (const [node, users] of Object.entries(sc.expect.assignees ?? {})) expect(assignees[node] ?? [], `assignees at ${node}`).toEqual(users);
    });

    it('shows each installed template as installed in the gallery', async () => {
      const items = (await s.call('GET', '/api/templates', { token: designer })).body.items as Array<{ key: string; installed: Array<{ definition: string; latestVersion: number }> }>;
      for (const t of gallery) {
        const item = items.find((x) => x.key === t.key)!;
        expect(item.installed.map((x) => x.definition), t.key).toContain(`${t.workflow.doc.key}-run`);
        expect(item.installed.find((x) => x.definition === `${t.workflow.doc.key}-run`)!.latestVersion).toBe(1);
      }
    });
  });
}

/** One scenario step over HTTP as its user (automation answers in-process; see PICKS). */
async function runStep(s: TestServer, id: string, step: Step, what: string): Promise<void> {
  if ('wait' in step) throw new Error(`${what}: waits are not picked`);
  if ('automation' in step) {
    const r = await s.baton.ctx.runtime.apply(id, { type: 'automation-result', actor: 'system', node: step.automation, ok: step.ok ?? true, ...(step.result !== undefined ? { result: step.result } : {}) });
    expect(r.ok, `${what}: ${JSON.stringify(r)}`).toBe(true);
    return;
  }
  const token = await s.token(step.as);
  const body = { ...(step.comment ? { comment: step.comment } : {}), ...(step.data ? { data: step.data } : {}) };
  if (step.do === 'withdraw' || step.do === 'resubmit') {
    const r = await s.call('POST', `/api/instances/${id}/${step.do}`, { token, body });
    expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(200);
    return;
  }
  // The step's user finds their open task at the node on the request page, as the web app does.
  const detail = await s.call('GET', `/api/instances/${id}`, { token });
  expect(detail.status, `${what}: ${step.as} cannot see the request`).toBe(200);
  const open = (detail.body.tasks as Array<{ id: string; node: string; user: string; status: string }>)
    .filter((x) => x.user === step.as && (step.node === undefined || x.node === step.node) && (x.status === 'pending' || x.status === 'delegated'));
  const task = open[open.length - 1];
  expect(task, `${what}: no open task for ${step.as} at ${step.node}`).toBeDefined();
  // A scenario's return goes to the initiator unless it names a target; the API's default is the previous node.
  const extra = step.do === 'return' ? { to: step.to ?? 'initiator' } : {};
  const r = await s.call('POST', `/api/tasks/${task!.id}/${step.do}`, { token, body: { ...body, ...extra } });
  expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(200);
}
