import { describe, expect, it } from 'vitest';
import { addDuration, notAfter, parseDuration } from './duration.ts';

describe('durations', () => {
  it.each([
    ['PT4H', '2026-01-05T09:00:00Z', '2026-01-05T13:00:00.000Z'],
    ['P2D', '2026-01-05T09:00:00Z', '2026-01-07T09:00:00.000Z'],
    ['P1W', '2026-01-05T09:00:00Z', '2026-01-12T09:00:00.000Z'],
    ['PT90M', '2026-01-05T09:00:00Z', '2026-01-05T10:30:00.000Z'],
    ['PT1.5S', '2026-01-05T09:00:00Z', '2026-01-05T09:00:01.500Z'],
    ['P1M', '2026-01-31T09:00:00Z', '2026-03-03T09:00:00.000Z'],
    ['P1Y', '2026-01-05T09:00:00Z', '2027-01-05T09:00:00.000Z'],
    ['-P1D', '2026-01-05T09:00:00Z', '2026-01-04T09:00:00.000Z'],
    ['P1DT2H', '2026-01-05T09:00:00+08:00', '2026-01-06T03:00:00.000Z'],
  ])('%s after %s is %s', (d, at, expected) => {
    expect(addDuration(at, d)).toBe(expected);
  });

  it.each(['', 'P', 'PT', '4H', 'P1H', 'PT1D', 'P-1D', 'soon', 'P1.5D'])('refuses %j', (d) => {
    expect(parseDuration(d)).toBeUndefined();
    expect(addDuration('2026-01-05T09:00:00Z', d)).toBeUndefined();
  });

  it('refuses a time that is not one', () => {
    expect(addDuration('yesterday', 'PT1H')).toBeUndefined();
  });

  it('compares times across offsets', () => {
    expect(notAfter('2026-01-05T09:00:00+08:00', '2026-01-05T01:00:00Z')).toBe(true);
    expect(notAfter('2026-01-05T09:00:01+08:00', '2026-01-05T01:00:00Z')).toBe(false);
  });
});
