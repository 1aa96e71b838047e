// `baton test [templates...]`: runs template scenarios through the engine and compares the path,
// assignees, status, outcome and effects with what each scenario expects. Exit 1 on any mismatch,
// naming the scenario and the first difference.
import { coverage, runScenario, type Mismatch } from '@baton/engine';
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createDocumentReader } from '../files/document-reader.ts';
import { plural, problemLine, type Lang } from '../report/file-problem.ts';
import { findScenarioFiles } from '../scenarios/scenario-files.ts';
import { loadScenario, type LoadedScenario } from '../scenarios/load-scenario.ts';
import { langOption } from './shared-options.ts';

interface TestOptions {
  json?: boolean;
  all?: boolean;
  requireCoverage?: boolean;
  lang: Lang;
}

interface Outcome {
  file: string;
  name: string;
  ok: boolean;
  /** Why it could not run (invalid scenario, missing workflow or org). */
  problems: string[];
  mismatches: Mismatch[];
  path: string[];
}

export function testCommand(program: Command, ctx: CliContext): void {
  program
    .command('test')
    .description("run template scenarios through the engine and compare the results with what they expect")
    .argument('[targets...]', 'template folders, template.json or scenario files, or globs (default: templates/)')
    .option('--all', 'show every difference of a failing scenario, not only the first')
    .option('--json', 'print the results as JSON')
    .option('--require-coverage', 'exit 1 when any path of any workflow is not walked by a scenario')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Each scenario prints one line (ok / FAIL, file, name); a failing one also prints its first
difference. Afterwards, each workflow's paths that no scenario walks are listed.

Examples:
  $ baton test
  $ baton test templates/discount-approval
  $ baton test 'templates/*/scenarios/*reject*.json' --all
  $ baton test --require-coverage`,
    )
    .action(exitWith(ctx, (targets: string[], opts: TestOptions) => test(targets, opts, ctx)));
}

async function test(targets: string[], opts: TestOptions, ctx: CliContext): Promise<number> {
  const { io, colours: c } = ctx;
  const { files, unmatched } = await findScenarioFiles(targets, io.cwd);
  for (const pattern of unmatched) io.stderr(`${pattern}: no scenarios found\n`);
  if (files.length === 0) {
    io.stderr('baton test: no scenarios to run\n');
    return EXIT.problems;
  }
  const reader = createDocumentReader(io.cwd);
  const outcomes: Outcome[] = [];
  const walked = new Map<string, { loaded: Extract<LoadedScenario, { ok: true }>; paths: string[][] }>();
  for (const file of files) {
    const loaded = await loadScenario(file, reader);
    if (!loaded.ok) {
      const problems = loaded.problems.map((p) => problemLine(p, opts.lang, c));
      outcomes.push({ file, name: '', ok: false, problems, mismatches: [], path: [] });
      continue;
    }
    const run = runScenario(loaded.workflow, loaded.scenario, loaded.org);
    outcomes.push({ file, name: loaded.scenario.name, ok: run.ok, problems: [], mismatches: run.mismatches, path: run.result.path });
    // Coverage is per workflow as written (scenarios that install parameters walk a variant, so
    // they count for nothing, but their workflow is still listed).
    const entry = walked.get(loaded.workflowFile) ?? { loaded, paths: [] };
    if (loaded.scenario.parameters === undefined) {
      if (entry.loaded.scenario.parameters !== undefined) entry.loaded = loaded;
      entry.paths.push(run.result.path);
    }
    walked.set(loaded.workflowFile, entry);
  }

  const failed = outcomes.filter((o) => !o.ok).length;
  const unwalked = [...walked].map(([workflowFile, { loaded, paths }]) => {
    const cov = coverage(loaded.workflow, paths);
    return { workflowFile, total: cov.paths.length, missed: cov.paths.filter((_, i) => !cov.covered[i]) };
  });
  if (opts.json) {
    io.stdout(JSON.stringify(outcomes, null, 2) + '\n');
  } else {
    for (const o of outcomes) {
      io.stdout(`${o.ok ? c.green('ok  ') : c.red('FAIL')} ${o.file}${o.name ? `  ${c.dim(o.name)}` : ''}\n`);
      for (const p of o.problems) io.stdout(`       ${p}\n`);
      const shown = opts.all ? o.mismatches : o.mismatches.slice(0, 1);
      for (const m of shown) io.stdout(`       ${describeMismatch(m)}\n`);
      if (!opts.all && o.mismatches.length > 1) io.stdout(c.dim(`       (${o.mismatches.length - 1} more; --all shows them)\n`));
    }
    for (const { workflowFile, total, missed } of unwalked) {
      io.stdout(`\n${workflowFile}: ${total - missed.length} of ${plural(total, 'path')} walked by its scenarios\n`);
      for (const p of missed) io.stdout(c.yellow(`  not walked: ${p.join(' -> ')}\n`));
    }
  }
  io.stderr(`${failed > 0 ? 'baton test: ' : ''}${plural(outcomes.length, 'scenario')}: ${outcomes.length - failed} passed, ${failed} failed\n`);
  const missedPaths = unwalked.reduce((n, w) => n + w.missed.length, 0);
  if (opts.requireCoverage && missedPaths > 0) {
    const where = unwalked.filter((w) => w.missed.length > 0).length;
    io.stderr(`baton test: --require-coverage: ${plural(missedPaths, 'path')} of ${plural(where, 'workflow')} not walked by any scenario\n`);
  }
  return failed > 0 || unmatched.length > 0 || (opts.requireCoverage === true && missedPaths > 0) ? EXIT.problems : EXIT.ok;
}

function describeMismatch(m: Mismatch): string {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return `${m.what}: expected ${show(m.expected)}, got ${show(m.actual)}`;
}
