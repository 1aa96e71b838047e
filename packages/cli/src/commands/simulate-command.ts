// `baton simulate <definition> --data <json>`: walks a workflow in memory, without side effects,
// and prints the path, who would be asked at each step and why, and the outcome. Every task is
// approved (or completed) unless --decide says otherwise.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createStaticDirectory, simulate, type SimDecision, type StartInput } from '@baton/engine';
import { validateOrg, type BatonOrgDirectory } from '@baton/schema';
import type { Command } from 'commander';
import { isObject } from '../checks/json-shape.ts';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createDocumentReader, type DocumentReader } from '../files/document-reader.ts';
import { parseJsonText } from '../files/json-text.ts';
import { inFile, problemLine, type Lang } from '../report/file-problem.ts';
import { simulationText } from '../report/simulation-report.ts';
import { loadWorkflow } from './load-workflow.ts';
import { langOption } from './shared-options.ts';

interface SimulateOptions {
  data: string;
  as?: string;
  org?: string;
  decide: string[];
  record?: string;
  patch?: string;
  json?: boolean;
  lang: Lang;
}

const DECISIONS: readonly SimDecision[] = ['approve', 'reject', 'return', 'complete'];

class UsageError extends Error {}

export function simulateCommand(program: Command, ctx: CliContext): void {
  program
    .command('simulate')
    .description('walk a workflow without side effects: the path, who approves each step and why, the outcome')
    .argument('<definition>', 'a workflow file (or a template.json / template folder)')
    .requiredOption('--data <json>', 'the form data: JSON text, or @file.json')
    .option('--as <user>', 'the initiator (default: the first active user of the org with a manager and no role)')
    .option('--org <file>', 'the org directory (default: the nearest demo-org.json above the definition)')
    .option('--decide <node=decision>', 'decide a node: approve, reject, return or complete; "a,b" for successive visits (repeatable)', collect, [])
    .option('--record <json>', 'for record flows: {"id", "owner", "values"} as JSON text or @file.json')
    .option('--patch <json>', 'for change-set flows: the proposed values, as JSON text or @file.json')
    .option('--json', 'print the whole result as JSON')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
Examples:
  $ baton simulate templates/discount-approval --as li.na --data \\
      '{"customer":"c-1","amount":300000,"discount_rate":12,"reason":"pilot","lines":[{"product":"X2","quantity":20,"unit_price":15000}]}'
  $ baton simulate templates/discount-approval --data @request.json --decide finance=reject
  $ baton simulate templates/discount-approval --data @request.json --decide director=reject,approve --json`,
    )
    .action(exitWith(ctx, (file: string, opts: SimulateOptions) => run(file, opts, ctx)));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function run(target: string, opts: SimulateOptions, ctx: CliContext): Promise<number> {
  const { io, colours } = ctx;
  const reader = createDocumentReader(io.cwd);
  let data: unknown;
  let decisions: Record<string, SimDecision | SimDecision[]>;
  let record: unknown;
  let patch: unknown;
  try {
    data = await jsonArgument('--data', opts.data, io.cwd);
    if (!isObject(data)) throw new UsageError('--data must be a JSON object of field values');
    decisions = parseDecisions(opts.decide);
    record = opts.record === undefined ? undefined : await jsonArgument('--record', opts.record, io.cwd);
    patch = opts.patch === undefined ? undefined : await jsonArgument('--patch', opts.patch, io.cwd);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`error: ${err.message}\n`);
    return EXIT.usage;
  }

  const loaded = await loadWorkflow(target, reader, io.cwd);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.stderr(problemLine(p, opts.lang, colours) + '\n');
    return EXIT.problems;
  }
  const org = await loadOrg(opts.org ?? (await nearestDemoOrg(loaded.file, io.cwd)), reader);
  if (!org.ok) {
    io.stderr(org.message);
    return EXIT.problems;
  }
  const initiator = opts.as ?? defaultInitiator(org.org);
  if (initiator === undefined) {
    io.stderr('error: the org has no user with a manager; name the initiator with --as\n');
    return EXIT.usage;
  }
  if (opts.as === undefined) io.stderr(`simulating as ${initiator} (use --as to choose)\n`);

  const input: StartInput = {
    initiator,
    data: data as Record<string, unknown>,
    ...(isObject(record) ? { record: record as unknown as NonNullable<StartInput['record']> } : {}),
    ...(isObject(patch) ? { patch } : {}),
  };
  const result = simulate(loaded.workflow, input, createStaticDirectory(org.org), { decisions });
  if (opts.json) {
    const { snapshot: _snapshot, ...shown } = result;
    io.stdout(JSON.stringify(shown, null, 2) + '\n');
  } else {
    io.stdout(simulationText(result, loaded.workflow, opts.lang, colours));
  }
  return result.status === 'refused' || result.truncated ? EXIT.problems : EXIT.ok;
}

async function jsonArgument(option: string, value: string, cwd: string): Promise<unknown> {
  let text = value;
  if (value.startsWith('@')) {
    try {
      text = await readFile(resolve(cwd, value.slice(1)), 'utf8');
    } catch {
      throw new UsageError(`${option}: cannot read ${value.slice(1)}`);
    }
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(`${option} is not valid JSON (${parsed.line}:${parsed.column}: ${parsed.message})`);
  return parsed.value;
}

export function parseDecisions(specs: readonly string[]): Record<string, SimDecision | SimDecision[]> {
  const out: Record<string, SimDecision | SimDecision[]> = {};
  for (const spec of specs) {
    const m = /^([A-Za-z][A-Za-z0-9_-]*)=(.+)$/.exec(spec);
    if (!m) throw new UsageError(`--decide expects node=decision, got "${spec}"`);
    const list = m[2]!.split(',');
    for (const d of list) {
      if (!(DECISIONS as readonly string[]).includes(d)) {
        throw new UsageError(`--decide ${m[1]}: "${d}" is not one of ${DECISIONS.join(', ')}`);
      }
    }
    out[m[1]!] = list.length === 1 ? (list[0] as SimDecision) : (list as SimDecision[]);
  }
  return out;
}

type LoadedOrg = { ok: true; org: BatonOrgDirectory } | { ok: false; message: string };

async function loadOrg(file: string | undefined, reader: DocumentReader): Promise<LoadedOrg> {
  if (file === undefined) return { ok: false, message: 'error: no org directory found; pass --org org.json\n' };
  const read = await reader.read(file);
  if (!read.ok) return { ok: false, message: problemLine(read.problem, 'en', plainColours) + '\n' };
  const org = validateOrg(read.value);
  if (!org.ok) return { ok: false, message: inFile(file, org.problems).map((p) => problemLine(p, 'en', plainColours) + '\n').join('') };
  return { ok: true, org: org.value };
}

const plain = (s: string) => s;
const plainColours = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };

/** The nearest demo-org.json in the definition's folder or above it (templates/ keeps one). */
async function nearestDemoOrg(definition: string, cwd: string): Promise<string | undefined> {
  let dir = dirname(resolve(cwd, definition));
  for (let i = 0; i < 20; i++) {
    const candidate = join(dir, 'demo-org.json');
    try {
      await readFile(candidate);
      return candidate;
    } catch {
      const up = dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  }
  return undefined;
}

/** A typical requester: an active user with a manager, preferably one holding no role. */
function defaultInitiator(org: BatonOrgDirectory): string | undefined {
  const candidates = org.users.filter((u) => u.active !== false && u.manager !== undefined);
  return (candidates.find((u) => (u.roles ?? []).length === 0) ?? candidates[0])?.id;
}
