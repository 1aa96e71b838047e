// The life of a definition: the impact report, deactivate (drain or cancel), activate, archive
// and unarchive, the recycle bin (delete, restore, purge).
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { managedDefinition } from '../definitions/definition-guard.ts';
import { loadVersion } from '../definitions/definition-row.ts';
import type { DefinitionRecord } from '../definitions/definition-row.ts';
import { impactReport } from '../definitions/impact-report.ts';
import { fail, ok, sendError } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import { param } from '../http/params.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';
import { cancelRunningInstances } from '../runtime/cancel-running.ts';
import type { DefinitionStatus } from '../store/database.ts';
import type { Db } from '../store/store.ts';

const RUNNING = ['running', 'returned'];

async function runningCount(db: Db, key: string): Promise<number> {
  const r = await db.selectFrom('instances').select((eb) => eb.fn.countAll().as('n')).where('definition_key', '=', key).where('status', 'in', RUNNING).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export function definitionLifecycleRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/definitions', { ...spec, tag: 'definitions' }, h);
  const db = ctx.store.db;

  /** A status change guarded by the states it may come from. */
  const transition = (action: string, to: DefinitionStatus, from: DefinitionStatus[], extra?: (tx: Db, d: DefinitionRecord) => Promise<Result<unknown>>): Handler => async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const res = await adminChange(ctx, p, `definition.${action}`, `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key, { lock: true });
      if (!d.ok) return d;
      if (!from.includes(d.value.status)) {
        return fail(409, 'bad-state', `A ${d.value.status} definition cannot be ${action}d.`, `处于“${d.value.status}”状态的流程不能执行此操作。`, { details: { status: d.value.status } });
      }
      const more = extra ? await extra(tx, d.value) : ok(undefined);
      if (!more.ok) return more;
      await tx.updateTable('definitions').set({ status: to, updated_at: ctx.nowIso() }).where('key', '=', key).execute();
      return ok({ value: { key, status: to, ...(more.value && typeof more.value === 'object' ? more.value : {}) } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  };

  add({ method: 'GET', path: '/:key/impact', access: 'designer', summary: 'What deactivating would touch: running requests per node, pending tasks per approver, records, dependent flows' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    const latest = d.value.latestVersion > 0 ? await loadVersion(db, d.value.key, d.value.latestVersion) : undefined;
    return c.json(await impactReport(db, d.value.key, latest ?? d.value.draft));
  });

  add({ method: 'POST', path: '/:key/deactivate', access: 'designer', summary: 'Stop new requests: drain (running ones finish) or cancel (running ones are terminated, people notified)', body: apiSchemaId('definition-deactivate') }, (c) => {
    const b = c.get('body') as { policy: 'drain' | 'cancel'; reason?: string };
    return transition('deactivate', 'inactive', ['active'], async (tx, d) => {
      const cancelled = b.policy === 'cancel' ? await cancelRunningInstances(ctx, tx, d.key, c.get('principal')!.userId, b.reason) : 0;
      return ok({ policy: b.policy, cancelled, draining: b.policy === 'drain' ? await runningCount(tx, d.key) : 0 });
    })(c);
  });
  add({ method: 'POST', path: '/:key/activate', access: 'designer', summary: 'Allow new requests again' }, transition('activate', 'active', ['inactive']));
  add({ method: 'POST', path: '/:key/archive', access: 'designer', summary: 'Archive an inactive definition with no running requests' }, transition('archive', 'archived', ['inactive'], async (tx, d) =>
    (await runningCount(tx, d.key)) > 0 ? fail(409, 'has-running', 'Requests of this flow are still running.', '该流程仍有进行中的申请。') : ok(undefined)));
  add({ method: 'POST', path: '/:key/unarchive', access: 'designer', summary: 'Bring an archived definition back (inactive)' }, transition('unarchive', 'inactive', ['archived']));

  add({ method: 'DELETE', path: '/:key', access: 'designer', summary: 'Move an inactive or archived definition to the recycle bin' }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const res = await adminChange(ctx, p, 'definition.delete', `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key, { lock: true });
      if (!d.ok) return d;
      if (d.value.status === 'active' && d.value.latestVersion > 0) return fail(409, 'bad-state', 'Deactivate the definition first.', '请先停用该流程。');
      if ((await runningCount(tx, key)) > 0) return fail(409, 'has-running', 'Requests of this flow are still running.', '该流程仍有进行中的申请。');
      await tx.updateTable('definitions').set({ deleted_at: ctx.nowIso(), updated_at: ctx.nowIso() }).where('key', '=', key).execute();
      return ok({ value: { key, deleted: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });
  add({ method: 'POST', path: '/:key/restore', access: 'designer', summary: 'Take a definition out of the recycle bin' }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const res = await adminChange(ctx, p, 'definition.restore', `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key, { lock: true, deleted: 'only' });
      if (!d.ok) return d;
      await tx.updateTable('definitions').set({ deleted_at: null, updated_at: ctx.nowIso() }).where('key', '=', key).execute();
      return ok({ value: { key, deleted: false, status: d.value.status } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });
  add({ method: 'DELETE', path: '/:key/purge', access: 'admin', summary: 'Delete for good a definition in the recycle bin that no request refers to' }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const res = await adminChange(ctx, p, 'definition.purge', `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key, { lock: true, deleted: 'only' });
      if (!d.ok) return d;
      const any = await tx.selectFrom('instances').select('id').where('definition_key', '=', key).limit(1).executeTakeFirst();
      if (any) return fail(409, 'has-instances', 'Requests refer to this definition; it stays in the bin.', '仍有申请引用该流程，不能彻底删除。');
      await tx.deleteFrom('definition_versions').where('key', '=', key).execute();
      await tx.deleteFrom('definition_scenarios').where('key', '=', key).execute();
      await tx.deleteFrom('definitions').where('key', '=', key).execute();
      return ok({ value: { key, purged: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });
  return r;
}
