// What every remote verb starts with: the --profile option, and a client for that profile's server.
import { Option } from 'commander';
import type { CliContext } from '../context.ts';
import { createApiClient, type ApiClient } from './api-client.ts';
import { DEFAULT_PROFILE, loadProfile } from './profile-store.ts';

export function profileOption(): Option {
  return new Option('--profile <name>', 'the server profile to use (see baton login --list)').default(DEFAULT_PROFILE);
}

export type RemoteSession = { ok: true; client: ApiClient; profile: string } | { ok: false; message: string };

export async function openRemote(ctx: CliContext, profile: string): Promise<RemoteSession> {
  const found = await loadProfile(ctx.io.env, profile);
  if (!found.ok) return found;
  return { ok: true, profile, client: createApiClient(found.profile.server, found.profile.token) };
}
