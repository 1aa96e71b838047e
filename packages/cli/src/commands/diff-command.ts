// `baton diff <old> <new>`: a semantic diff of two versions of a workflow (nodes, edges,
// conditions, assignees, form fields, settings; layout moves are ignored), as text, Markdown for a
// pull request comment, or JSON. Like diff(1): exit 0, or with --exit-code 1 when they differ;
// 2 when an input cannot be compared.
import { diffWorkflows, renderDiff, type BatonWorkflowDefinition } from '@baton/schema';
import { Option, type Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createDocumentReader } from '../files/document-reader.ts';
import { problemLine, type Lang } from '../report/file-problem.ts';
import { loadWorkflow } from './load-workflow.ts';
import { langOption } from './shared-options.ts';

type DiffFormat = 'text' | 'markdown' | 'json';

interface DiffOptions {
  format: DiffFormat;
  lang: Lang;
  exitCode?: boolean;
}

export function diffCommand(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('show what changed between two versions of a workflow, in words')
    .argument('<old>', 'the old workflow file (or a template.json / template folder)')
    .argument('<new>', 'the new workflow file (or a template.json / template folder)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .addOption(langOption())
    .option('--exit-code', 'exit 1 when there are changes (like git diff --exit-code)')
    .addHelpText(
      'after',
      `
Exit codes: 0 compared (changes or not), 1 changes found with --exit-code, 2 an input cannot be
read or is not a valid workflow.

Examples:
  $ baton diff old/workflow.json templates/discount-approval/workflow.json
  $ git show main:templates/discount-approval/workflow.json > /tmp/old.json
  $ baton diff /tmp/old.json templates/discount-approval/workflow.json --format markdown --lang zh-CN`,
    )
    .action(exitWith(ctx, (a: string, b: string, opts: DiffOptions) => diff(a, b, opts, ctx)));
}

async function diff(oldFile: string, newFile: string, opts: DiffOptions, ctx: CliContext): Promise<number> {
  const { io, colours } = ctx;
  const reader = createDocumentReader(io.cwd);
  const loaded = [await loadWorkflow(oldFile, reader, io.cwd), await loadWorkflow(newFile, reader, io.cwd)];
  let ok = true;
  for (const l of loaded) {
    if (l.ok) continue;
    ok = false;
    for (const p of l.problems) io.stderr(problemLine(p, opts.lang, colours) + '\n');
  }
  if (!ok) {
    io.stderr('baton diff: cannot compare; fix the problems above\n');
    return EXIT.usage;
  }
  const [a, b] = loaded.map((l) => (l.ok ? l.workflow : undefined)) as [BatonWorkflowDefinition, BatonWorkflowDefinition];
  const changes = diffWorkflows(a, b);
  if (opts.format === 'json') io.stdout(JSON.stringify(changes, null, 2) + '\n');
  else io.stdout(ensureNewline(renderDiff(changes, opts.format, opts.lang)));
  return opts.exitCode && changes.length > 0 ? EXIT.problems : EXIT.ok;
}

function ensureNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : text + '\n';
}
