#!/usr/bin/env node
// The README's two commands on a machine with only Node.js and npm: `npm start` and `npm test`.
// pnpm is run through npx at the pinned version (corepack is not relied on), dependencies are
// installed from the lockfile, and for tests the system packages the suites drive for real
// (Debian's chromium for browser tests, PostgreSQL's server binaries) are installed when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const PNPM = ['--yes', 'pnpm@10.34.8'];
const verb = process.argv[2];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) {
    console.error(`${cmd}: ${r.error.message}`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const pnpm = (...args) => run('npx', [...PNPM, ...args]);

function onPath(bin) {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
}

function hasPostgresServer() {
  if (onPath('initdb') && onPath('postgres')) return true;
  const base = '/usr/lib/postgresql';
  return existsSync(base) && readdirSync(base).some((v) => existsSync(`${base}/${v}/bin/initdb`));
}

// Debian packages the test suites need; installed with apt-get (as root, or through sudo).
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!hasPostgresServer()) missing.push('postgresql');
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  const apt = root ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  console.log(`installing Debian packages the tests need: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync(apt[0], [...apt.slice(1), 'update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync(apt[0], [...apt.slice(1), 'install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!install || install.status !== 0) {
    console.error(`could not install ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
}

pnpm('install', '--frozen-lockfile', '--reporter=append-only');

if (verb === 'start') {
  // The server serves the web app's build; build it once on a fresh checkout.
  if (!existsSync('packages/web/dist/index.html')) pnpm('run', 'build:web');
  pnpm('run', 'start:platform');
} else if (verb === 'test') {
  ensureSystemPackages();
  pnpm('run', 'check');
} else {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}
