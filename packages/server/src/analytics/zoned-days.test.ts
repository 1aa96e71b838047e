import { describe, expect, it } from 'vitest';
import { dayIndexer, dayStart, daysBetween, isTimeZone, localDay } from './zoned-days.ts';
import { percentile } from './percentiles.ts';

describe('zoned days', () => {
  it('finds local midnight across a DST change (New York springs forward on 2026-03-08)', () => {
    expect(new Date(dayStart('2026-03-07', 'America/New_York')).toISOString()).toBe('2026-03-07T05:00:00.000Z');
    expect(new Date(dayStart('2026-03-08', 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(dayStart('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(new Date(dayStart('2026-03-09', 'Asia/Shanghai')).toISOString()).toBe('2026-03-08T16:00:00.000Z');
    expect(new Date(dayStart('2026-03-09', 'UTC')).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('names the local day of an instant and lists the days of a range', () => {
    expect(localDay(Date.parse('2026-03-04T18:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-05');
    expect(localDay(Date.parse('2026-03-04T18:00:00Z'), 'UTC')).toBe('2026-03-04');
    expect(daysBetween(Date.parse('2026-02-27T00:00:00Z'), Date.parse('2026-03-02T00:00:00Z'), 'UTC')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('tells zones from non-zones without throwing', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks and is null when empty', () => {
    expect(percentile([9, 1, 4, 6, 3], 50)).toBe(4);
    expect(percentile([1, 3, 4, 6, 9], 90)).toBeCloseTo(7.8, 0);
    expect(percentile([10, 20], 50)).toBe(15);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe('dayIndexer', () => {
  it('places instants in their local day, the same as localDay, across a DST change', () => {
    const days = daysBetween(Date.parse('2026-03-06T05:00:00Z'), Date.parse('2026-03-11T04:00:00Z'), 'America/New_York');
    expect(days).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    const index = dayIndexer(days, 'America/New_York');
    for (let t = Date.parse('2026-03-06T05:00:00Z'); t < Date.parse('2026-03-11T04:00:00Z'); t += 37 * 60_000) {
      expect(days[index(t)], new Date(t).toISOString()).toBe(localDay(t, 'America/New_York'));
    }
  });
});
