// Runs the real `baton` command (packages/cli/bin/baton.mjs) as a child process, the way a
// developer or CI does, and collects its exit code and output.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(REPO, 'packages/cli/bin/baton.mjs');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** The environment of a plain, colourless, non-interactive run; `env` adds or removes variables. */
function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const [k, v] of Object.entries(extra)) env[k] = v;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env;
}

export function runBaton(args: readonly string[], opts: RunOptions = {}): Promise<Run> {
  return runProcess(process.execPath, [BIN, ...args], opts);
}

export function runProcess(command: string, args: readonly string[], opts: RunOptions = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd ?? REPO, env: childEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** A scratch directory holding a copy of templates/ (and nothing else), removed by `dispose`. */
export async function scratchCopy(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'baton-cli-'));
  await cp(join(REPO, 'templates'), join(dir, 'templates'), { recursive: true });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

export async function writeJson(path: string, value: unknown, indent = 2): Promise<void> {
  await writeFile(path, JSON.stringify(value, null, indent) + '\n');
}
