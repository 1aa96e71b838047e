// Cron expressions through croner: 5 fields (minute hour day month weekday) or 6 (seconds first),
// read in an explicit IANA time zone (never the process's TZ). Checks give a Problem with the
// pointer of the offending text.
import { Cron } from 'croner';
import { isTimeZone } from '@baton/schema';
import type { Problem } from '@baton/schema';

export type NextRun = { ok: true; next: string | null } | { ok: false; message: string };

/** The first firing strictly after `after`, as UTC RFC 3339 (null: never again). Never throws. */
export function nextRunAfter(expression: string, timezone: string, after: Date): NextRun {
  // The same rule as the schema's lint (IANA names only, no offsets), in our own words.
  if (!isTimeZone(timezone)) return { ok: false, message: `"${timezone}" is not an IANA time zone` };
  const fields = expression.trim().split(/\s+/).length;
  if (fields !== 5 && fields !== 6) return { ok: false, message: `a cron expression has 5 or 6 fields (this one has ${fields})` };
  try {
    const next = new Cron(expression, { timezone, paused: true }).nextRun(after);
    return { ok: true, next: next ? next.toISOString() : null };
  } catch (e) {
    return { ok: false, message: (e instanceof Error ? e.message : String(e)).replace(/^CronPattern: /, '') };
  }
}

/** A problem when `expression` is not a cron expression that fires at least once more. */
export function checkCron(expression: string, pointer: string, timezone = 'UTC', now = new Date()): Problem | undefined {
  const r = nextRunAfter(expression, timezone, now);
  if (!r.ok) {
    return { pointer, code: 'bad-cron', severity: 'error', message: { en: `"${expression}" is not a valid cron expression: ${r.message}`, 'zh-CN': `"${expression}" 不是有效的 cron 表达式：${r.message}` } };
  }
  if (r.next === null) {
    return { pointer, code: 'cron-never-fires', severity: 'error', message: { en: `"${expression}" never fires`, 'zh-CN': `"${expression}" 永远不会触发` } };
  }
  return undefined;
}

/** The schedule triggers of a record type document, checked: a cron for each, a valid one, a known zone. */
export function checkScheduleTriggers(type: { triggers?: ReadonlyArray<{ on: string; cron?: string; timezone?: string }> }): Problem[] {
  const problems: Problem[] = [];
  (type.triggers ?? []).forEach((t, i) => {
    if (t.on !== 'schedule') return;
    if (t.cron === undefined) {
      problems.push({ pointer: `/triggers/${i}/cron`, code: 'cron-required', severity: 'error', message: { en: 'a "schedule" trigger needs a cron expression', 'zh-CN': '"schedule" 触发器需要 cron 表达式' } });
      return;
    }
    if (t.timezone !== undefined && !isTimeZone(t.timezone)) {
      problems.push({ pointer: `/triggers/${i}/timezone`, code: 'bad-timezone', severity: 'error', message: { en: `"${t.timezone}" is not an IANA time zone (e.g. "Asia/Shanghai", "UTC")`, 'zh-CN': `"${t.timezone}" 不是 IANA 时区（例如 "Asia/Shanghai"、"UTC"）` } });
      return;
    }
    const p = checkCron(t.cron, `/triggers/${i}/cron`, t.timezone);
    if (p) problems.push(p);
  });
  return problems;
}
