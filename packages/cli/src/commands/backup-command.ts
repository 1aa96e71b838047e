// `baton backup`: copies of a Baton store.
//   baton backup --data-dir ./data --out copy.sqlite     online SQLite copy (restore: start a server on it)
//   baton backup export --server|--data-dir ... --out x.json   every table as one JSON export
//   baton backup import x.json --data-dir ...|DATABASE_URL      into an EMPTY database, one transaction
// The store is opened through @baton/server, loaded only by this verb (the other verbs stay light).
import { createWriteStream, existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { profileOption } from '../remote/remote-session.ts';
import { loadProfile } from '../remote/profile-store.ts';

interface StoreOptions {
  dataDir?: string;
}

const server = () => import('@baton/server');

export function backupCommand(program: Command, ctx: CliContext): void {
  const backup = program
    .command('backup')
    .description('back up a Baton store: an online SQLite copy, or a JSON export / import for either database')
    // The copy's own options are read from its arguments, so that --data-dir and --out stay free
    // for the export / import subcommands (commander gives a parent's options precedence).
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText(
      'after',
      `
Online SQLite copy (consistent while a server runs):
  --data-dir <dir>   the server data folder holding baton.sqlite
  --out <file>       the SQLite copy to write (must not exist)

Restore a SQLite copy by starting the server on it (put it at <data-dir>/baton.sqlite).
Exit codes: 0 done, 1 refused (nothing written), 2 usage error.

Examples:
  $ baton backup --data-dir ./data --out backups/baton-2026-03-02.sqlite
  $ baton backup export --server --out baton.json
  $ baton backup export --data-dir ./data --out baton.json
  $ baton backup import baton.json --data-dir ./restored
  $ DATABASE_URL=postgres://... baton backup import baton.json`,
    )
    .action(exitWith(ctx, (_opts: unknown, cmd: Command) => sqliteCopy(cmd.args, ctx)));

  backup
    .command('export')
    .description('write every table as one JSON export (from a running server, a data folder or DATABASE_URL)')
    .option('--server', "ask the server of --profile (GET /api/admin/export, admin token)")
    .addOption(profileOption())
    .option('--data-dir <dir>', 'read the SQLite store in this data folder')
    .option('--out <file>', 'the JSON file to write (must not exist)')
    .action(exitWith(ctx, (opts: StoreOptions & { server?: boolean; profile: string; out?: string }) => exportTo(opts, ctx)));

  backup
    .command('import')
    .description('load a JSON export into an EMPTY database (--data-dir, or DATABASE_URL), all or nothing')
    .argument('<file>', 'the export file')
    .option('--data-dir <dir>', 'the data folder of the new SQLite store')
    .action(exitWith(ctx, (file: string, opts: StoreOptions) => importFrom(file, opts, ctx)));
}

function usage(ctx: CliContext, verb: string, message: string): number {
  ctx.io.stderr(`baton ${verb}: ${message}\n`);
  return EXIT.usage;
}

function refused(ctx: CliContext, verb: string, error: { message: { en: string }; pointer?: string }): number {
  ctx.io.stderr(`baton ${verb}: ${error.message.en}${error.pointer !== undefined && error.pointer !== '' ? ` (at ${error.pointer})` : ''}\n`);
  return EXIT.problems;
}

async function sqliteCopy(args: readonly string[], ctx: CliContext): Promise<number> {
  let opts: { dataDir?: string; out?: string };
  try {
    const { values } = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' }, out: { type: 'string' } }, strict: true, allowPositionals: false });
    opts = { ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}), ...(values.out ? { out: values.out } : {}) };
  } catch (e) {
    return usage(ctx, 'backup', `${e instanceof Error ? e.message : String(e)} (see baton backup --help)`);
  }
  if (!opts.dataDir || !opts.out) return usage(ctx, 'backup', 'give --data-dir <dir> and --out <file> (or use "backup export" / "backup import")');
  const { backupSqliteFile } = await server();
  const source = join(resolve(ctx.io.cwd, opts.dataDir), 'baton.sqlite');
  const target = resolve(ctx.io.cwd, opts.out);
  const r = await backupSqliteFile(source, target);
  if (!r.ok) return refused(ctx, 'backup', r.error);
  ctx.io.stdout(`backed up ${source} to ${target} (${r.value.pages} pages)\n`);
  return EXIT.ok;
}

async function openStore(opts: StoreOptions, ctx: CliContext) {
  const { openPostgresStore, openSqliteStore } = await server();
  if (opts.dataDir) return openSqliteStore({ file: join(resolve(ctx.io.cwd, opts.dataDir), 'baton.sqlite') });
  return openPostgresStore({ connectionString: ctx.io.env.DATABASE_URL!, max: 2 });
}

async function exportTo(opts: StoreOptions & { server?: boolean; profile: string; out?: string }, ctx: CliContext): Promise<number> {
  if (!opts.out) return usage(ctx, 'backup export', 'give --out <file> for the JSON export');
  const sources = [opts.server, opts.dataDir, ctx.io.env.DATABASE_URL].filter(Boolean).length;
  if (sources === 0) return usage(ctx, 'backup export', 'say where to read from: --server, --data-dir <dir> or DATABASE_URL');
  if (opts.server && opts.dataDir) return usage(ctx, 'backup export', 'give --server or --data-dir, not both');
  const out = resolve(ctx.io.cwd, opts.out);
  if (existsSync(out)) return usage(ctx, 'backup export', `${out} already exists; choose a new file name`);
  const partial = `${out}.partial`;
  try {
    if (opts.server) {
      const found = await loadProfile(ctx.io.env, opts.profile);
      if (!found.ok) return usage(ctx, 'backup export', found.message);
      const res = await fetch(`${found.profile.server}/api/admin/export`, { headers: { authorization: `Bearer ${found.profile.token}` } });
      if (res.status !== 200 || !res.body) {
        const body = (await res.json().catch(() => undefined)) as { error?: { message?: { en?: string } } } | undefined;
        ctx.io.stderr(`baton backup export: the server answered ${res.status}${body?.error?.message?.en ? `: ${body.error.message.en}` : ''}\n`);
        return EXIT.problems;
      }
      await pipeline(Readable.fromWeb(res.body as never), createWriteStream(partial, { flags: 'wx' }));
    } else {
      if (opts.dataDir && !existsSync(join(resolve(ctx.io.cwd, opts.dataDir), 'baton.sqlite'))) return usage(ctx, 'backup export', `there is no baton.sqlite in ${opts.dataDir}`);
      const { writeExport } = await server();
      const store = await openStore(opts, ctx);
      const file = createWriteStream(partial, { flags: 'wx' });
      try {
        await writeExport(store, new Date().toISOString(), (chunk) => new Promise<void>((done, fail) => file.write(chunk, (e) => (e ? fail(e) : done()))));
      } finally {
        await new Promise<void>((done) => file.end(done));
        await store.close();
      }
    }
    // Only a complete export gets the name asked for; a broken one is never mistaken for a backup.
    JSON.parse(await readFile(partial, 'utf8'));
    await rename(partial, out);
  } catch (e) {
    await rm(partial, { force: true });
    ctx.io.stderr(`baton backup export: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.problems;
  }
  ctx.io.stdout(`exported to ${out}\n`);
  return EXIT.ok;
}

async function importFrom(file: string, opts: StoreOptions, ctx: CliContext): Promise<number> {
  if (!opts.dataDir && !ctx.io.env.DATABASE_URL) return usage(ctx, 'backup import', 'say where to import to: --data-dir <dir> or DATABASE_URL');
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, file), 'utf8');
  } catch {
    return usage(ctx, 'backup import', `cannot read ${file}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    ctx.io.stderr(`baton backup import: ${file} is not JSON (${e instanceof Error ? e.message : String(e)}); is it a complete export?\n`);
    return EXIT.problems;
  }
  const { importExport } = await server();
  let store;
  try {
    store = await openStore(opts, ctx);
  } catch (e) {
    ctx.io.stderr(`baton backup import: cannot open the target database: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.problems;
  }
  try {
    const r = await importExport(store, doc);
    if (!r.ok) return refused(ctx, 'backup import', r.error);
    const rows = Object.values(r.value.tables).reduce((a, b) => a + b, 0);
    ctx.io.stdout(`imported ${rows} rows in ${Object.keys(r.value.tables).length} tables from ${file}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
