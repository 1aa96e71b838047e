// Fires due schedules. A firing is claimed by moving the row's next due time with a conditional
// update (the due time read must still be there), and in the SAME transaction each matching
// record's flow is started: a committed claim starts its flows once, a rolled-back one none, and
// of several processes only one claims a given due time (on PostgreSQL the loser's update waits
// for the winner's row lock, then finds the due time gone). A server that was down fires a
// missed schedule once on its return, then continues from now.
import type { BatonRecordType } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { loadDefinition } from '../definitions/definition-row.ts';
import { startFlowForRecord, triggerCondition, triggerEnvironment } from '../records/record-triggers.ts';
import type { Db } from '../store/store.ts';
import { nextRunAfter } from './cron-expression.ts';
import { reconcileSchedules } from './schedule-sync.ts';

/** At most this many matching records start a flow per firing; further matches are counted as skipped. */
export const MAX_RECORDS_PER_FIRING = 500;
/** Records read per page, and at most per firing (a firing is one transaction: it stays bounded). */
const RECORD_PAGE = 500;
const MAX_RECORDS_SCANNED = 50_000;

export interface ScheduleOptions {
  /** The IANA zone of triggers that name none (default: the app's scheduleTimezone option). */
  timezone: string;
  /** Told, on each pass that finds them, the stored default zones that differ from `timezone`. */
  onOtherDefaultZones?: (zones: string[]) => void;
}

export interface FiringResult {
  schedule: string;
  due: string;
  started: number;
  failed: Array<{ record: string; reason: string }>;
  skipped: number;
}

export interface ScheduleRun {
  fired: FiringResult[];
}

/**
 * The background loop's runner: runDueSchedules, plus one warning per process (not per pass) when
 * rows hold a default zone other than this process's (they keep it: docs/server.md, Schedules).
 */
export function createScheduleRunner(ctx: AppContext, options: ScheduleOptions = { timezone: ctx.options.scheduleTimezone }): { run(limit?: number): Promise<ScheduleRun> } {
  let warned = false;
  const onOtherDefaultZones = (zones: string[]) => {
    if (warned) return;
    warned = true;
    ctx.logger.warn('schedules: rows whose trigger names no zone keep the zone they were given, which differs from this process\'s default; name a zone on the trigger to move them', { defaultTimezone: options.timezone, storedZones: zones });
  };
  return { run: (limit) => runDueSchedules(ctx, { ...options, onOtherDefaultZones }, limit) };
}

export async function runDueSchedules(ctx: AppContext, options: ScheduleOptions = { timezone: ctx.options.scheduleTimezone }, limit = 50): Promise<ScheduleRun> {
  const now = ctx.clock.now();
  const reconciled = await reconcileSchedules(ctx.store.db, options.timezone, now);
  if (reconciled.otherDefaultZones.length > 0) options.onOtherDefaultZones?.(reconciled.otherDefaultZones);
  const due = await ctx.store.db.selectFrom('schedules').selectAll().where('next_due_at', 'is not', null).where('next_due_at', '<=', now.toISOString()).orderBy('next_due_at').limit(limit).execute();
  const run: ScheduleRun = { fired: [] };
  for (const row of due) {
    const fired = await ctx.store.db.transaction().execute(async (tx) => {
      const next = nextRunAfter(row.cron, row.timezone, now);
      const claim = await tx.updateTable('schedules').set({ next_due_at: next.ok ? next.next : null, last_fired_at: row.next_due_at, updated_at: now.toISOString() })
        .where('id', '=', row.id).where('next_due_at', '=', row.next_due_at).executeTakeFirst();
      if (Number(claim.numUpdatedRows) !== 1) return undefined;
      const result = await fireOne(ctx, tx, row.owner_key, row.trigger_index, row.start_key);
      const out: FiringResult = { schedule: row.id, due: row.next_due_at!, ...result };
      await tx.updateTable('schedules').set({ last_result: JSON.stringify({ started: out.started, failed: out.failed.length, skipped: out.skipped }) }).where('id', '=', row.id).execute();
      await appendAudit(tx, ctx.store.dialect, { at: now.toISOString(), actor: 'system', action: 'schedule.fired', subject: `schedule:${row.id}`, detail: out });
      return out;
    });
    if (fired) run.fired.push(fired);
  }
  return run;
}

async function fireOne(ctx: AppContext, tx: Db, typeKey: string, index: number, start: string): Promise<Omit<FiringResult, 'schedule' | 'due'>> {
  const out = { started: 0, failed: [] as Array<{ record: string; reason: string }>, skipped: 0 };
  const typeRow = await tx.selectFrom('record_types').select('body').where('key', '=', typeKey).executeTakeFirst();
  const type = typeRow ? (JSON.parse(typeRow.body) as BatonRecordType) : undefined;
  const trigger = type?.triggers?.[index];
  if (!type || trigger?.on !== 'schedule') return { ...out, failed: [{ record: '', reason: `record type "${typeKey}" no longer has this schedule` }] };
  const d = await loadDefinition(tx, start);
  const def = d && !d.deletedAt && d.latestVersion > 0 && d.status === 'active' ? await ctx.runtime.port.version(tx, d.key, d.latestVersion) : undefined;
  if (!d || !def) return { ...out, failed: [{ record: '', reason: `no active published flow "${start}"` }] };
  // Records are read a page at a time and each checked against the condition: the cap counts the
  // records that match (and start, or fail), so a match after many non-matching rows still fires.
  const env = trigger.condition ? triggerEnvironment(type) : undefined;
  let after: { created: string; id: string } | undefined;
  let tried = 0;
  for (let scanned = 0; scanned < MAX_RECORDS_SCANNED;) {
    let q = tx.selectFrom('records').select(['id', 'owner', 'values', 'created_at']).where('type', '=', typeKey).where('deleted_at', 'is', null);
    if (after) {
      const a = after;
      q = q.where((eb) => eb.or([eb('created_at', '>', a.created), eb.and([eb('created_at', '=', a.created), eb('id', '>', a.id)])]));
    }
    const page = await q.orderBy('created_at').orderBy('id').limit(RECORD_PAGE).execute();
    for (const r of page) {
      scanned++;
      const record = { id: r.id, owner: r.owner, type: typeKey, values: JSON.parse(r.values) as Record<string, unknown> };
      if (env && trigger.condition) {
        const c = triggerCondition(env, trigger.condition, record);
        if (!c.ok) {
          out.failed.push({ record: r.id, reason: c.reason });
          continue;
        }
        if (!c.value) continue;
      }
      if (tried >= MAX_RECORDS_PER_FIRING) {
        out.skipped++;
        continue;
      }
      tried++;
      const started = await startFlowForRecord(ctx, tx, { key: d.key, version: d.latestVersion, def }, record, r.owner);
      if (started.ok) out.started++;
      else out.failed.push({ record: r.id, reason: started.reason });
    }
    const last = page[page.length - 1];
    if (page.length < RECORD_PAGE || !last) break;
    after = { created: last.created_at, id: last.id };
  }
  return out;
}
