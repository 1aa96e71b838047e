// A flow's scenarios: list, save (validated against scenario.schema.json), delete, and run them
// all (or some) against the draft or a version with the live org, as the studio's simulation
// page does. Designers who manage the flow only; saves and deletes are audited.
import { Hono } from 'hono';
import { validateScenario } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { managedDefinition } from '../definitions/definition-guard.ts';
import { countScenarios, deleteScenario, listScenarios, MAX_SCENARIOS, runScenarios, saveScenario, SCENARIO_ID } from '../definitions/definition-scenarios.ts';
import { fail, failure, notFound, ok, sendError } from '../http/api-error.ts';
import { apiSchemaId } from '../http/api-schemas.ts';
import type { AppEnv } from '../http/app-env.ts';
import { problemsError } from '../http/json-body.ts';
import { param } from '../http/params.ts';
import type { Handler, RouteSpec } from '../http/route-book.ts';
import { adminChange } from '../runtime/admin-change.ts';

const SCENARIO_SCHEMA = 'https://baton.dev/schemas/scenario.schema.json';
const badId = () => failure(400, 'bad-scenario-id', 'A scenario id is 1 to 64 lowercase letters, digits and dashes.', '场景标识须为 1 到 64 位小写字母、数字或连字符。', { pointer: '/id' });

export function definitionScenariosRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const add = (spec: Omit<RouteSpec, 'tag'>, h: Handler) => ctx.book.add(r, '/api/definitions', { ...spec, tag: 'definitions' }, h);
  const db = ctx.store.db;

  add({ method: 'GET', path: '/:key/scenarios', access: 'designer', summary: 'The flow\'s saved scenarios' }, async (c) => {
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    return c.json({ items: await listScenarios(db, d.value.key) });
  });

  add({ method: 'PUT', path: '/:key/scenarios/:id', access: 'designer', summary: 'Save a scenario (create or replace) under an id', body: SCENARIO_SCHEMA }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const id = param(c, 'id');
    if (!SCENARIO_ID.test(id)) return sendError(c, badId());
    const checked = validateScenario(c.get('body'));
    if (!checked.ok) return sendError(c, problemsError(checked.problems));
    const res = await adminChange(ctx, p, 'definition.scenario-save', `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key, { lock: true });
      if (!d.ok) return d;
      const exists = (await listScenarios(tx, key)).some((s) => s.id === id);
      if (!exists && (await countScenarios(tx, key)) >= MAX_SCENARIOS) {
        return fail(409, 'too-many-scenarios', `A flow keeps at most ${MAX_SCENARIOS} scenarios.`, `每个流程最多保存 ${MAX_SCENARIOS} 个场景。`);
      }
      const created = await saveScenario(tx, key, id, checked.value, p.userId, ctx.nowIso());
      return ok({ value: { key, id, created }, detail: { id, name: checked.value.name, created } });
    });
    if (!res.ok) return sendError(c, res.error);
    return c.json(res.value, res.value.created ? 201 : 200);
  });

  add({ method: 'DELETE', path: '/:key/scenarios/:id', access: 'designer', summary: 'Delete a scenario' }, async (c) => {
    const p = c.get('principal')!;
    const key = param(c, 'key');
    const id = param(c, 'id');
    if (!SCENARIO_ID.test(id)) return sendError(c, badId());
    const res = await adminChange(ctx, p, 'definition.scenario-delete', `definition:${key}`, async (tx) => {
      const d = await managedDefinition(ctx, tx, p, key, { lock: true });
      if (!d.ok) return d;
      if (!(await deleteScenario(tx, key, id))) return { ok: false, error: notFound('Scenario', '场景') };
      return ok({ value: { key, id, deleted: true } });
    });
    return res.ok ? c.json(res.value) : sendError(c, res.error);
  });

  add({ method: 'POST', path: '/:key/scenarios/run', access: 'designer', summary: 'Run the flow\'s scenarios on the draft or a version with the live org (no side effects)', body: apiSchemaId('scenario-run') }, async (c) => {
    const b = c.get('body') as { version?: number | 'draft'; ids?: string[] };
    const d = await managedDefinition(ctx, db, c.get('principal')!, param(c, 'key'));
    if (!d.ok) return sendError(c, d.error);
    const def = b.version === undefined || b.version === 'draft' ? d.value.draft : await ctx.runtime.port.version(db, d.value.key, b.version);
    if (!def) return sendError(c, failure(404, 'not-found', `Version ${String(b.version)} not found.`, `版本 ${String(b.version)} 不存在。`, { pointer: '/version' }));
    const all = await listScenarios(db, d.value.key);
    const unknown = (b.ids ?? []).findIndex((id) => !all.some((s) => s.id === id));
    if (unknown >= 0) return sendError(c, failure(404, 'not-found', `No scenario "${b.ids![unknown]}".`, `场景“${b.ids![unknown]}”不存在。`, { pointer: `/ids/${unknown}` }));
    const chosen = b.ids ? all.filter((s) => b.ids!.includes(s.id)) : all;
    const results = runScenarios(def, chosen, await ctx.directory.get());
    const passed = results.filter((x) => x.ok).length;
    return c.json({ key: d.value.key, version: b.version ?? 'draft', total: results.length, passed, failed: results.length - passed, results });
  });
  return r;
}
