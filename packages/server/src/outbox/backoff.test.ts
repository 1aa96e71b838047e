import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  const p = { baseMs: 1000, capMs: 10_000 };
  it('doubles per attempt within [half, full] of the step', () => {
    expect([1, 2, 3].map((n) => backoffDelay(p, n, () => 1))).toEqual([1000, 2000, 4000]);
    expect([1, 2, 3].map((n) => backoffDelay(p, n, () => 0))).toEqual([500, 1000, 2000]);
  });
  it('caps the step and clamps a bad random source', () => {
    expect(backoffDelay(p, 30, () => 1)).toBe(10_000);
    expect(backoffDelay(p, 2, () => 7)).toBe(2000);
    expect(backoffDelay(p, 2, () => -1)).toBe(1000);
  });
});
