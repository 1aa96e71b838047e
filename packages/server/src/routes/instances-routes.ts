// Requests: start (form data checked against the version's form; Idempotency-Key honoured), the
// detail a caller may see, and the request-level commands (withdraw, resubmit, urge, comment, cc,
// terminate, remove-signer).
import { Hono } from 'hono';
import type { Command } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { validateFormData } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { canStart } from '../definitions/definition-access.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import { failure, sendError } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { idempotencyClaim } from '../http/idempotency.ts';
import { problemsError } from '../http/json-body.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { predictFinish } from '../analytics/finish-predictor.ts';
import { instanceDetail, loadInstance, maySee } from '../runtime/instance-view.ts';
import type { LoadedInstance } from '../runtime/instance-view.ts';
import type { Principal } from '../auth/principal.ts';
import { instanceEvents } from '../runtime/instance-events.ts';
import { readableRecord } from '../records/readable-record.ts';
import { createRecordTypeRegistry } from '../records/record-type-registry.ts';

interface StartBody {
  definition: string;
  data: Record<string, unknown>;
  selections?: Record<string, string[]>;
  draft?: string;
  record?: { id: string; type?: string; owner?: string; values?: Record<string, unknown> };
  patch?: Record<string, unknown>;
}

interface ActionBody {
  comment?: string;
  data?: Record<string, unknown>;
  users?: string[];
  reason?: string;
  node?: string;
  task?: string;
}

const missing = (field: string): ApiFailure => failure(422, 'validation-failed', `"${field}" is required for this action.`, `此操作需要“${field}”。`, { pointer: `/${field}` });

/** Builds the engine command of a request-level action, or a 422 naming what is missing. */
function instanceCommand(action: string, actor: string, b: ActionBody): Command | ApiFailure {
  const comment = b.comment !== undefined ? { comment: b.comment } : {};
  switch (action) {
    case 'withdraw': return { type: 'withdraw', actor, ...comment };
    case 'resubmit': return { type: 'resubmit', actor, ...comment, ...(b.data ? { data: b.data } : {}) };
    case 'urge': return { type: 'urge', actor, ...comment, ...(b.task ? { taskId: b.task } : {}) };
    case 'comment': return b.comment ? { type: 'comment', actor, text: b.comment, ...(b.task ? { taskId: b.task } : {}) } : missing('comment');
    case 'cc': return b.users ? { type: 'cc', actor, users: b.users, ...comment } : missing('users');
    case 'terminate': return { type: 'terminate', actor, ...(b.reason ?? b.comment ? { comment: b.reason ?? b.comment } : {}) };
    case 'remove-signer': return !b.node ? missing('node') : !b.users ? missing('users') : { type: 'remove-signer', actor, node: b.node, users: b.users };
    default: throw new Error(`unknown action ${action}`);
  }
}

export const INSTANCE_ACTIONS = ['withdraw', 'resubmit', 'urge', 'comment', 'cc', 'terminate', 'remove-signer'] as const;

export function instancesRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/instances', { ...spec, tag: 'instances' }, h);
  const db = ctx.store.db;
  const recordTypes = createRecordTypeRegistry();

  add({ method: 'POST', path: '/', access: 'user', summary: 'Start a request of the latest published version', body: apiSchemaId('instance-start'), status: 201, headers: ['Idempotency-Key'] }, async (c) => {
    const p = c.get('principal')!;
    const b = c.get('body') as StartBody;
    const claim = idempotencyClaim(c, p.userId, b);
    if (!claim.ok) return sendError(c, claim.error);
    const d = await loadDefinition(db, b.definition);
    if (!d || d.deletedAt || d.latestVersion === 0) return sendError(c, failure(404, 'not-found', `No published flow "${b.definition}".`, `没有已发布的流程“${b.definition}”。`, { pointer: '/definition' }));
    if (d.status !== 'active') return sendError(c, failure(409, 'not-active', 'This flow is not accepting new requests.', '该流程已停用，不接受新的申请。', { pointer: '/definition' }));
    const version = await ctx.runtime.port.version(db, d.key, d.latestVersion);
    if (!version) throw new Error(`missing version ${d.key}@${d.latestVersion}`);
    if (!canStart(p, d, version, await ctx.directory.get())) return sendError(c, failure(403, 'not-allowed-to-start', 'You may not start this flow.', '您无权发起该流程。'));
    // A change proposal goes through the record's change-request route (locks, the stored values);
    // a request about a record carries the stored record, and only one its initiator may read.
    if (b.patch) return sendError(c, failure(422, 'use-change-requests', 'Propose record changes with POST /api/records/:type/:id/change-requests.', '请通过 POST /api/records/:type/:id/change-requests 提交记录修改。', { pointer: '/patch' }));
    let record: { id: string; type: string; owner: string; values: Record<string, unknown> } | undefined;
    if (b.record) {
      const entry = await recordTypes.get(db, b.record.type ?? version.record?.type ?? '');
      const stored = entry ? await readableRecord(ctx, p, entry, b.record.id) : undefined;
      if (!entry || !stored) return sendError(c, failure(404, 'not-found', 'Record not found.', '记录不存在。', { pointer: '/record/id' }));
      record = { id: stored.id, type: entry.type.key, owner: stored.owner, values: stored.values };
    }
    const checked = validateFormData(version.form, b.data);
    if (!checked.ok) return sendError(c, problemsError(checked.problems.map((x) => ({ ...x, pointer: `/data${x.pointer}` })), 'invalid-data'));
    // The definition's start scope, when set, replaces the flow's own starters (already checked).
    const def: BatonWorkflowDefinition = d.scopes.start ? { ...version, settings: { ...version.settings, starters: { everyone: true } } } : version;
    if (b.draft) {
      const draft = await db.selectFrom('request_drafts').select('id').where('id', '=', b.draft).where('user_id', '=', p.userId).executeTakeFirst();
      if (!draft) return sendError(c, failure(404, 'not-found', 'Request draft not found.', '申请草稿不存在。', { pointer: '/draft' }));
    }
    const res = await ctx.runtime.start(p.userId, d.key, d.latestVersion, def, {
      initiator: p.userId,
      data: checked.value,
      ...(b.selections ? { selections: b.selections } : {}),
      ...(record ? { record } : {}),
    }, claim.value,
      b.draft ? async (tx) => void (await tx.deleteFrom('request_drafts').where('id', '=', b.draft!).execute()) : undefined);
    if (!res.ok) return sendError(c, res.error);
    return c.json(res.value.body as object, res.value.status as 201);
  });

  // Started by a record trigger or by another request's write: the record (its type's name, and
  // its title only for a caller who may read it), the chain depth, and the causing request only
  // for a caller who may see it (nobody else learns either exists).
  const originFor = async (p: Principal, inst: LoadedInstance) => {
    if (!inst.origin) return null;
    const cause = inst.origin.causedBy ? await loadInstance(ctx, db, inst.origin.causedBy) : undefined;
    const ref = inst.snapshot.record;
    const entry = ref?.type ? await recordTypes.get(db, ref.type) : undefined;
    const readable = ref && entry ? await readableRecord(ctx, p, entry, ref.id) : undefined;
    return {
      trigger: inst.origin.triggerRecord !== null,
      record: ref ? { type: ref.type ?? null, typeName: entry?.type.name ?? null, id: ref.id, title: readable?.title ?? null } : null,
      depth: inst.origin.depth,
      causedBy: cause && (await maySee(ctx, db, p, cause)) ? inst.origin.causedBy : null,
    };
  };

  add({ method: 'GET', path: '/:id', access: 'user', summary: 'A request as the caller may see it: data (hidden fields removed), graph with node states, timeline, tasks with assignee explanations, allowed actions' }, async (c) => {
    const p = c.get('principal')!;
    const inst = await loadInstance(ctx, db, param(c, 'id'));
    if (!inst || !(await maySee(ctx, db, p, inst))) return sendError(c, failure(404, 'not-found', 'Request not found.', '申请不存在。'));
    const directory = ctx.runtime.port.directoryFor(await ctx.directory.snapshot());
    const predictedFinish = await predictFinish(db, inst.key, inst.def, inst.snapshot, ctx.clock.now().getTime());
    const detail = instanceDetail(ctx, inst, p, { now: ctx.nowIso(), directory });
    // Urges, transfers, CCs... come from the audit rows; a stable sort keeps same-instant order.
    const timeline = [...detail.timeline, ...(await instanceEvents(db, inst.snapshot.id))].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return c.json({ ...detail, timeline, predictedFinish, origin: await originFor(p, inst) });
  });

  for (const action of INSTANCE_ACTIONS) {
    add({ method: 'POST', path: `/:id/${action}`, access: 'user', summary: `Request action: ${action}`, body: apiSchemaId('instance-action'), headers: ['Idempotency-Key'] }, async (c) => {
      const p = c.get('principal')!;
      const b = c.get('body') as ActionBody;
      const claim = idempotencyClaim(c, p.userId, b);
      if (!claim.ok) return sendError(c, claim.error);
      const command = instanceCommand(action, p.userId, b);
      if ('status' in command) return sendError(c, command);
      const res = await ctx.runtime.apply(param(c, 'id'), command, claim.value);
      return res.ok ? c.json(res.value.body as object, res.value.status as 200) : sendError(c, res.error);
    });
  }
  return r;
}
