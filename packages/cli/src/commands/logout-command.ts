// `baton logout [--profile p]`: forgets a profile (its URL and token) from the config file. The
// token itself stays valid on the server; revoke it there to end it.
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { configPath, DEFAULT_PROFILE, readConfig, writeConfig } from '../remote/profile-store.ts';

export function logoutCommand(program: Command, ctx: CliContext): void {
  program
    .command('logout')
    .description('forget a saved server profile and its token')
    .option('--profile <name>', 'the profile to forget', DEFAULT_PROFILE)
    .addHelpText(
      'after',
      `
The token stays valid on the server: revoke it there (DELETE /api/auth/tokens/:id) to end it.
Exit codes: 0 forgotten, 1 no such profile.

Examples:
  $ baton logout
  $ baton logout --profile staging`,
    )
    .action(exitWith(ctx, (opts: { profile: string }) => logout(opts.profile, ctx)));
}

async function logout(profile: string, ctx: CliContext): Promise<number> {
  const path = configPath(ctx.io.env);
  const read = await readConfig(path);
  if (!read.ok) {
    ctx.io.stderr(`baton logout: ${read.message}\n`);
    return EXIT.problems;
  }
  if (!(profile in read.config.profiles)) {
    ctx.io.stderr(`baton logout: no profile "${profile}"\n`);
    return EXIT.problems;
  }
  delete read.config.profiles[profile];
  await writeConfig(path, read.config);
  ctx.io.stderr(`forgot profile "${profile}"\n`);
  return EXIT.ok;
}
