// The schedules table follows the record types: every `on: "schedule"` trigger has one row, keyed
// by record type and trigger index. Reconciling is idempotent and safe to run from several
// processes at once (inserts ignore conflicts, updates and deletes are conditional), so it runs
// before each firing pass and each listing instead of hooking every record-type write.
import type { BatonRecordType } from '@baton/schema';
import type { Db } from '../store/store.ts';
import { nextRunAfter } from './cron-expression.ts';

export interface DesiredSchedule {
  id: string;
  ownerKey: string;
  triggerIndex: number;
  cron: string;
  /** The trigger's own zone; absent: the server's default (AppOptions.scheduleTimezone). */
  timezone?: string;
  start: string;
}

export const scheduleId = (recordType: string, trigger: number) => `record:${recordType}:${trigger}`;

/** The schedules the stored record types ask for. */
export async function desiredSchedules(db: Db): Promise<DesiredSchedule[]> {
  const rows = await db.selectFrom('record_types').select(['key', 'body']).orderBy('key').execute();
  const out: DesiredSchedule[] = [];
  for (const r of rows) {
    const type = JSON.parse(r.body) as BatonRecordType;
    (type.triggers ?? []).forEach((t, i) => {
      if (t.on === 'schedule' && t.cron) out.push({ id: scheduleId(r.key, i), ownerKey: r.key, triggerIndex: i, cron: t.cron, ...(t.timezone ? { timezone: t.timezone } : {}), start: t.start });
    });
  }
  return out;
}

const resultOf = (next: ReturnType<typeof nextRunAfter>) => (next.ok ? null : JSON.stringify({ error: next.message }));

export interface Reconciled {
  /** Zones stored on rows whose trigger names none that differ from this process's default. */
  otherDefaultZones: string[];
}

/**
 * Brings the schedules table in line with the record types. A row is rewritten (its clock
 * restarted) only when its trigger changed: its cron, its flow, or the zone it names. A trigger
 * that names none is given `defaultTimezone` when its row is written and keeps that zone after:
 * processes whose defaults differ (a rolling upgrade, a misconfigured one) leave each other's
 * rows alone instead of moving next_due_at back and forth.
 */
export async function reconcileSchedules(db: Db, defaultTimezone: string, now: Date): Promise<Reconciled> {
  const want = await desiredSchedules(db);
  const have = new Map((await db.selectFrom('schedules').selectAll().execute()).map((r) => [r.id, r]));
  const at = now.toISOString();
  const others = new Set<string>();
  for (const w of want) {
    const row = have.get(w.id);
    have.delete(w.id);
    const source = w.timezone ? 'trigger' : 'default';
    if (row && row.cron === w.cron && row.start_key === w.start && sameZoneSetting(row, w.timezone)) {
      if (!w.timezone && row.timezone !== defaultTimezone) others.add(row.timezone);
      // A row written before 0016 learns where its zone came from; its clock is left alone.
      if (row.timezone_source !== source) {
        await db.updateTable('schedules').set({ timezone_source: source }).where('id', '=', w.id).where('cron', '=', row.cron).where('start_key', '=', row.start_key)
          .where('timezone', '=', row.timezone).where('timezone_source', row.timezone_source === null ? 'is' : '=', row.timezone_source).execute();
      }
      continue;
    }
    const timezone = w.timezone ?? defaultTimezone;
    const next = nextRunAfter(w.cron, timezone, now);
    const values = { cron: w.cron, timezone, timezone_source: source, start_key: w.start, next_due_at: next.ok ? next.next : null, last_result: resultOf(next), updated_at: at };
    if (!row) {
      await db.insertInto('schedules').values({ id: w.id, kind: 'record-type', owner_key: w.ownerKey, trigger_index: w.triggerIndex, last_fired_at: null, ...values })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
    } else {
      await db.updateTable('schedules').set(values).where('id', '=', w.id).where('cron', '=', row.cron).where('start_key', '=', row.start_key).where('timezone', '=', row.timezone)
        .where('timezone_source', row.timezone_source === null ? 'is' : '=', row.timezone_source).execute();
    }
  }
  for (const gone of have.keys()) await db.deleteFrom('schedules').where('id', '=', gone).execute();
  return { otherDefaultZones: [...others].sort() };
}

/**
 * Whether the row stands for the zone the trigger names now (`own`, absent: none): a named zone
 * must be the row's; none keeps any zone a default gave (or a row from before 0016 holds).
 */
function sameZoneSetting(row: { timezone: string; timezone_source: string | null }, own: string | undefined): boolean {
  return own ? row.timezone === own : row.timezone_source !== 'trigger';
}
