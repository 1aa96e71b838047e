// The real `pnpm start` entry (packages/server/src/main.ts) as a child process, for tests that
// kill it with SIGKILL and start it again on the same data folder; plus tiny HTTP helpers.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  /** SIGKILL to the whole process group; resolves when the process is gone. */
  kill(): Promise<void>;
}

/** Starts the server on a free port over `dataDir`; resolves once it prints its URL and logins. */
export function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['packages/server/src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', BATON_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && out.includes('demo logins')) {
        resolve({
          url: m[1]!,
          kill: () => new Promise<void>((done) => {
            child.once('exit', () => done());
            process.kill(-child.pid!, 'SIGKILL');
          }),
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => void (out += d.toString()));
    child.once('exit', (code, signal) => reject(new Error(`exited ${code ?? signal}: ${out}`)));
  });
}

export async function api(url: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(url + path, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as any };
}

/** A session token for `user`; the password is the one `pnpm start` seeds unless the test seeded its own. */
export async function login(url: string, user: string, password = 'baton-demo'): Promise<string> {
  return (await api(url, 'POST', '/api/auth/login', undefined, { username: user, password })).body.token as string;
}
