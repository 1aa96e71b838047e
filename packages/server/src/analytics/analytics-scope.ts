// Which flows a caller may analyse: admins all; designers the flows they manage (the manage scope
// of definition-access.ts). Only published flows have requests to count.
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { canManage } from '../definitions/definition-access.ts';
import { toRecord } from '../definitions/definition-row.ts';
import type { DefinitionRecord } from '../definitions/definition-row.ts';
import type { Db } from '../store/store.ts';

export interface AnalysedFlow {
  record: DefinitionRecord;
  /** The latest published version: node names, types and timeouts are read from it. */
  version: BatonWorkflowDefinition;
}

/** The latest published version of a definition the caller already may manage. */
export async function analysedFlow(ctx: AppContext, db: Db, record: DefinitionRecord): Promise<AnalysedFlow | undefined> {
  if (record.latestVersion === 0) return undefined;
  const version = await ctx.runtime.port.version(db, record.key, record.latestVersion);
  return version ? { record, version } : undefined;
}

export async function visibleFlows(ctx: AppContext, db: Db, p: Principal): Promise<AnalysedFlow[]> {
  const rows = await db.selectFrom('definitions').selectAll().where('deleted_at', 'is', null).where('latest_version', '>', 0).orderBy('key').execute();
  const out: AnalysedFlow[] = [];
  for (const row of rows) {
    const record = toRecord(row);
    if (!canManage(p, record)) continue;
    const flow = await analysedFlow(ctx, db, record);
    if (flow) out.push(flow);
  }
  return out;
}
