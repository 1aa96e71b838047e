// Each flow's archive policy, read from its latest published version (settings.archive).
import type { AppContext } from '../app-context.ts';

export interface ArchivePolicy {
  definition: string;
  /** Archive this many days after a request finishes (0: at the next run). */
  afterDays?: number;
  /** Purge this many days after archiving. */
  retentionDays?: number;
}

export const DAY_MS = 86_400_000;

/** The policies of every published flow that has one. */
export async function archivePolicies(ctx: AppContext): Promise<ArchivePolicy[]> {
  const db = ctx.store.db;
  const defs = await db.selectFrom('definitions').select(['key', 'latest_version']).where('latest_version', '>', 0).orderBy('key').execute();
  const out: ArchivePolicy[] = [];
  for (const d of defs) {
    const version = await ctx.runtime.port.version(db, d.key, Number(d.latest_version));
    const a = version?.settings?.archive;
    if (!a || (a.afterDays === undefined && a.retentionDays === undefined)) continue;
    out.push({ definition: d.key, ...(a.afterDays !== undefined ? { afterDays: a.afterDays } : {}), ...(a.retentionDays !== undefined ? { retentionDays: a.retentionDays } : {}) });
  }
  return out;
}

/** The instant `days` days before `nowIso`, as an RFC 3339 string. */
export function daysBefore(nowIso: string, days: number): string {
  return new Date(Date.parse(nowIso) - days * DAY_MS).toISOString();
}
