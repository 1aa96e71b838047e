// A flow's scenarios kept on the server: the template's scenarios arrive with the install, and
// the studio saves more. They run through the engine's runScenario against the server's live
// org directory (not the file the scenario names), so a designer sees whether today's org still
// gives the paths and approvers the scenario expects.
import { runScenario, type Mismatch } from '@baton/engine';
import type { BatonOrgDirectory, BatonScenario, BatonWorkflowDefinition } from '@baton/schema';
import type { Db } from '../store/store.ts';

/** A scenario's id: a lowercase slug, as its file name would be. */
export const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The most scenarios one flow keeps (a run is synchronous on the request). */
export const MAX_SCENARIOS = 100;

export interface StoredScenario {
  id: string;
  scenario: BatonScenario;
  updatedBy: string;
  updatedAt: string;
}

export interface ScenarioRun {
  id: string;
  name: string;
  ok: boolean;
  mismatches: Mismatch[];
  result: { status: string; outcome?: string; path: string[]; assignees: Record<string, string[]> };
}

/** A slug for a scenario's file name or name: "Small discount" -> "small-discount". */
export function scenarioId(text: string): string {
  const slug = text.toLowerCase().replace(/\.json$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
  return SCENARIO_ID.test(slug) ? slug : 'scenario';
}

export async function listScenarios(db: Db, key: string): Promise<StoredScenario[]> {
  const rows = await db.selectFrom('definition_scenarios').selectAll().where('key', '=', key).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, scenario: JSON.parse(r.body) as BatonScenario, updatedBy: r.updated_by, updatedAt: r.updated_at }));
}

/** Inserts or replaces one scenario; answers whether it was new. */
export async function saveScenario(db: Db, key: string, id: string, scenario: BatonScenario, by: string, at: string): Promise<boolean> {
  const body = JSON.stringify(scenario);
  const upd = await db.updateTable('definition_scenarios').set({ body, updated_by: by, updated_at: at }).where('key', '=', key).where('id', '=', id).executeTakeFirst();
  if (Number(upd.numUpdatedRows) > 0) return false;
  await db.insertInto('definition_scenarios').values({ key, id, body, updated_by: by, updated_at: at }).execute();
  return true;
}

export async function countScenarios(db: Db, key: string): Promise<number> {
  const row = await db.selectFrom('definition_scenarios').select((eb) => eb.fn.countAll<number>().as('n')).where('key', '=', key).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function deleteScenario(db: Db, key: string, id: string): Promise<boolean> {
  const del = await db.deleteFrom('definition_scenarios').where('key', '=', key).where('id', '=', id).executeTakeFirst();
  return Number(del.numDeletedRows) > 0;
}

/** Runs scenarios on one definition (the draft or a version) with the live org. Never throws for a scenario. */
export function runScenarios(definition: BatonWorkflowDefinition, scenarios: readonly StoredScenario[], org: BatonOrgDirectory): ScenarioRun[] {
  return scenarios.map(({ id, scenario }) => {
    const r = runScenario(definition, { ...scenario, org }, org);
    const { status, outcome, path, assignees } = r.result;
    return { id, name: scenario.name, ok: r.ok, mismatches: r.mismatches, result: { status, ...(outcome ? { outcome } : {}), path, assignees } };
  });
}
