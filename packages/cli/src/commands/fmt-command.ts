// `baton fmt [files...] [--check]`: rewrites Baton files in canonical form (sorted keys, two-space
// indent, trailing newline), so that git diffs show only real changes. Files that are not valid
// JSON are refused and left untouched.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatDocument } from '@baton/schema';
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { findBatonFiles } from '../files/baton-files.ts';
import { expandFileArgs } from '../files/file-args.ts';
import { parseJsonText } from '../files/json-text.ts';
import { plural } from '../report/file-problem.ts';

interface FmtOptions {
  check?: boolean;
}

export function fmtCommand(program: Command, ctx: CliContext): void {
  program
    .command('fmt')
    .description('rewrite Baton files in canonical form (sorted keys, 2-space indent, final newline)')
    .argument(
      '[files...]',
      'files, directories or globs (default: templates/**/*.json and every JSON file with a Baton "$schema", never node_modules, schemas/ or package.json)',
    )
    .option('--check', 'change nothing; list the files that are not canonical and exit 1 if there are any')
    .addHelpText(
      'after',
      `
Changed (or, with --check, differing) files are listed on stdout, one per line.

Examples:
  $ baton fmt
  $ baton fmt --check
  $ baton fmt templates/discount-approval/workflow.json`,
    )
    .action(exitWith(ctx, (files: string[], opts: FmtOptions) => fmt(files, opts, ctx)));
}

async function fmt(args: string[], opts: FmtOptions, ctx: CliContext): Promise<number> {
  const { io, colours } = ctx;
  let files: string[];
  let failed = false;
  if (args.length === 0) {
    files = await findBatonFiles(io.cwd);
  } else {
    const expanded = await expandFileArgs(args, io.cwd);
    files = expanded.files;
    for (const pattern of expanded.unmatched) {
      io.stderr(`${pattern}: no files match this pattern\n`);
      failed = true;
    }
  }

  const differing: string[] = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      io.stderr(`${file}: cannot read the file (${err instanceof Error ? err.message : String(err)})\n`);
      failed = true;
      continue;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      io.stderr(`${file}:${parsed.line}:${parsed.column}: invalid JSON, not formatted: ${parsed.message}\n`);
      failed = true;
      continue;
    }
    const canonical = formatDocument(parsed.value);
    if (canonical === text) continue;
    differing.push(file);
    if (!opts.check) await writeAtomically(path, canonical);
    io.stdout(`${opts.check ? colours.yellow(file) : file}\n`);
  }

  if (opts.check) {
    if (differing.length > 0) {
      io.stderr(`baton fmt --check: ${plural(differing.length, 'file')} not in canonical form; run "baton fmt" to fix\n`);
      return EXIT.problems;
    }
    io.stderr(`${plural(files.length, 'file')} in canonical form\n`);
  } else {
    io.stderr(`${plural(files.length, 'file')} checked, ${differing.length} rewritten\n`);
  }
  return failed ? EXIT.problems : EXIT.ok;
}

/** Writes beside the file and renames over it, so an interrupted run never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.baton-fmt-${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}
