// `baton template list|install`: the gallery from a terminal. `list` shows each template's key,
// version, category and names; `install` answers a template's parameters (--param name=value),
// installs it through @baton/schema's installTemplate (the installer the server and studio use)
// and writes the canonical workflow to stdout or --out. Bad answers exit 1 naming the parameter.
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { formatDocument, installDirectoryOf, installTemplate, validateOrg, type BatonWorkflowDefinition, type Problem } from '@baton/schema';
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createDocumentReader } from '../files/document-reader.ts';
import { fileProblem, inFile, problemJson, problemLine, type FileProblem, type Lang } from '../report/file-problem.ts';
import { langOption } from './shared-options.ts';
import { findTemplate, readGallery, workflowFileOf, type GalleryEntry } from './template-gallery.ts';
import { parseParams } from './template-params.ts';

interface ListOptions {
  dir: string;
  json?: boolean;
  lang: Lang;
}

interface InstallOptions {
  dir: string;
  param: string[];
  org?: string;
  out?: string;
  json?: boolean;
  lang: Lang;
}

export function templateCommand(program: Command, ctx: CliContext): void {
  const template = program
    .command('template')
    .description('list the template gallery, or install a template with parameters')
    .addHelpText(
      'after',
      `
Examples:
  $ baton template list
  $ baton template install discount-approval --param director_amount=300000 --out flows/discount.json`,
    );

  template
    .command('list')
    .description("list the gallery's templates: key, version, category and names")
    .option('--dir <folder>', 'the gallery folder', 'templates')
    .option('--json', 'print the templates (with their parameters) as JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples:
  $ baton template list
  $ baton template list --json`,
    )
    .action(exitWith(ctx, (opts: ListOptions) => list(opts, ctx)));

  template
    .command('install')
    .description('install a template: answer its parameters and write the workflow (canonical JSON)')
    .argument('<template>', 'a template key in the gallery, a template folder, or a template.json')
    .option('--param <name=value>', 'answer a parameter (repeatable); unanswered ones take their defaults', collect, [])
    .option('--org <file>', 'an org directory: roles, users and departments named by parameters must exist in it')
    .option('--out <file>', 'write the workflow to this file instead of stdout')
    .option('--dir <folder>', 'the gallery folder, for keys', 'templates')
    .option('--json', 'print problems as JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples:
  $ baton template install discount-approval
  $ baton template install contract-approval --param legal_role=legal --param ceo_threshold=2000000 --org org.json
  $ baton template install templates/refund-approval --out flows/refund-approval.json`,
    )
    .action(exitWith(ctx, (target: string, opts: InstallOptions) => install(target, opts, ctx)));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function list(opts: ListOptions, ctx: CliContext): Promise<number> {
  const { io, colours: c } = ctx;
  const gallery = await readGallery(opts.dir, io.cwd, createDocumentReader(io.cwd));
  for (const p of gallery.problems) io.stderr(problemLine(p, opts.lang, c) + '\n');
  if (gallery.entries.length === 0 && gallery.problems.length === 0) {
    io.stderr(`baton template: no templates in ${opts.dir}/\n`);
    return EXIT.problems;
  }
  if (opts.json) {
    io.stdout(JSON.stringify(gallery.entries.map(summary), null, 2) + '\n');
  } else {
    const rows = gallery.entries.map((e) => [e.manifest.key, e.manifest.version, e.manifest.category, names(e)] as const);
    const width = (i: 0 | 1 | 2) => Math.max(...rows.map((r) => r[i].length));
    for (const r of rows) io.stdout(`${c.bold(r[0].padEnd(width(0)))}  ${r[1].padEnd(width(1))}  ${r[2].padEnd(width(2))}  ${r[3]}\n`);
  }
  return gallery.problems.length > 0 ? EXIT.problems : EXIT.ok;
}

function names(e: GalleryEntry): string {
  const { en, 'zh-CN': zh } = e.manifest.name;
  return [en, zh].filter(Boolean).join(' · ');
}

function summary(e: GalleryEntry) {
  const m = e.manifest;
  return {
    key: m.key,
    version: m.version,
    category: m.category,
    name: m.name,
    description: m.description,
    tags: m.tags ?? [],
    folder: dirname(e.file),
    parameters: m.parameters ?? { type: 'object', properties: {} },
  };
}

async function install(target: string, opts: InstallOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const reader = createDocumentReader(io.cwd);
  const report = (problems: readonly FileProblem[]): number => {
    if (opts.json) io.stdout(JSON.stringify(problems.map((p) => problemJson(p, opts.lang)), null, 2) + '\n');
    else for (const p of problems) io.stderr(problemLine(p, opts.lang, ctx.colours) + '\n');
    return EXIT.problems;
  };

  const found = await findTemplate(target, opts.dir, io.cwd, reader);
  if (!found.ok) return report(found.problems);
  const { entry } = found;
  const parsed = parseParams(opts.param, entry.manifest);
  if (!parsed.ok) {
    io.stderr(`error: ${parsed.message}\n`);
    return EXIT.usage;
  }
  const workflowFile = workflowFileOf(entry);
  const workflow = await reader.read(workflowFile);
  if (!workflow.ok) return report([workflow.problem]);

  let directory;
  if (opts.org !== undefined) {
    const orgRead = await reader.read(opts.org);
    if (!orgRead.ok) return report([orgRead.problem]);
    const org = validateOrg(orgRead.value);
    if (!org.ok) return report(inFile(opts.org, org.problems));
    directory = installDirectoryOf(org.value);
  }

  const installed = installTemplate(entry.manifest, workflow.value, parsed.values, directory);
  const problems = installed.problems.map((p) => located(p, entry.file, workflowFile));
  if (!installed.ok) return report(problems);
  for (const p of problems) io.stderr(problemLine(p, opts.lang, ctx.colours) + '\n');

  const text = formatDocument(rebaseSchema(installed.value, workflowFile, opts.out, io.cwd));
  if (opts.out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await writeFile(resolve(io.cwd, opts.out), text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return report([fileProblem(opts.out, 'file/unwritable', `cannot write the file: ${why}`, `无法写入文件：${why}`)]);
  }
  io.stderr(`installed ${entry.manifest.key} ${entry.manifest.version} -> ${opts.out}\n`);
  return EXIT.ok;
}

/** installTemplate's pointers, in the file each is about (answers under `--param <name>`). */
function located(p: Problem, templateFile: string, workflowFile: string): FileProblem {
  const [, root = '', name = '', ...rest] = p.pointer.split('/');
  const tail = (n: number) => p.pointer.split('/').slice(n).join('/');
  if (root === 'params') return { ...p, file: name === '' ? '--param' : `--param ${name.replace(/~1/g, '/').replace(/~0/g, '~')}`, pointer: rest.length > 0 ? '/' + rest.join('/') : '' };
  if (root === 'manifest') return { ...p, file: templateFile, pointer: tail(2) === '' ? '' : '/' + tail(2) };
  return { ...p, file: workflowFile, pointer: tail(2) === '' ? '' : '/' + tail(2) };
}

/** A relative `$schema` still points at the schema from where the workflow is written. */
function rebaseSchema(workflow: BatonWorkflowDefinition, from: string, out: string | undefined, cwd: string): BatonWorkflowDefinition {
  const ref = workflow.$schema;
  if (ref === undefined || /^[a-z]+:/i.test(ref)) return workflow;
  const schema = resolve(cwd, dirname(from), ref);
  const base = out === undefined ? cwd : dirname(resolve(cwd, out));
  let rebased = relative(base, schema).split('\\').join('/');
  if (!rebased.startsWith('.')) rebased = './' + rebased;
  return { ...workflow, $schema: rebased };
}
