// baton login / logout / audit verify against a real server, the CLI as child processes: tokens
// are checked before they are saved, saved with mode 0600, and never appear in any output.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baton, startRemoteServer, type RemoteServer } from './remote-harness.ts';

let server: RemoteServer;
let adminToken: string;
let memberToken: string;
const outputs: string[] = [];

async function run(args: readonly string[]) {
  const r = await baton(server, args);
  outputs.push(r.stdout, r.stderr);
  return r;
}

beforeAll(async () => {
  server = await startRemoteServer();
  adminToken = await server.apiToken('admin');
  memberToken = await server.apiToken('li.na');
});
afterAll(async () => {
  // Whatever ran, no token ever reached stdout or stderr.
  for (const out of outputs) {
    expect(out).not.toContain(adminToken);
    expect(out).not.toContain(memberToken);
    expect(out).not.toMatch(/bt_[A-Za-z0-9_-]{8,}/);
  }
  await server.close();
});

describe('baton login', () => {
  test('a bad token is refused and nothing is saved', async () => {
    const r = await run(['login', '--server', server.url, '--token', 'bt_not-a-real-token-at-all']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('baton login: the server refused the token; nothing saved\n');
    expect(r.stderr).not.toContain('bt_not-a-real');
    const list = await run(['login', '--list']);
    expect(list.stdout).toBe('');
  });

  test('an unreachable server and a bad URL are refused', async () => {
    const down = await run(['login', '--server', 'http://127.0.0.1:9', '--token', adminToken]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^baton login: cannot reach http:\/\/127\.0\.0\.1:9/);
    const bad = await run(['login', '--server', 'ftp://example.com', '--token', adminToken]);
    expect(bad.code).toBe(2);
    const missing = await run(['login', '--server', server.url]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('needs --server <url> and --token');
  });

  test('a good token is checked, saved with mode 0600, and listed without the token', async () => {
    const r = await run(['login', '--server', server.url + '/', '--token', adminToken]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`logged in to ${server.url} as admin; saved profile "default"`);
    const r2 = await run(['login', '--server', server.url, '--token', memberToken, '--profile', 'member']);
    expect(r2.code).toBe(0);
    const file = join(server.dir, 'config', 'baton.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles.default).toEqual({ server: server.url, token: adminToken });
    const list = await run(['login', '--list']);
    expect(list.stdout).toBe(`default\t${server.url}\nmember\t${server.url}\n`);
  });
});

describe('baton audit verify', () => {
  test('ok when the chain holds; a member is refused', async () => {
    const ok = await run(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^audit chain ok: \\d+ rows checked on ${server.url.replace(/[.]/g, '\\.')}\\n$`));
    const member = await run(['audit', 'verify', '--profile', 'member']);
    expect(member.code).toBe(1);
    expect(member.stderr).toContain('403');
    const none = await run(['audit', 'verify', '--profile', 'nobody']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no profile "nobody"');
  });

  test('a row tampered with in the SQLite file is named by its sequence number', async () => {
    // Make a few rows, then edit the second one behind the server's back.
    for (const name of ['one', 'two', 'three']) await server.call('POST', '/api/auth/tokens', adminToken, { name });
    execFileSync('sqlite3', [server.sqliteFile, "UPDATE audit SET action = 'token.revoke' WHERE seq = 2"]);
    const r = await run(['audit', 'verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('audit chain broken at seq 2: the row was edited after it was written\n');
  });
});

describe('baton logout', () => {
  test('forgets one profile; the other stays', async () => {
    expect((await run(['logout', '--profile', 'member'])).code).toBe(0);
    expect((await run(['logout', '--profile', 'member'])).code).toBe(1);
    expect((await run(['login', '--list'])).stdout).toBe(`default\t${server.url}\n`);
    expect((await run(['audit', 'verify', '--profile', 'member'])).stderr).toContain('no profile "member"');
  });
});
