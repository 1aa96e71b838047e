import { describe, expect, it } from 'vitest';
import { isTimeZone, validateRecordType } from '../index.ts';

const withTrigger = (trigger: Record<string, unknown>) => ({
  key: 'account', name: { en: 'Account' }, titleField: 'name',
  fields: [{ key: 'name', type: 'text', label: { en: 'Name' } }],
  triggers: [{ on: 'create', start: 'a' }, { on: 'schedule', cron: '0 9 * * 1', start: 'b', ...trigger }],
});
const at = (r: ReturnType<typeof validateRecordType>) => r.problems.map((p) => `${p.pointer} ${p.code}`);

describe('a schedule trigger\'s time zone', () => {
  it('accepts IANA zone names, with or without one', () => {
    for (const timezone of ['Asia/Shanghai', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+8', 'Europe/Berlin']) {
      expect(validateRecordType(withTrigger({ timezone })).problems, timezone).toEqual([]);
    }
    expect(validateRecordType(withTrigger({})).problems).toEqual([]);
  });

  it('refuses an unknown zone with the trigger\'s pointer, in both languages', () => {
    const r = validateRecordType(withTrigger({ timezone: 'Nowhere/City' }));
    expect(r.ok).toBe(false);
    expect(at(r)).toEqual(['/triggers/1/timezone lint/unknown-timezone']);
    expect(r.problems[0]?.message.en).toContain("'Nowhere/City' is not an IANA time zone");
    expect(r.problems[0]?.message['zh-CN']).toContain('不是 IANA 时区');
  });

  it('refuses offsets, paths and oversized or empty text through the schema', () => {
    for (const timezone of ['+08:00', '../etc/passwd', 'Asia/', '', 'A'.repeat(65), 8]) {
      const r = validateRecordType(withTrigger({ timezone }));
      expect(r.ok, String(timezone)).toBe(false);
      expect(r.problems.every((p) => p.pointer === '/triggers/1/timezone'), String(timezone)).toBe(true);
    }
  });

  it('isTimeZone answers the same for names Intl knows and does not', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Nowhere/City')).toBe(false);
    expect(isTimeZone('+08:00')).toBe(false);
    expect(isTimeZone('Factory/../UTC')).toBe(false);
  });
});
