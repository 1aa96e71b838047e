// The `baton` program: commander wiring, exit codes and output conventions shared by every verb.
// Each verb is one file under commands/ that registers itself on the program; adding a verb is
// one file and one line in VERBS.
import { Command, CommanderError } from 'commander';
import { bpmnCommand } from './commands/bpmn-command.ts';
import { diffCommand } from './commands/diff-command.ts';
import { fmtCommand } from './commands/fmt-command.ts';
import { simulateCommand } from './commands/simulate-command.ts';
import { templateCommand } from './commands/template-command.ts';
import { testCommand } from './commands/test-command.ts';
import { typesCommand } from './commands/types-command.ts';
import { validateCommand } from './commands/validate-command.ts';
import { loginCommand } from './commands/login-command.ts';
import { logoutCommand } from './commands/logout-command.ts';
import { auditCommand } from './commands/audit-command.ts';
import { pullCommand } from './commands/pull-command.ts';
import { pushCommand } from './commands/push-command.ts';
import { backupCommand } from './commands/backup-command.ts';
import { EXIT, type CliContext } from './context.ts';
import { coloursFor, type Io } from './io.ts';

export type Verb = (program: Command, ctx: CliContext) => void;

const VERBS: readonly Verb[] = [validateCommand, fmtCommand, diffCommand, typesCommand, simulateCommand, testCommand, templateCommand, bpmnCommand, loginCommand, logoutCommand, pullCommand, pushCommand, auditCommand, backupCommand];

export function createProgram(ctx: CliContext, verbs: readonly Verb[] = VERBS): Command {
  const program = new Command('baton')
    .description('Check, format, compare, type, simulate and test Baton workflow definitions kept in git; pull and push them between git and servers.')
    .version('0.1.0', '-V, --version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      outputError: (s, write) => write(s),
    });
  for (const verb of verbs) verb(program, ctx);
  program.addHelpText(
    'after',
    `
Exit codes: 0 success, 1 problems found, 2 usage error.
Run "baton <command> --help" for a command's options and examples.`,
  );
  return program;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const ctx: CliContext = { io, colours: coloursFor(io), exitCode: EXIT.ok };
  const program = createProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    // commander reports help and usage errors by throwing once exitOverride is on.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
}
