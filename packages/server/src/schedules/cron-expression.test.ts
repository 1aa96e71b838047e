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
});
