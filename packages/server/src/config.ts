// Configuration from the environment: PORT, BATON_DATA_DIR, DATABASE_URL, BATON_SECRET,
// NODE_ENV / BATON_ENV. Production refuses a missing, default or short secret; the embedded
// default generates one and keeps it in the data folder.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  production: boolean;
  secret: Uint8Array;
  /** Where the secret came from, for the start-up banner. */
  secretSource: 'env' | 'generated' | 'file';
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; error: string };

const MIN_SECRET = 32;
const KNOWN_DEFAULTS = new Set(['secret', 'changeme', 'change-me', 'baton', 'password', 'development', 'dev-secret', 'test-secret']);

export function loadConfig(env: Record<string, string | undefined>, cwd: string): ConfigResult {
  const production = env.NODE_ENV === 'production' || env.BATON_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, error: `PORT must be a port number, not "${env.PORT}"` };
  const dataDir = resolve(cwd, env.BATON_DATA_DIR ?? './data');
  const host = env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1');
  const databaseUrl = env.DATABASE_URL || undefined;
  const given = env.BATON_SECRET;
  if (given !== undefined) {
    if (given.length < MIN_SECRET || KNOWN_DEFAULTS.has(given.toLowerCase())) {
      return { ok: false, error: `BATON_SECRET must be at least ${MIN_SECRET} characters and not a default value` };
    }
    return { ok: true, config: { port, host, dataDir, databaseUrl, production, secret: new TextEncoder().encode(given), secretSource: 'env' } };
  }
  if (production) return { ok: false, error: 'production mode needs BATON_SECRET (at least 32 random characters)' };
  // Embedded default: one generated secret, kept beside the data so sessions survive restarts.
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (text.length >= MIN_SECRET) return { ok: true, config: { port, host, dataDir, databaseUrl, production, secret: new TextEncoder().encode(text), secretSource: 'file' } };
  }
  mkdirSync(dataDir, { recursive: true });
  const fresh = randomBytes(48).toString('base64url');
  writeFileSync(file, fresh + '\n', { mode: 0o600 });
  return { ok: true, config: { port, host, dataDir, databaseUrl, production, secret: new TextEncoder().encode(fresh), secretSource: 'generated' } };
}
