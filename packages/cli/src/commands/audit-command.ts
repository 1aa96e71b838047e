// `baton audit verify [--profile p]`: asks the server to walk its hash-chained audit log
// (GET /api/audit/verify, admin token) and reports the verdict: exit 0 when the chain holds,
// exit 1 naming the first bad sequence number.
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { describeError, send } from '../remote/api-client.ts';
import { openRemote, profileOption } from '../remote/remote-session.ts';

const REASONS: Record<string, string> = {
  edited: 'was edited after it was written',
  missing: 'is missing (a deleted row or a truncated tail)',
  'broken-link': 'does not link to the row before it',
};

export function auditCommand(program: Command, ctx: CliContext): void {
  const audit = program.command('audit').description("check a server's audit log");
  audit
    .command('verify')
    .description("verify the server's hash-chained audit log (needs an admin token)")
    .addOption(profileOption())
    .addHelpText(
      'after',
      `
Exit codes: 0 the chain holds, 1 a row was edited or is missing (or the server refused).

Examples:
  $ baton audit verify
  $ baton audit verify --profile production`,
    )
    .action(exitWith(ctx, (opts: { profile: string }) => verify(opts.profile, ctx)));
}

async function verify(profile: string, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const remote = await openRemote(ctx, profile);
  if (!remote.ok) {
    io.stderr(`baton audit verify: ${remote.message}\n`);
    return EXIT.problems;
  }
  const res = await send(remote.client, (api) => api.GET('/api/audit/verify'));
  if (!res.ok) {
    io.stderr(`baton audit verify: ${res.message}\n`);
    return EXIT.problems;
  }
  const { status, body } = res.answer;
  const verdict = body as { ok?: unknown; checked?: unknown; seq?: unknown; reason?: unknown } | undefined;
  if (status === 200 && verdict?.ok === true) {
    io.stdout(`audit chain ok: ${String(verdict.checked)} rows checked on ${remote.client.server}\n`);
    return EXIT.ok;
  }
  if (status === 409 && verdict?.ok === false && typeof verdict.seq === 'number') {
    const reason = typeof verdict.reason === 'string' ? (REASONS[verdict.reason] ?? verdict.reason) : 'is bad';
    io.stdout(`audit chain broken at seq ${verdict.seq}: the row ${reason}\n`);
    return EXIT.problems;
  }
  io.stderr(`baton audit verify: the server answered ${describeError(res.answer)}\n`);
  return EXIT.problems;
}
