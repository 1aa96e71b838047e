// `baton login --server <url> --token <api-token> [--profile p]`: checks the token against the
// server (GET /api/auth/me) and stores the profile in the config file (outside the repository,
// mode 0600). `--list` shows profile names and servers, never tokens.
import type { Command } from 'commander';
import { exitWith, EXIT, type CliContext } from '../context.ts';
import { createApiClient, describeError, send } from '../remote/api-client.ts';
import { configPath, DEFAULT_PROFILE, normaliseServer, readConfig, writeConfig } from '../remote/profile-store.ts';

interface LoginOptions {
  server?: string;
  token?: string;
  profile: string;
  list?: boolean;
}

export function loginCommand(program: Command, ctx: CliContext): void {
  program
    .command('login')
    .description('save a server profile (URL and API token), after checking the token with the server')
    .option('--server <url>', 'the Baton server, like https://baton.example.com')
    .option('--token <api-token>', 'an API token (create one in the web app or with POST /api/auth/tokens); read from $BATON_TOKEN when omitted')
    .option('--profile <name>', 'the profile name (dev, staging, production...)', DEFAULT_PROFILE)
    .option('--list', 'list the saved profiles (names and servers; tokens are never shown)')
    .addHelpText(
      'after',
      `
Profiles live in $BATON_CONFIG, else $XDG_CONFIG_HOME/baton/config.json, else
~/.config/baton/config.json (mode 0600). Every remote verb takes --profile (default "default").

Exit codes: 0 saved (or listed), 1 the server refused the token or cannot be reached, 2 usage error.

Examples:
  $ baton login --server https://baton.example.com --token "$BATON_TOKEN"
  $ baton login --server https://staging.baton.example.com --token bt_... --profile staging
  $ baton login --list`,
    )
    .action(exitWith(ctx, (opts: LoginOptions) => login(opts, ctx)));
}

async function login(opts: LoginOptions, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const path = configPath(io.env);
  const read = await readConfig(path);
  if (!read.ok) {
    io.stderr(`baton login: ${read.message}\n`);
    return EXIT.problems;
  }
  if (opts.list) {
    const names = Object.keys(read.config.profiles).sort();
    for (const name of names) io.stdout(`${name}\t${read.config.profiles[name]!.server}\n`);
    if (names.length === 0) io.stderr('no profiles yet: run "baton login --server <url> --token <api-token>"\n');
    return EXIT.ok;
  }
  const token = opts.token ?? io.env['BATON_TOKEN'];
  if (opts.server === undefined || token === undefined || token === '') {
    io.stderr('error: baton login needs --server <url> and --token <api-token> (or $BATON_TOKEN)\n');
    return EXIT.usage;
  }
  const server = normaliseServer(opts.server);
  if (!server.ok) {
    io.stderr(`error: ${server.message}\n`);
    return EXIT.usage;
  }
  const me = await send(createApiClient(server.server, token), (api) => api.GET('/api/auth/me'));
  if (!me.ok) {
    io.stderr(`baton login: ${me.message}; nothing saved\n`);
    return EXIT.problems;
  }
  if (me.answer.status !== 200) {
    const why = me.answer.status === 401 ? 'the server refused the token' : `the server answered ${describeError(me.answer)}`;
    io.stderr(`baton login: ${why}; nothing saved\n`);
    return EXIT.problems;
  }
  const user = me.answer.body as { id?: unknown };
  read.config.profiles[opts.profile] = { server: server.server, token };
  try {
    await writeConfig(path, read.config);
  } catch (err) {
    io.stderr(`baton login: cannot write ${path}: ${(err as Error).message}\n`);
    return EXIT.problems;
  }
  const who = typeof user.id === 'string' ? ` as ${user.id}` : '';
  io.stderr(`logged in to ${server.server}${who}; saved profile "${opts.profile}" in ${path}\n`);
  return EXIT.ok;
}
