import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCron, checkScheduleTriggers, nextRunAfter } from './cron-expression.ts';

describe('cron expressions', () => {
  it('computes the next run in the given zone, strictly after the instant', () => {
    // Mondays 09:00 in Shanghai (UTC+8) is 01:00 UTC.
    expect(nextRunAfter('0 9 * * 1', 'Asia/Shanghai', new Date('2026-03-02T00:00:00Z'))).toEqual({ ok: true, next: '2026-03-02T01:00:00.000Z' });
    expect(nextRunAfter('0 9 * * 1', 'Asia/Shanghai', new Date('2026-03-02T01:00:00Z'))).toEqual({ ok: true, next: '2026-03-09T01:00:00.000Z' });
    expect(nextRunAfter('0 9 * * 1', 'UTC', new Date('2026-03-02T01:00:00Z'))).toEqual({ ok: true, next: '2026-03-02T09:00:00.000Z' });
    // Six fields: seconds first.
    expect(nextRunAfter('30 0 12 * * *', 'UTC', new Date('2026-03-02T12:00:00Z'))).toEqual({ ok: true, next: '2026-03-02T12:00:30.000Z' });
    // Across the New York DST change (8 March 2026), 09:00 local stays 09:00 local.
    expect(nextRunAfter('0 9 * * *', 'America/New_York', new Date('2026-03-07T15:00:00Z'))).toEqual({ ok: true, next: '2026-03-08T13:00:00.000Z' });
  });

  it('refuses what is not a 5- or 6-field expression, out-of-range values and unknown zones', () => {
    expect(nextRunAfter('* * *', 'UTC', new Date())).toMatchObject({ ok: false, message: expect.stringMatching(/5 or 6 fields \(this one has 3\)/) });
    expect(nextRunAfter('0 0 0 1 1 * 2030', 'UTC', new Date())).toMatchObject({ ok: false });
    expect(nextRunAfter('61 * * * *', 'UTC', new Date())).toMatchObject({ ok: false, message: expect.stringMatching(/minute/) });
    expect(nextRunAfter('0 9 * * 1', 'Nowhere/City', new Date())).toMatchObject({ ok: false });
  });

  it('gives the same instants for the same cron, zone and instant, whatever the process zone', () => {
    // The answers are fixed instants: a process in any TZ computes these (croner's timezone option
    // does the zone arithmetic; nothing reads the process's local time).
    const after = new Date('2026-06-30T20:30:00Z');
    expect(nextRunAfter('0 9 * * *', 'Asia/Shanghai', after)).toEqual({ ok: true, next: '2026-07-01T01:00:00.000Z' });
    expect(nextRunAfter('0 9 * * *', 'Europe/Berlin', after)).toEqual({ ok: true, next: '2026-07-01T07:00:00.000Z' });
    expect(nextRunAfter('0 9 * * *', 'America/Los_Angeles', after)).toEqual({ ok: true, next: '2026-07-01T16:00:00.000Z' });
    expect(nextRunAfter('0 9 * * *', 'UTC', after)).toEqual({ ok: true, next: '2026-07-01T09:00:00.000Z' });
    // Day-of-week is the zone's day: Monday 00:30 in Shanghai is still Sunday in UTC.
    expect(nextRunAfter('30 0 * * 1', 'Asia/Shanghai', new Date('2026-03-01T00:00:00Z'))).toEqual({ ok: true, next: '2026-03-01T16:30:00.000Z' });
  });

  it('agrees across processes started with different TZ', () => {
    // A separate process per TZ: Node reads TZ once at start, so only a child process can really
    // run in another zone. Both must print the same instants for both explicit zones.
    const here = fileURLToPath(new URL('./cron-expression.ts', import.meta.url));
    const script = `import { nextRunAfter } from ${JSON.stringify(here)};
const after = new Date('2026-03-07T15:00:00Z');
process.stdout.write(JSON.stringify([Intl.DateTimeFormat().resolvedOptions().timeZone, nextRunAfter('0 9 * * *', 'Asia/Shanghai', after), nextRunAfter('0 9 * * *', 'America/New_York', after)]));`;
    const run = (tz: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })) as [string, unknown, unknown];
    const [zoneA, ...a] = run('Pacific/Auckland');
    const [zoneB, ...b] = run('America/Phoenix');
    expect([zoneA, zoneB]).toEqual(['Pacific/Auckland', 'America/Phoenix']);
    expect(a).toEqual([{ ok: true, next: '2026-03-08T01:00:00.000Z' }, { ok: true, next: '2026-03-08T13:00:00.000Z' }]);
    expect(b).toEqual(a);
  }, 30_000);

  it('refuses a zone that is not an IANA name before reading the cron', () => {
    for (const zone of ['+08:00', '', 'Local', 'Asia/../UTC']) {
      expect(nextRunAfter('0 9 * * 1', zone, new Date()), zone).toMatchObject({ ok: false, message: expect.stringContaining('is not an IANA time zone') });
    }
  });

  it('gives problems with the pointer, including an expression that never fires', () => {
    expect(checkCron('0 9 * * 1', '/x')).toBeUndefined();
    expect(checkCron('banana', '/triggers/2/cron')).toMatchObject({ pointer: '/triggers/2/cron', code: 'bad-cron', message: { en: expect.stringContaining('"banana" is not a valid cron expression'), 'zh-CN': expect.any(String) } });
    expect(checkCron('0 0 31 2 *', '/c')).toMatchObject({ code: 'cron-never-fires' });
  });

  it('checks only schedule triggers, each needing a cron', () => {
    expect(checkScheduleTriggers({ triggers: [{ on: 'create' }, { on: 'schedule', cron: '0 9 * * 1' }] })).toEqual([]);
    expect(checkScheduleTriggers({})).toEqual([]);
    const problems = checkScheduleTriggers({ triggers: [{ on: 'schedule' }, { on: 'update', cron: 'ignored' }, { on: 'schedule', cron: '* *' }] });
    expect(problems.map((p) => [p.pointer, p.code])).toEqual([['/triggers/0/cron', 'cron-required'], ['/triggers/2/cron', 'bad-cron']]);
  });

  it('checks a schedule trigger\'s own zone, with its pointer', () => {
    expect(checkScheduleTriggers({ triggers: [{ on: 'schedule', cron: '0 9 * * 1', timezone: 'Europe/Berlin' }] })).toEqual([]);
    const problems = checkScheduleTriggers({ triggers: [{ on: 'schedule', cron: '0 9 * * 1', timezone: 'Mars/Olympus' }, { on: 'schedule', cron: '0 9 * * 1', timezone: '+08:00' }] });
    expect(problems.map((p) => [p.pointer, p.code])).toEqual([['/triggers/0/timezone', 'bad-timezone'], ['/triggers/1/timezone', 'bad-timezone']]);
    expect(problems[0]?.message).toMatchObject({ en: expect.stringContaining('"Mars/Olympus" is not an IANA time zone'), 'zh-CN': expect.stringContaining('不是 IANA 时区') });
  });
});
