// Server profiles (dev, staging, production): a server URL and an API token each, kept in one
// config file outside the repository with mode 0600. Tokens are read here and sent by the HTTP
// client; nothing else in the CLI sees them, and nothing prints them.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const DEFAULT_PROFILE = 'default';

export interface Profile {
  server: string;
  token: string;
}

export interface ProfileConfig {
  profiles: Record<string, Profile>;
}

export type ConfigRead = { ok: true; config: ProfileConfig } | { ok: false; message: string };

/** `$BATON_CONFIG`, else `$XDG_CONFIG_HOME/baton/config.json`, else `~/.config/baton/config.json`. */
export function configPath(env: Readonly<Record<string, string | undefined>>): string {
  const explicit = env['BATON_CONFIG'];
  if (explicit) return explicit;
  const xdg = env['XDG_CONFIG_HOME'];
  const home = env['HOME'] || homedir();
  return join(xdg || join(home, '.config'), 'baton', 'config.json');
}

export async function readConfig(path: string): Promise<ConfigRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, config: { profiles: {} } };
    return { ok: false, message: `cannot read ${path}: ${(err as Error).message}` };
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    const profiles = (parsed as { profiles?: unknown }).profiles;
    if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles)) throw new Error('no "profiles" object');
    const clean: Record<string, Profile> = {};
    for (const [name, p] of Object.entries(profiles)) {
      const { server, token } = (p ?? {}) as Partial<Profile>;
      if (typeof server === 'string' && typeof token === 'string') clean[name] = { server, token };
    }
    return { ok: true, config: { profiles: clean } };
  } catch (err) {
    // The parser's message could quote the file, and the file holds tokens: name the file only.
    return { ok: false, message: `${path} is not a Baton config file (${err instanceof SyntaxError ? 'invalid JSON' : (err as Error).message})` };
  }
}

/** Writes atomically (temp file, rename) with mode 0600 in a 0700 folder. */
export async function writeConfig(path: string, config: ProfileConfig): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

export type ProfileLookup = { ok: true; name: string; profile: Profile } | { ok: false; message: string };

export async function loadProfile(env: Readonly<Record<string, string | undefined>>, name: string): Promise<ProfileLookup> {
  const path = configPath(env);
  const read = await readConfig(path);
  if (!read.ok) return read;
  const profile = read.config.profiles[name];
  if (!profile) return { ok: false, message: `no profile "${name}": run "baton login --server <url> --token <api-token>${name === DEFAULT_PROFILE ? '' : ` --profile ${name}`}"` };
  return { ok: true, name, profile };
}

/** A server URL as stored: http(s) only, no credentials, no trailing slash. */
export function normaliseServer(url: string): { ok: true; server: string } | { ok: false; message: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: `"${url}" is not a URL (like https://baton.example.com)` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, message: `the server URL must be http or https, not ${parsed.protocol}` };
  if (parsed.username || parsed.password) return { ok: false, message: 'the server URL must not hold credentials; pass the token with --token' };
  return { ok: true, server: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}` };
}
