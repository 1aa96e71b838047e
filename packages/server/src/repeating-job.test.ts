import { afterEach, describe, expect, it, vi } from 'vitest';
import { intervalFromEnv, startRepeatingJob } from './repeating-job.ts';

describe('startRepeatingJob', () => {
  afterEach(() => vi.useRealTimers());

  it('runs on its interval, skips a tick while a run is still going, logs a failure and keeps going, stops', async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    const logger = { info() {}, warn() {}, error: (m: string) => void errors.push(m) };
    let calls = 0;
    let finish: () => void = () => {};
    const job = startRepeatingJob('sweep', 100, () => {
      calls++;
      if (calls === 1) return new Promise<void>((r) => (finish = r));
      if (calls === 2) return Promise.reject(new Error('disk full'));
      return Promise.resolve();
    }, logger);
    await vi.advanceTimersByTimeAsync(350);
    expect(calls).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(2);
    expect(errors).toEqual(['sweep failed']);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(3);
    job.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(3);
  });
});

describe('intervalFromEnv', () => {
  it('takes a number at or above the minimum, else the fallback', () => {
    expect(intervalFromEnv(undefined, 5000, 100)).toBe(5000);
    expect(intervalFromEnv('200', 5000, 100)).toBe(200);
    expect(intervalFromEnv('50', 5000, 100)).toBe(5000);
    expect(intervalFromEnv('soon', 5000, 100)).toBe(5000);
  });
});
