// start: checks who may start and what they submitted, then runs the flow until it waits.
import type { Settings } from '@baton/schema';
import { storeSelections } from './commands/selections.ts';
import type { CompiledDefinition } from './definition/compiled-definition.ts';
import { checkSubmittedData } from './forms/form-data.ts';
import { drain, go } from './runtime/flow.ts';
import { Run } from './runtime/run.ts';
import type { NodeKinds } from './nodes/node-kind.ts';
import type { Directory, Env } from './types/env.ts';
import { refusal, type RefusalCode } from './types/refusal.ts';
import type { Result, StartInput } from './types/result.ts';
import type { Snapshot } from './types/snapshot.ts';

export function startInstance(def: CompiledDefinition, kinds: NodeKinds, input: StartInput, env: Env): Result {
  const actor = typeof input?.initiator === 'string' ? input.initiator : '';
  if (!def.start) return refused(actor, 'definition-broken', 'the flow has no start node');
  const user = env.directory.user(actor);
  if (!user || user.active === false) return refused(actor, 'unknown-user', actor || '(none)', '/initiator');
  if (!mayStart(def.settings.starters, env.directory, actor)) return refused(actor, 'not-allowed-to-start');

  const base: Snapshot = {
    format: 1,
    id: typeof input.id === 'string' && input.id !== '' ? input.id : env.ids.next('instance'),
    workflow: def.definition.key,
    revision: 0,
    status: 'running',
    initiator: actor,
    created: env.now,
    updated: env.now,
    data: {},
    active: [],
    tasks: [],
    timers: [],
    history: [],
    seq: 0,
  };
  const run = new Run(def, kinds, env, actor, 'start', base);
  const s = run.s;
  if (typeof input.title === 'string' && input.title !== '') s.title = input.title;
  const data = checkSubmittedData(run, input.data);
  if (!data.ok) return refused(actor, 'invalid-data', data.key ? `${data.key} ${data.reason}` : data.reason, data.key ? `/data/${data.key}` : '/data');

  if (input.record !== undefined) {
    if (typeof input.record?.id !== 'string' || input.record.id === '') return refused(actor, 'patch-invalid', 'the record needs an id', '/record/id');
    const r = input.record;
    const type = r.type ?? def.definition.record?.type;
    s.record = { id: r.id, ...(type ? { type } : {}), ...(r.owner ? { owner: r.owner } : {}), ...(r.values ? { values: { ...r.values } } : {}) };
  }
  if (input.patch !== undefined) {
    const allowed = def.definition.record?.changeSet?.fields;
    if (!allowed) return refused(actor, 'patch-invalid', 'this flow carries no change-set', '/patch');
    if (!s.record) return refused(actor, 'patch-invalid', 'a change-set needs the record it changes', '/record');
    if (typeof input.patch !== 'object' || input.patch === null || Array.isArray(input.patch)) return refused(actor, 'patch-invalid', 'must be an object', '/patch');
    const keys = Object.keys(input.patch);
    if (keys.length === 0) return refused(actor, 'patch-invalid', 'the change-set is empty', '/patch');
    const bad = keys.find((k) => !allowed.includes(k));
    if (bad) return refused(actor, 'patch-invalid', `${bad} may not be changed by this flow`, `/patch/${bad}`);
    s.patch = { ...input.patch };
  }
  if (input.selections !== undefined && !storeSelections(run, input.selections, 'initiator-selects')) return { ok: false, refusal: run.refusal! };

  run.event('started', { actor });
  go(run, def.start.id, undefined);
  drain(run);
  if (run.refusal) return { ok: false, refusal: run.refusal };
  s.revision = 1;
  return { ok: true, snapshot: s, effects: run.effects, events: run.events };
}

function mayStart(starters: Settings['starters'], directory: Directory, user: string): boolean {
  if (!starters || starters.everyone) return true;
  if (!starters.users?.length && !starters.roles?.length && !starters.departments?.length) return true;
  if (starters.users?.includes(user)) return true;
  const u = directory.user(user);
  if (starters.roles?.some((r) => u?.roles?.includes(r))) return true;
  const wanted = starters.departments ?? [];
  const seen = new Set<string>();
  let dept = directory.departmentOf(user);
  while (dept && !seen.has(dept)) {
    if (wanted.includes(dept)) return true;
    seen.add(dept);
    dept = directory.department(dept)?.parent;
  }
  return false;
}

function refused(actor: string, code: RefusalCode, detail?: string, pointer?: string): Result {
  return { ok: false, refusal: refusal(code, actor, 'start', detail, pointer) };
}
