// `baton push [files...] [--dry-run] [--publish] [--prune] [--env mapping.json]`: validates every
// file (nothing is sent when one has errors), prints the plan with the plain-language diff of each
// flow, then applies it: drafts are saved with If-Match on the ETag recorded at pull, so a draft
// changed on the server since then stops the push with both sides shown; record types go first,
// under If-Match on their pulled ETag. Only --prune deletes,
// and only definitions pulled here whose file is gone. --base <ref> pushes only the files git
// says changed since that ref (a deploy on merge).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEnvironment, validateEnvironment, type BatonWorkflowDefinition } from '@baton/schema';
import type { Command } from 'commander';
import { checkFile } from '../checks/check-file.ts';
import { checkEnvironment } from '../checks/environment-check.ts';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createDocumentReader, type DocumentReader } from '../files/document-reader.ts';
import { expandFileArgs } from '../files/file-args.ts';
import { fileProblem, inFile, problemLine, type FileProblem, type Lang } from '../report/file-problem.ts';
import { serverBody } from '../remote/definition-file.ts';
import { renderPlanStep } from '../remote/plan-report.ts';
import { changedSince } from '../remote/changed-files.ts';
import { applyStep } from '../remote/push-apply.ts';
import { applyRecordType, planRecordTypes, recordTypeBody, renderRecordTypeStep, type LocalRecordType } from '../remote/record-type-files.ts';
import { planPush, type LocalDefinition, type PlanStep } from '../remote/push-plan.ts';
import { openRemote, profileOption } from '../remote/remote-session.ts';
import { entriesFor, readState, recordTypeEntriesFor, writeState } from '../remote/sync-state.ts';
import { langOption } from './shared-options.ts';

interface PushOptions {
  dir: string;
  dryRun?: boolean;
  publish?: boolean;
  prune?: boolean;
  env?: string;
  base?: string;
  profile: string;
  lang: Lang;
}

export function pushCommand(program: Command, ctx: CliContext): void {
  program
    .command('push')
    .description('send workflow files to the server: plan first, then create or update drafts (and publish)')
    .argument('[files...]', 'workflow files (default: every *.json in --dir)')
    .option('--dir <folder>', 'the pulled folder (its .baton/state.json records what was pulled)', 'workflows')
    .option('--dry-run', 'print the plan and change nothing on the server')
    .option('--publish', 'also publish each draft that differs from its latest version')
    .option('--prune', 'delete (to the recycle bin) definitions pulled here whose file is gone')
    .option('--env <mapping.env.json>', "install the files for an environment first (its users, variables, URLs)")
    .option('--base <git-ref>', 'push only the files in --dir that changed since this git ref (CI: the commit last deployed)')
    .addOption(profileOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      `
The plan names each definition: create, update draft, unchanged, publish, delete (only with
--prune), or conflict when the server's draft changed since the file was pulled; then the
plain-language diff of each change. Record type files (record-types/<key>.json) come first, sent
with If-Match on the ETag recorded at pull: one changed on the server since is a conflict too,
shown with what changed on each side. A conflict stops the push before anything is sent: keep
your edits (commit them), pull --force, merge them back, and push again.

Exit codes: 0 pushed (or planned, with --dry-run), 1 problems in the files, a conflict, or a
refusal by the server, 2 usage error.

Examples:
  $ baton push --dry-run
  $ baton push workflows/discount-approval.json --publish
  $ baton push --env environments/production.env.json --profile production --publish
  $ baton push --prune
  $ baton push --base "$LAST_DEPLOYED_SHA" --publish    # CI, on merge to main`,
    )
    .action(exitWith(ctx, (files: string[], opts: PushOptions) => push(files, opts, ctx)));
}

async function push(args: string[], opts: PushOptions, ctx: CliContext): Promise<number> {
  const { io, colours } = ctx;
  const fail = (message: string) => (io.stderr(`baton push: ${message}\n`), EXIT.problems);
  if (opts.prune && args.length > 0) {
    io.stderr('error: --prune compares the whole --dir with the server; do not name files with it\n');
    return EXIT.usage;
  }
  if (opts.base !== undefined && (opts.prune || args.length > 0)) {
    io.stderr('error: --base chooses the files itself; do not name files or use --prune with it\n');
    return EXIT.usage;
  }
  const dir = resolve(io.cwd, opts.dir);
  let named = args;
  if (opts.base !== undefined) {
    const since = await changedSince(opts.base, opts.dir, io.cwd);
    if (!since.ok) {
      io.stderr(`error: --base: ${since.message}\n`);
      return EXIT.usage;
    }
    for (const f of since.deleted) io.stderr(`${f}: deleted since ${opts.base}; not pruned (push --prune does that)\n`);
    if (since.changed.length === 0) {
      io.stderr(`nothing under ${opts.dir} changed since ${opts.base}; nothing to push\n`);
      return EXIT.ok;
    }
    named = since.changed;
  }
  const files = named.length > 0 ? await expandFileArgs(named, io.cwd) : existsSync(dir) ? await expandFileArgs([opts.dir], io.cwd) : { files: [], unmatched: [] };
  const reader = createDocumentReader(io.cwd);
  const loaded = await loadLocal(files.files, files.unmatched, opts.env, reader, io.cwd);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.stderr(problemLine(p, opts.lang, colours) + '\n');
    return fail('nothing sent; fix the problems above');
  }
  for (const s of loaded.skipped) io.stderr(`${s.file}: skipped (a ${s.kind} file; push sends record types and workflows, and uses the others to check them)\n`);

  const remote = await openRemote(ctx, opts.profile);
  if (!remote.ok) return fail(remote.message);
  const { client } = remote;
  const stateRead = await readState(dir);
  if (!stateRead.ok) return fail(stateRead.message);
  const recorded = entriesFor(stateRead.state, client.server);
  const recordedTypes = loaded.recordTypes.length > 0 ? recordTypeEntriesFor(stateRead.state, client.server) : {};
  const typePlan = await planRecordTypes(client, loaded.recordTypes, recordedTypes);
  if (!typePlan.ok) return fail(typePlan.message);
  const plan = await planPush({ client, local: loaded.local, recorded, publish: opts.publish === true, prune: opts.prune === true });
  if (!plan.ok) return fail(plan.message);

  io.stdout(`plan for ${client.server} (profile "${remote.profile}"):\n`);
  for (const step of typePlan.steps) io.stdout(renderRecordTypeStep(step));
  for (const step of plan.steps) io.stdout(renderPlanStep(step, opts.lang, colours));
  const blocked = [
    ...typePlan.steps.filter((s) => s.action === 'conflict-record-type').map((s) => `record type ${s.key}`),
    ...plan.steps.filter((s) => s.action === 'conflict' || s.action === 'refused').map((s) => s.key),
  ];
  const summary = summarise(plan.steps) + summariseTypes(typePlan.steps.map((s) => s.action));
  if (blocked.length > 0) return fail(`${blocked.join(', ')}: ${blocked.length === 1 ? 'a conflict or refusal' : 'conflicts or refusals'}; nothing sent (${summary})`);
  if (opts.dryRun) {
    io.stderr(`dry run: nothing sent (${summary})\n`);
    return EXIT.ok;
  }
  // Record types first: the flows that name them are checked against them on the server.
  for (const step of typePlan.steps) {
    const done = await applyRecordType(client, step, recordedTypes);
    if (!done.ok) {
      if (done.conflict) io.stdout(renderRecordTypeStep(done.conflict));
      await writeState(dir, stateRead.state, stateRead.text);
      return fail(`${done.message}; stopped before any flow was sent`);
    }
  }
  for (const step of plan.steps) {
    const done = await applyStep(client, step, recorded);
    if (!done.ok) {
      if (done.conflict) io.stdout(renderPlanStep(done.conflict, opts.lang, colours));
      await writeState(dir, stateRead.state, stateRead.text);
      return fail(`${step.key}: ${done.message}; stopped (steps before it were applied)`);
    }
  }
  await writeState(dir, stateRead.state, stateRead.text);
  io.stderr(`pushed to ${client.server}: ${summary}\n`);
  return EXIT.ok;
}

function summariseTypes(actions: readonly string[]): string {
  if (actions.length === 0) return '';
  const n = (a: string) => actions.filter((x) => x === a).length;
  return `; record types: ${n('create-record-type')} to create, ${n('update-record-type')} to update, ${n('unchanged-record-type')} unchanged`;
}

function summarise(steps: readonly PlanStep[]): string {
  const count = (pred: (s: PlanStep) => boolean) => steps.filter(pred).length;
  const parts: string[] = [
    `${count((s) => s.action === 'create')} to create`,
    `${count((s) => s.action === 'update')} to update`,
    `${count((s) => (s.action === 'create' || s.action === 'update' || s.action === 'unchanged') && s.publish)} to publish`,
    `${count((s) => s.action === 'unchanged')} unchanged`,
  ];
  const deletes = count((s) => s.action === 'delete');
  if (deletes > 0) parts.push(`${deletes} to delete`);
  return parts.join(', ');
}

type Loaded = { ok: true; local: LocalDefinition[]; recordTypes: LocalRecordType[]; skipped: Array<{ file: string; kind: string }> } | { ok: false; problems: FileProblem[] };

/** Every file validated (and installed for --env) before anything is sent. */
async function loadLocal(files: readonly string[], unmatched: readonly string[], envFile: string | undefined, reader: DocumentReader, cwd: string): Promise<Loaded> {
  const problems: FileProblem[] = unmatched.map((p) => fileProblem(p, 'file/no-match', 'no files match this pattern', '没有文件匹配此模式'));
  if (files.length === 0 && unmatched.length === 0) problems.push(fileProblem('.', 'push/no-files', 'no workflow files to push', '没有要推送的工作流文件'));
  const local: LocalDefinition[] = [];
  const recordTypes: LocalRecordType[] = [];
  const skipped: Array<{ file: string; kind: string }> = [];
  const byKey = new Map<string, string>();
  for (const file of files) {
    const checked = await checkFile(file, { cwd, reader });
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      problems.push(...errors);
      continue;
    }
    if (checked.kind === 'record-type') {
      const read = await reader.read(file);
      if (read.ok) recordTypes.push({ file, body: recordTypeBody(read.value as Record<string, unknown>) });
      continue;
    }
    if (checked.kind !== 'workflow') {
      // A file of unknown kind is already an error above; scenarios and the like stay as context.
      skipped.push({ file, kind: checked.kind ?? 'unknown' });
      continue;
    }
    const read = await reader.read(file);
    if (!read.ok) continue;
    const body = serverBody(read.value as BatonWorkflowDefinition);
    const other = byKey.get(body.key);
    if (other !== undefined) {
      problems.push(fileProblem(file, 'push/duplicate-key', `key "${body.key}" is also the key of ${other}`, `key“${body.key}”与 ${other} 重复`, { pointer: '/key' }));
      continue;
    }
    byKey.set(body.key, file);
    local.push({ file, body });
  }
  if (envFile !== undefined && problems.length === 0) {
    const env = await checkEnvironment(envFile, undefined, files, reader);
    problems.push(...env.problems.filter((p) => p.severity === 'error'));
    const envRead = await reader.read(envFile);
    const mapping = envRead.ok ? validateEnvironment(envRead.value) : undefined;
    if (problems.length === 0 && mapping?.ok) {
      for (const l of local) {
        const installed = applyEnvironment(l.body, mapping.value);
        if (installed.ok) l.body = serverBody(installed.value);
        else problems.push(...inFile(l.file, installed.problems));
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, local, recordTypes, skipped };
}
