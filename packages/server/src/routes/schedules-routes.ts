// Cron-scheduled triggers for admins: every schedule with its next run (UTC and the zone its cron
// is read in: the trigger's own, else the app's scheduleTimezone option, shown as `timezone`) and
// what its last firing did; and "fire what is due now" (the server also runs them on an interval).
import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { runDueSchedules } from '../schedules/schedule-runner.ts';
import { reconcileSchedules } from '../schedules/schedule-sync.ts';

export function schedulesRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  ctx.book.add(r, '/api/admin', { method: 'GET', path: '/schedules', access: 'admin', summary: 'Cron-scheduled triggers with their next run and last result', tag: 'admin' }, async (c) => {
    await reconcileSchedules(ctx.store.db, ctx.options.scheduleTimezone, ctx.clock.now());
    const rows = await ctx.store.db.selectFrom('schedules').selectAll().orderBy('id').execute();
    return c.json({
      timezone: ctx.options.scheduleTimezone,
      items: rows.map((s) => ({
        id: s.id,
        recordType: s.owner_key,
        trigger: Number(s.trigger_index),
        cron: s.cron,
        timezone: s.timezone,
        start: s.start_key,
        nextRun: s.next_due_at,
        lastRun: s.last_fired_at,
        lastResult: s.last_result ? (JSON.parse(s.last_result) as unknown) : null,
      })),
    });
  });
  ctx.book.add(r, '/api/admin', { method: 'POST', path: '/schedules/run', access: 'admin', summary: 'Fire the cron-scheduled triggers that are due now', tag: 'admin' }, async (c) =>
    c.json(await runDueSchedules(ctx)));
  return r;
}
