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

/**
 * Brings the schedules table in line with the record types; a changed cron, flow or zone restarts
 * its clock. `defaultTimezone` is the zone of triggers that name none.
 */
export async function reconcileSchedules(db: Db, defaultTimezone: string, now: Date): Promise<void> {
  const want = await desiredSchedules(db);
  const have = new Map((await db.selectFrom('schedules').selectAll().execute()).map((r) => [r.id, r]));
  const at = now.toISOString();
  for (const w of want) {
    const row = have.get(w.id);
    have.delete(w.id);
    const timezone = w.timezone ?? defaultTimezone;
    if (row && row.cron === w.cron && row.start_key === w.start && row.timezone === timezone) continue;
    const next = nextRunAfter(w.cron, timezone, now);
    const values = { cron: w.cron, timezone, start_key: w.start, next_due_at: next.ok ? next.next : null, last_result: resultOf(next), updated_at: at };
    if (!row) {
      await db.insertInto('schedules').values({ id: w.id, kind: 'record-type', owner_key: w.ownerKey, trigger_index: w.triggerIndex, last_fired_at: null, ...values })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
    } else {
      await db.updateTable('schedules').set(values).where('id', '=', w.id).where('cron', '=', row.cron).where('start_key', '=', row.start_key).where('timezone', '=', row.timezone).execute();
    }
  }
  for (const gone of have.keys()) await db.deleteFrom('schedules').where('id', '=', gone).execute();
}
