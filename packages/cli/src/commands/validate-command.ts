// `baton validate <files or globs...>`: schema validation and lint of Baton files, one line per
// problem on stdout. Exit 1 when any error is found (or any warning, with --strict).
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { checkFile } from '../checks/check-file.ts';
import { checkEnvironment } from '../checks/environment-check.ts';
import { createDocumentReader } from '../files/document-reader.ts';
import { expandFileArgs } from '../files/file-args.ts';
import {
  countBySeverity,
  fileProblem,
  plural,
  problemJson,
  problemLine,
  type FileProblem,
  type Lang,
} from '../report/file-problem.ts';
import { langOption } from './shared-options.ts';

interface ValidateOptions {
  json?: boolean;
  strict?: boolean;
  env?: string;
  org?: string;
  lang: Lang;
}

export function validateCommand(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check Baton files against their schemas and lint them (templates against their workflow)')
    .argument('<files...>', 'files, directories or globs (quote globs to let baton expand them)')
    .option('--json', 'print problems as a JSON array of { file, pointer, code, severity, message }')
    .option('--strict', 'fail on warnings too')
    .option('--env <file>', "also check every reference against an environment mapping file (schemas/environment.schema.json)")
    .option('--org <file>', "with --env: the environment's org directory (users, roles and departments that exist there)")
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Each problem is one line: file:/json/pointer: message [code]
(JSON syntax errors: file:line:column: message). Warnings are printed but only fail with --strict.

Examples:
  $ baton validate 'templates/**/*.json'
  $ baton validate templates/discount-approval/workflow.json --lang zh-CN
  $ baton validate flows/*.json --json > problems.json
  $ baton validate --env environments/production.env.json --org production-org.json flows/*.json`,
    )
    .action(exitWith(ctx, (files: string[], opts: ValidateOptions) => validate(files, opts, ctx)));
}

async function validate(args: string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const { io, colours } = ctx;
  const { files, unmatched } = await expandFileArgs(args, io.cwd);
  const problems: FileProblem[] = unmatched.map((pattern) =>
    fileProblem(pattern, 'file/no-match', 'no files match this pattern', '没有文件匹配此模式'),
  );
  if (opts.org !== undefined && opts.env === undefined) {
    io.stderr('error: --org needs --env (the org directory of the environment checked)\n');
    return EXIT.usage;
  }
  const reader = createDocumentReader(io.cwd);
  for (const file of files) {
    const checked = await checkFile(file, { cwd: io.cwd, reader });
    problems.push(...checked.problems);
  }
  const environment = opts.env === undefined ? undefined : await checkEnvironment(opts.env, opts.org, files, reader);
  if (environment) problems.push(...environment.problems);

  if (opts.json) io.stdout(JSON.stringify(problems.map((p) => problemJson(p, opts.lang)), null, 2) + '\n');
  else for (const p of problems) io.stdout(problemLine(p, opts.lang, colours) + '\n');

  const { errors, warnings } = countBySeverity(problems);
  const failed = errors > 0 || (opts.strict === true && warnings > 0);
  const found = problems.length === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const against = environment?.name === undefined ? '' : ` against environment "${environment.name}"`;
  io.stderr(`${failed ? 'baton validate: ' : ''}${plural(files.length, 'file')} checked${against}: ${found}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
