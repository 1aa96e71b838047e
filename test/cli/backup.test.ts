// `baton backup` as a developer runs it (child processes) against a real server's data folder:
// the online SQLite copy, export from the server (admin profile) and from the data folder, import
// into a new data folder and into PostgreSQL through DATABASE_URL, and every refusal with its
// exit code and a message naming what is wrong (nothing written).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, openSqliteStore, verifyAudit } from '../../packages/server/src/index.ts';
import { usePgCluster } from '../api/harness.ts';
import { simpleFlow } from '../api/fixtures.ts';
import { baton, startRemoteServer, type RemoteServer } from '../git-workflow/remote-harness.ts';
import { runBaton } from './run-baton.ts';

const cluster = usePgCluster();
let server: RemoteServer;
const out = mkdtempSync(join(tmpdir(), 'baton-cli-backup-'));
const cli = (args: readonly string[], env: Record<string, string | undefined> = {}) => runBaton(args, { cwd: out, env: { DATABASE_URL: undefined, ...env } });

beforeAll(async () => {
  server = await startRemoteServer();
  const designer = await server.apiToken('xu.ting');
  expect((await server.call('POST', '/api/definitions', designer, simpleFlow('expense'))).status).toBe(201);
  expect((await server.call('POST', '/api/definitions/expense/publish', designer)).status).toBe(201);
  const lina = await server.apiToken('li.na');
  expect((await server.call('POST', '/api/instances', lina, { definition: 'expense', data: { amount: 12 } })).status).toBe(201);
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

async function rowCounts(store: Awaited<ReturnType<typeof openSqliteStore>>) {
  const count = async (t: 'users' | 'instances' | 'tasks' | 'audit') => Number((await store.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { users: await count('users'), instances: await count('instances'), tasks: await count('tasks'), audit: await count('audit') };
}

describe('baton backup', () => {
  it('copies the live SQLite file, and the copy opens with the same rows', async () => {
    const r = await cli(['backup', '--data-dir', server.dir, '--out', 'copy.sqlite']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^backed up .*baton\.sqlite to .*copy\.sqlite \(\d+ pages\)\n$/);
    const copy = await openSqliteStore({ file: join(out, 'copy.sqlite') });
    const live = await openSqliteStore({ file: server.sqliteFile });
    try {
      expect(await rowCounts(copy)).toEqual(await rowCounts(live));
      expect((await verifyAudit(copy.db)).ok).toBe(true);
    } finally {
      await copy.close();
      await live.close();
    }
    const again = await cli(['backup', '--data-dir', server.dir, '--out', 'copy.sqlite']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/copy\.sqlite already exists; choose a new file name/);
  });

  it('exports from the server with an admin profile and from the data folder, the same tables', async () => {
    const token = await server.apiToken('admin');
    expect((await baton(server, ['login', '--server', server.url, '--token', token])).code).toBe(0);
    const fromServer = await baton(server, ['backup', 'export', '--server', '--out', join(out, 'server.json')]);
    expect(fromServer.stderr).toBe('');
    expect(fromServer.code).toBe(0);
    const fromDir = await cli(['backup', 'export', '--data-dir', server.dir, '--out', 'dir.json']);
    expect(fromDir.code).toBe(0);
    const a = JSON.parse(readFileSync(join(out, 'server.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(out, 'dir.json'), 'utf8'));
    expect(a).toMatchObject({ format: 'baton-export', version: 1 });
    expect(Object.keys(a.tables)).toEqual(Object.keys(b.tables));
    expect(a.tables.instances).toEqual(b.tables.instances);
    expect(existsSync(join(out, 'server.json.partial'))).toBe(false);
  });

  it('refuses an export for a member profile and writes no file', async () => {
    const token = await server.apiToken('li.na');
    expect((await baton(server, ['login', '--server', server.url, '--token', token, '--profile', 'member'])).code).toBe(0);
    const r = await baton(server, ['backup', 'export', '--server', '--profile', 'member', '--out', join(out, 'member.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the server answered 403/);
    expect(existsSync(join(out, 'member.json'))).toBe(false);
    expect(existsSync(join(out, 'member.json.partial'))).toBe(false);
  });

  it('imports into a new data folder and into PostgreSQL, and refuses a second import', async () => {
    const r = await cli(['backup', 'import', 'dir.json', '--data-dir', 'restored']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^imported \d+ rows in \d+ tables from dir\.json\n$/);
    const file = JSON.parse(readFileSync(join(out, 'dir.json'), 'utf8'));
    const restored = await openSqliteStore({ file: join(out, 'restored', 'baton.sqlite') });
    try {
      expect(await rowCounts(restored)).toEqual({ users: file.tables.users.length, instances: 1, tasks: file.tables.tasks.length, audit: file.tables.audit.length });
      expect((await verifyAudit(restored.db)).ok).toBe(true);
    } finally {
      await restored.close();
    }
    const again = await cli(['backup', 'import', 'dir.json', '--data-dir', 'restored']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^baton backup import: The target database is not empty \(table "\w+" has rows\)\. Import only into a new, empty database\. \(at \/tables\/\w+\)\n$/);

    const url = cluster.pg!.createDatabase(`cli_backup_${process.pid}`);
    const pg = await cli(['backup', 'import', 'dir.json'], { DATABASE_URL: url });
    expect(pg.stderr).toBe('');
    expect(pg.code).toBe(0);
    const store = await openPostgresStore({ connectionString: url });
    try {
      expect((await rowCounts(store as never)).instances).toBe(1);
      expect((await verifyAudit(store.db)).ok).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('names what is wrong with a bad file, and writes nothing', async () => {
    const good = JSON.parse(readFileSync(join(out, 'dir.json'), 'utf8'));
    writeFileSync(join(out, 'bad-format.json'), JSON.stringify({ ...good, format: 'zip' }));
    writeFileSync(join(out, 'bad-column.json'), JSON.stringify({ ...good, tables: { ...good.tables, users: [{ id: 'x', colour: 'red' }] } }));
    writeFileSync(join(out, 'future.json'), JSON.stringify({ ...good, version: 9 }));
    writeFileSync(join(out, 'cut.json'), JSON.stringify(good).slice(0, 500));
    const cases: Array<[string, RegExp]> = [
      ['bad-format.json', /The file is not a Baton export: "format" must be "baton-export"\. \(at \/format\)/],
      ['bad-column.json', /Row 0 of "users" has a column "colour" the table does not have\. \(at \/tables\/users\/0\/colour\)/],
      ['future.json', /Export version 9 is not supported \(this Baton reads version 1\)\. \(at \/version\)/],
      ['cut.json', /cut\.json is not JSON .*is it a complete export\?/],
    ];
    for (const [file, message] of cases) {
      const r = await cli(['backup', 'import', file, '--data-dir', `fresh-${file}`]);
      expect(r.code, file).toBe(1);
      expect(r.stderr, file).toMatch(message);
    }
    const fresh = await openSqliteStore({ file: join(out, 'fresh-bad-column.json', 'baton.sqlite') });
    try {
      expect((await rowCounts(fresh)).users).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('answers usage errors with exit 2', async () => {
    expect(await cli(['backup'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/give --data-dir <dir> and --out <file>/) });
    expect(await cli(['backup', '--data-dir', server.dir, '--frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option '--frobnicate'/) });
    expect(await cli(['backup', 'export', '--out', 'x.json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--server, --data-dir <dir> or DATABASE_URL/) });
    expect(await cli(['backup', 'export', '--data-dir', server.dir, '--out', 'dir.json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/dir\.json already exists/) });
    expect(await cli(['backup', 'import', 'dir.json'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--data-dir <dir> or DATABASE_URL/) });
    expect(await cli(['backup', 'import', 'missing.json', '--data-dir', 'x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read missing\.json/) });
  });
});
