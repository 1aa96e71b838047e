// `baton pull [keys...] [--dir workflows/]`: one canonical file per workflow, `<key>.json`, from
// the server's drafts (layout kept, no database ids, `$schema` set), and `.baton/state.json` with
// each draft's ETag and content for push. Pulling again with no server change rewrites nothing.
// Record types come down too: those the pulled flows name, every file already in <dir>/record-types/
// and every one the state records, so a record type conflict can always be cleared by a pull.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { describeError, send, type ApiClient } from '../remote/api-client.ts';
import { fileText, sameDefinition, serverBody } from '../remote/definition-file.ts';
import { fetchRecordType, recordTypeBody, recordTypeFileText, recordTypesUsed, sameRecordType, type RecordTypeDoc } from '../remote/record-type-files.ts';
import { openRemote, profileOption } from '../remote/remote-session.ts';
import { entriesFor, readState, recordTypeEntriesFor, writeState, type RecordTypeSyncEntry } from '../remote/sync-state.ts';

interface PullOptions {
  dir: string;
  profile: string;
  force?: boolean;
}

/** Keys name files, so only the schema's key shape is accepted (from the user or the server). */
export const KEY_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

export function pullCommand(program: Command, ctx: CliContext): void {
  program
    .command('pull')
    .description("write the server's workflow drafts as canonical files, one per key")
    .argument('[keys...]', 'definition keys (default: every definition you may manage)')
    .option('--dir <folder>', 'where the files go', 'workflows')
    .option('--force', 'overwrite files that have changes not pushed yet')
    .addOption(profileOption())
    .addHelpText(
      'after',
      `
Each workflow becomes <dir>/<key>.json (canonical JSON, layout kept, no database ids), and each
record type the pulled flows use (record.type) <dir>/record-types/<key>.json; every record type
file already there, and every one pulled or pushed here before, is refreshed too (whatever keys
you name). Each draft's and record type's ETag and content are recorded in <dir>/.baton/state.json
for "baton push" (keep .baton/ out of git or commit it, as your team prefers). A file edited since
the last pull or push is not overwritten unless --force, which replaces its edits: commit them
first. Files whose content did not change are not touched.

Exit codes: 0 pulled, 1 a key is unknown, a file has unpushed changes, or the server refused.

Examples:
  $ baton pull
  $ baton pull discount-approval contract-approval --dir flows
  $ baton pull --profile staging`,
    )
    .action(exitWith(ctx, (keys: string[], opts: PullOptions) => pull(keys, opts, ctx)));
}

async function pull(keys: string[], opts: PullOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const fail = (message: string) => (io.stderr(`baton pull: ${message}\n`), EXIT.problems);
  for (const key of keys) if (!KEY_PATTERN.test(key)) return fail(`"${key}" is not a definition key`);
  const remote = await openRemote(ctx, opts.profile);
  if (!remote.ok) return fail(remote.message);
  const { client } = remote;
  const dir = resolve(io.cwd, opts.dir);
  const stateRead = await readState(dir);
  if (!stateRead.ok) return fail(stateRead.message);
  const entries = entriesFor(stateRead.state, client.server);

  let wanted = keys;
  if (wanted.length === 0) {
    const listed = await listManaged(client);
    if (!listed.ok) return fail(listed.message);
    wanted = listed.keys;
  }
  let failed = false;
  let written = 0;
  const pulled: BatonWorkflowDefinition[] = [];
  for (const key of wanted) {
    if (!KEY_PATTERN.test(key)) return fail(`the server listed "${key}", which is not a definition key`);
    const got = await send(client, (api) => api.GET('/api/definitions/{key}', { params: { path: { key } } }));
    if (!got.ok) return fail(got.message);
    const body = got.answer.body as { draft?: BatonWorkflowDefinition; etag?: string; deletedAt?: string | null };
    if (got.answer.status !== 200 || !body.draft || !body.etag) {
      io.stderr(`${key}: ${got.answer.status === 404 ? 'no such definition on the server' : describeError(got.answer)}\n`);
      failed = true;
      continue;
    }
    if (body.deletedAt) {
      io.stderr(`${key}: in the recycle bin on the server; not pulled\n`);
      failed = true;
      continue;
    }
    const shown = join(opts.dir, `${key}.json`);
    const file = join(dir, `${key}.json`);
    const text = fileText(body.draft, dir);
    const current = await readText(file);
    if (current !== undefined && current !== text && !opts.force && hasLocalEdits(current, entries[key]?.base)) {
      io.stderr(`${shown}: changed since the last pull or push; not overwritten (push it, or pull --force)\n`);
      failed = true;
      continue;
    }
    if (current !== text) {
      await mkdir(dir, { recursive: true });
      await writeFile(file, text);
      written++;
      io.stdout(`${current === undefined ? 'created' : 'updated'} ${shown}\n`);
    }
    entries[key] = { etag: body.etag, base: serverBody(body.draft) };
    pulled.push(body.draft);
  }
  const recordedTypes = stateRead.state.recordTypes?.[client.server] ?? {};
  const files = await recordTypeFileKeys(join(dir, 'record-types'), join(opts.dir, 'record-types'));
  if (!files.ok) return fail(files.message);
  const types = [...new Set([...recordTypesUsed(pulled), ...files.keys, ...Object.keys(recordedTypes)])].sort();
  const typeEntries = types.length > 0 ? recordTypeEntriesFor(stateRead.state, client.server) : {};
  for (const type of types) {
    const r = await writeRecordType(client, type, dir, opts, typeEntries);
    if (!r.ok) return fail(r.message);
    if (r.note) io.stderr(r.note + '\n');
    if (r.failed) failed = true;
    if (r.written) {
      written++;
      io.stdout(r.written + '\n');
    }
  }
  await writeState(dir, stateRead.state, stateRead.text);
  io.stderr(`pulled ${wanted.length} definition${wanted.length === 1 ? '' : 's'} from ${client.server}: ${written} file${written === 1 ? '' : 's'} written\n`);
  return failed ? EXIT.problems : EXIT.ok;
}

type Written = { ok: true; written?: string; note?: string; failed?: boolean } | { ok: false; message: string };

/** The keys of the record type files in a folder (`<key>.json`; other names are not pull's). */
async function recordTypeFileKeys(folder: string, shown: string): Promise<{ ok: true; keys: string[] } | { ok: false; message: string }> {
  try {
    return { ok: true, keys: (await readdir(folder)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).filter((k) => KEY_PATTERN.test(k)) };
  } catch (e) {
    // No record-types folder yet: nothing to refresh. Anything else (permissions...) is said.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, keys: [] };
    return { ok: false, message: `cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/** <dir>/record-types/<key>.json from the server, and its ETag and content in the state; a file
 * edited since the last pull or push (or never pulled) is kept unless --force. */
async function writeRecordType(client: ApiClient, key: string, dir: string, opts: PullOptions, entries: Record<string, RecordTypeSyncEntry>): Promise<Written> {
  if (!KEY_PATTERN.test(key)) return { ok: true, note: `record type "${key}" is not a key; not written`, failed: true };
  const got = await fetchRecordType(client, key);
  if (!got.ok) return got;
  const shown = join(opts.dir, 'record-types', `${key}.json`);
  if (got.found === undefined) {
    // Nothing to be based on any more: a push of the file creates it again.
    delete entries[key];
    return { ok: true, note: `${shown}: no record type "${key}" on the server; not written` };
  }
  const folder = join(dir, 'record-types');
  const file = join(folder, `${key}.json`);
  const text = recordTypeFileText(got.found.doc, folder);
  const current = await readText(file);
  const pulled = { etag: got.found.etag, base: got.found.doc };
  if (current === text) {
    entries[key] = pulled;
    return { ok: true };
  }
  const edited = current !== undefined && hasLocalTypeEdits(current, entries[key]?.base);
  if (edited && !opts.force) {
    return { ok: true, note: `${shown}: differs from the server's record type and was changed here since the last pull or push; not overwritten (push it; or keep your edits, e.g. commit them, then pull --force and merge them back)`, failed: true };
  }
  await mkdir(folder, { recursive: true });
  await writeFile(file, text);
  entries[key] = pulled;
  return { ok: true, written: `${current === undefined ? 'created' : 'updated'} ${shown}${edited ? " (--force: its own edits replaced by the server's)" : ''}` };
}

async function listManaged(client: ApiClient): Promise<{ ok: true; keys: string[] } | { ok: false; message: string }> {
  const res = await send(client, (api) => api.GET('/api/definitions'));
  if (!res.ok) return res;
  if (res.answer.status !== 200) return { ok: false, message: `cannot list definitions: ${describeError(res.answer)}` };
  const items = (res.answer.body as { items?: Array<{ key: string; canManage?: boolean }> }).items ?? [];
  return { ok: true, keys: items.filter((d) => d.canManage === true).map((d) => d.key) };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A record type file differs from what was last pulled or pushed (or was never pulled, or is not JSON). */
function hasLocalTypeEdits(text: string, base: RecordTypeDoc | undefined): boolean {
  if (base === undefined) return true;
  try {
    return !sameRecordType(base, recordTypeBody(JSON.parse(text) as Record<string, unknown>));
  } catch {
    return true;
  }
}

/** A file differs from what was last pulled or pushed (or was never pulled, or is not JSON). */
function hasLocalEdits(text: string, base: BatonWorkflowDefinition | undefined): boolean {
  if (base === undefined) return true;
  try {
    return !sameDefinition(JSON.parse(text) as BatonWorkflowDefinition, base);
  } catch {
    return true;
  }
}
