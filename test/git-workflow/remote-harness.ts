// A real Baton server for the git-workflow suites: SQLite in a temp folder whose file path the
// test knows (so it can tamper with the audit table from outside), the demo company seeded, an
// ephemeral loopback port. API tokens are created over HTTP as a user would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import { argon2idHasher, createApp, listen, openSqliteStore, randomIds, seedDemoOrg, silentLogger, systemClock } from '../../packages/server/src/index.ts';
import { runBaton, runProcess, type Run } from '../cli/run-baton.ts';
import { DEMO_ORG } from '../api/harness.ts';

const PASSWORD = 'git-workflow-pass';

export interface Reply {
  status: number;
  etag: string | null;
  body: any;
}

export interface RemoteServer {
  url: string;
  sqliteFile: string;
  /** A scratch folder for config files and pulled definitions. */
  dir: string;
  call(method: string, path: string, token: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** A new API token (bt_...) for a demo user. */
  apiToken(user: string): Promise<string>;
  close(): Promise<void>;
}

export async function startRemoteServer(): Promise<RemoteServer> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-git-'));
  const sqliteFile = join(dir, 'baton.sqlite');
  const store = await openSqliteStore({ file: sqliteFile });
  const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
  await seedDemoOrg(store, DEMO_ORG as BatonOrgDirectory, hasher, new Date().toISOString(), PASSWORD);
  const baton = createApp({
    store,
    clock: systemClock,
    ids: randomIds,
    secrets: { sessionKey: new TextEncoder().encode('git-workflow-secret-git-workflow-secret') },
    logger: silentLogger,
    hasher,
  });
  const running = await listen(baton.app, 0);
  const call: RemoteServer['call'] = async (method, path, token, body, headers = {}) => {
    const res = await fetch(running.url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, etag: res.headers.get('etag'), body: text ? JSON.parse(text) : undefined };
  };
  return {
    url: running.url,
    sqliteFile,
    dir,
    call,
    async apiToken(user) {
      const login = await fetch(`${running.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: PASSWORD }) });
      const session = ((await login.json()) as { token: string }).token;
      const created = await call('POST', '/api/auth/tokens', session, { name: 'baton cli' });
      if (created.status !== 201) throw new Error(`token for ${user}: ${created.status}`);
      return created.body.token as string;
    },
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `baton` as a child process with its config file in the server's scratch folder. */
export function baton(server: RemoteServer, args: readonly string[], cwd?: string): Promise<Run> {
  return runBaton(args, { env: { BATON_CONFIG: join(server.dir, 'config', 'baton.json'), HOME: server.dir, XDG_CONFIG_HOME: undefined, BATON_TOKEN: undefined }, ...(cwd ? { cwd } : {}) });
}

/** Runs git in `cwd` as the author "ci" (a fixed identity: no global config needed); stdout, trimmed; throws on failure. */
export async function git(args: readonly string[], cwd: string): Promise<string> {
  const r = await runProcess('git', args, { cwd, env: { GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' } });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
