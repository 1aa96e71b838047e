// A throwaway PostgreSQL cluster for tests: initdb into a temp dir, start on a free loopback port,
// hand out fresh databases, tear everything down after. Uses the machine's binaries (PATH or
// /usr/lib/postgresql/<v>/bin). initdb refuses root, so as root the cluster runs as `postgres`.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  readonly port: number;
  /** Creates an empty database and returns its connection URL. */
  createDatabase(name: string): string;
  stop(): void;
}

/** The directory holding initdb/pg_ctl, or undefined when PostgreSQL is not installed. */
export function findPgBin(): string | undefined {
  const candidates = ['/usr/lib/postgresql'].filter(existsSync).flatMap((root) =>
    readdirSync(root)
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(root, v, 'bin')),
  );
  for (const dir of (process.env.PATH ?? '').split(':')) candidates.push(dir);
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a cluster. Throws with the install hint when the binaries are missing. */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL binaries not found: apt-get install -y postgresql');
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'baton-pg-'));
  const dataDir = join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const cmd = join(bin, tool);
    return asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { cwd: dir, stdio: 'pipe' })
      : execFileSync(cmd, args, { cwd: dir, stdio: 'pipe' });
  };
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'baton', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  // Durability is pointless for a throwaway test cluster; speed is not.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    port,
    createDatabase(name) {
      if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) throw new Error(`bad database name ${name}`);
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'baton', name]);
      return `postgres://baton@127.0.0.1:${port}/${name}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
