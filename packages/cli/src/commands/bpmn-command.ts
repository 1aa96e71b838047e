// `baton bpmn export|import`: BPMN 2.0 interop through @baton/bpmn. `export` writes a definition
// (a workflow file, template.json or template folder) as BPMN XML that bpmn.io-based tools open;
// `import` reads a BPMN file back into a canonical definition, refusing what Baton does not share
// with one problem per element. Data goes to stdout (or --out), messages to stderr; exit 1 with
// problems, 2 on usage errors.
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { BPMN_LIMITS, fromBpmn, toBpmn, type BpmnProblem } from '@baton/bpmn';
import { formatDocument, schemaId, type BatonWorkflowDefinition } from '@baton/schema';
import { InvalidArgumentError, type Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createDocumentReader } from '../files/document-reader.ts';
import { fileProblem, inFile, problemJson, problemLine, type FileProblem, type Lang } from '../report/file-problem.ts';
import { loadWorkflow } from './load-workflow.ts';
import { langOption } from './shared-options.ts';

interface ExportOptions {
  out?: string;
  names: Lang;
  json?: boolean;
  lang: Lang;
}

interface ImportOptions {
  out?: string;
  key?: string;
  json?: boolean;
  lang: Lang;
}

export function bpmnCommand(program: Command, ctx: CliContext): void {
  const bpmn = program
    .command('bpmn')
    .description('export a workflow as BPMN 2.0, or import a BPMN 2.0 file as a workflow')
    .addHelpText(
      'after',
      `
Baton shares with BPMN: start and end events, user tasks (approvals and handler tasks),
exclusive / parallel / inclusive gateways, timer events, call activities, send and service
tasks for cc and automations, and sequence flows with CEL conditions. Everything else is
refused on import, naming each element.

Examples:
  $ baton bpmn export templates/discount-approval --out discount-approval.bpmn
  $ baton bpmn import discount-approval.bpmn --out flows/discount-approval.json`,
    );

  bpmn
    .command('export')
    .description('write a workflow as BPMN 2.0 XML (Baton extensions keep everything BPMN cannot say)')
    .argument('<definition>', 'a workflow file, a template.json, or a template folder')
    .option('--out <file>', 'write the BPMN to this file instead of stdout')
    .addOption(langOption())
    .option('--names <lang>', 'the language of the names BPMN tools show (en or zh-CN)', parseLang, 'en')
    .option('--json', 'print problems as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ baton bpmn export templates/contract-approval/workflow.json > contract.bpmn
  $ baton bpmn export templates/discount-approval --names zh-CN --out discount.bpmn`,
    )
    .action(exitWith(ctx, (target: string, opts: ExportOptions) => exportBpmn(target, opts, ctx)));

  bpmn
    .command('import')
    .description('read a BPMN 2.0 file as a canonical Baton workflow (validated like any definition)')
    .argument('<file>', 'a .bpmn file')
    .option('--out <file>', 'write the workflow to this file instead of stdout')
    .option('--key <key>', 'the workflow key (default: the one exported, else from the process id)', parseKey)
    .option('--json', 'print problems as JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Each problem is one line: file:line:column: message [code] for the BPMN file, or
file (imported):/json/pointer: message [code] for the workflow it became.

Examples:
  $ baton bpmn import purchase.bpmn --key purchase-request --out flows/purchase-request.json
  $ baton bpmn import discount.bpmn | baton diff templates/discount-approval/workflow.json /dev/stdin`,
    )
    .action(exitWith(ctx, (file: string, opts: ImportOptions) => importBpmn(file, opts, ctx)));
}

function parseLang(value: string): Lang {
  if (value !== 'en' && value !== 'zh-CN') throw new InvalidArgumentError('expected en or zh-CN');
  return value;
}

function parseKey(value: string): string {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(value)) throw new InvalidArgumentError('a key is lower-case letters, digits and "-", starting with a letter');
  return value;
}

/** Problems go to stderr; with --json, a failure prints them as JSON on stdout instead. */
function reporter(ctx: CliContext, opts: { json?: boolean; lang: Lang }) {
  return (problems: readonly FileProblem[], failed: boolean): void => {
    if (opts.json && failed) ctx.io.stdout(JSON.stringify(problems.map((p) => problemJson(p, opts.lang)), null, 2) + '\n');
    else for (const p of problems) ctx.io.stderr(problemLine(p, opts.lang, ctx.colours) + '\n');
  };
}

async function exportBpmn(target: string, opts: ExportOptions, ctx: CliContext): Promise<number> {
  const report = reporter(ctx, opts);
  const loaded = await loadWorkflow(target, createDocumentReader(ctx.io.cwd), ctx.io.cwd);
  if (!loaded.ok) {
    report(loaded.problems, true);
    return EXIT.problems;
  }
  const result = toBpmn(loaded.workflow, { lang: opts.names });
  const problems = inFile(loaded.file, result.problems);
  if (result.xml === '') {
    report(problems, true);
    return EXIT.problems;
  }
  report(problems, false);
  return write(result.xml, opts.out, `exported ${loaded.workflow.key} -> ${opts.out ?? ''}`, ctx, report);
}

async function importBpmn(file: string, opts: ImportOptions, ctx: CliContext): Promise<number> {
  const report = reporter(ctx, opts);
  const path = resolve(ctx.io.cwd, file);
  let text: string;
  try {
    const size = (await stat(path)).size;
    if (size > BPMN_LIMITS.maxBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      report([fileProblem(file, 'bpmn/too-large', `the file is ${mb(size)} MB; BPMN files may be at most ${mb(BPMN_LIMITS.maxBytes)} MB`, `文件大小为 ${mb(size)} MB；BPMN 文件最大 ${mb(BPMN_LIMITS.maxBytes)} MB`)], true);
      return EXIT.problems;
    }
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : err instanceof Error ? err.message : String(err);
    report([fileProblem(file, 'file/unreadable', `cannot read the file: ${why}`, `无法读取文件：${why}`)], true);
    return EXIT.problems;
  }
  const result = await fromBpmn(text, opts.key === undefined ? {} : { key: opts.key });
  const problems = result.problems.map((p) => located(p, file));
  if (!result.ok) {
    report(problems, true);
    return EXIT.problems;
  }
  report(problems, false);
  const definition = withSchema(result.value, opts.out, ctx.io.cwd);
  return write(formatDocument(definition), opts.out, `imported ${definition.key} -> ${opts.out ?? ''}`, ctx, report);
}

/** BPMN problems point at the file's lines; problems of the definition it became, at its pointers. */
function located(p: BpmnProblem, file: string): FileProblem {
  if (p.line !== undefined) return { ...p, file };
  return { ...p, file: p.pointer === '' ? file : `${file} (imported)` };
}

/**
 * A `$schema` editors can follow from where the file is written: a plain BPMN import gets one,
 * and a restored relative one that does not resolve from --out points at the repository's schema
 * (or the published URL). On stdout the restored one is kept, so an export comes back exactly.
 */
function withSchema(def: BatonWorkflowDefinition, out: string | undefined, cwd: string): BatonWorkflowDefinition {
  const base = out === undefined ? cwd : dirname(resolve(cwd, out));
  const ref = def.$schema;
  if (ref !== undefined && (out === undefined || /^[a-z]+:/i.test(ref) || existsSync(resolve(base, ref)))) return def;
  const schema = resolve(cwd, 'schemas/workflow.schema.json');
  if (!existsSync(schema)) return { ...def, $schema: schemaId('workflow') };
  let rebased = relative(base, schema).split('\\').join('/');
  if (!rebased.startsWith('.')) rebased = './' + rebased;
  return { ...def, $schema: rebased };
}

async function write(text: string, out: string | undefined, done: string, ctx: CliContext, report: (p: FileProblem[], failed: boolean) => void): Promise<number> {
  if (out === undefined) {
    ctx.io.stdout(text);
    return EXIT.ok;
  }
  try {
    await writeFile(resolve(ctx.io.cwd, out), text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    report([fileProblem(out, 'file/unwritable', `cannot write the file: ${why}`, `无法写入文件：${why}`)], true);
    return EXIT.problems;
  }
  ctx.io.stderr(`${done}\n`);
  return EXIT.ok;
}
