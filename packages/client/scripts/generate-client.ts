// Generates packages/client/src/generated/api.ts from the OpenAPI document the server serves:
// builds the app in-process on an in-memory SQLite store (so the route table is the one the
// router really has), asks it for /api/openapi.json, makes the references local and runs
// openapi-typescript. `--check` regenerates in memory and exits 1 when the committed file is stale.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
// The server beside this package in the same tree (not a linked copy), so a checkout of any commit
// generates from that commit's route table.
import { createApp, openSqliteStore, silentLogger } from '../../server/src/index.ts';
import { withLocalRefs } from './local-refs.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const target = join(root, 'packages', 'client', 'src', 'generated', 'api.ts');
const check = process.argv.includes('--check');

async function servedDocument(): Promise<Record<string, unknown>> {
  const store = await openSqliteStore({ file: ':memory:' });
  try {
    const baton = createApp({
      store,
      clock: { now: () => new Date(0) },
      ids: { next: () => 'generate' },
      secrets: { sessionKey: new Uint8Array(32) },
      logger: silentLogger,
    });
    const res = await baton.app.request('/api/openapi.json');
    if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await store.close();
  }
}

const { doc, missing } = withLocalRefs(await servedDocument());
for (const ref of missing) {
  process.stderr.write(`warning: the served document references ${ref}, which it does not carry (typed as unknown): add the schema to packages/server/src/openapi/openapi-document.ts\n`);
}
const ast = await openapiTS(doc as never, { alphabetize: true, exportType: false });
const banner = '/* Generated from the server\'s /api/openapi.json by `pnpm client:generate`. Do not edit by hand. */\n';
const text = banner + astToString(ast);
const shown = relative(root, target);

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    process.stderr.write(
      `${shown} is stale: the server's routes or API schemas changed since it was generated.\n` +
        'Run `pnpm client:generate` and commit packages/client/src/generated/api.ts.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`${shown} is up to date\n`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${shown}\n`);
}
