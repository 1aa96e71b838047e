#!/usr/bin/env node
// The README's two commands on a machine with only Node.js and npm: `npm start` and `npm test`.
// pnpm is run through npx at the pinned version (corepack is not relied on), dependencies are
// installed from the lockfile, then the real script runs.
import { spawnSync } from 'node:child_process';

const PNPM = ['--yes', 'pnpm@10.34.8'];
const verb = process.argv[2];

function run(args, opts = {}) {
  const r = spawnSync('npx', [...PNPM, ...args], { stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(['install', '--frozen-lockfile', '--reporter=append-only']);

if (verb === 'start') {
  run(['run', 'start:platform']);
} else if (verb === 'test') {
  run(['run', 'check']);
} else {
  console.error(`usage: node scripts/bootstrap.mjs start|test`);
  process.exit(2);
}
