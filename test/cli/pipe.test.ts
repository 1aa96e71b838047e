// `baton validate ... | head`: the reader closes the pipe after one line; baton must stop quietly.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from './run-baton.ts';

describe('a closed stdout pipe', () => {
  it('ends baton quietly, without an internal error', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', 'packages/schema/test/fixtures/invalid/*.json'], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Like `head -1`: read the first chunk, then close our end of the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/internal error|EPIPE/);
    expect(code).toBe(1); // the problems were found; the broken pipe does not change that
  });
});
