import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'baton-config-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadConfig', () => {
  it('refuses to start in production with a missing, default or short secret', () => {
    const cwd = tmp();
    expect(loadConfig({ NODE_ENV: 'production' }, cwd)).toMatchObject({ ok: false });
    expect(loadConfig({ BATON_ENV: 'production', BATON_SECRET: 'changeme' }, cwd)).toMatchObject({ ok: false });
    expect(loadConfig({ NODE_ENV: 'production', BATON_SECRET: 'short-secret' }, cwd)).toMatchObject({ ok: false });
    const good = loadConfig({ NODE_ENV: 'production', BATON_SECRET: 'k'.repeat(40) }, cwd);
    expect(good).toMatchObject({ ok: true, config: { production: true, secretSource: 'env', host: '0.0.0.0' } });
  });

  it('generates a secret for the embedded default and keeps it across starts', () => {
    const cwd = tmp();
    const first = loadConfig({}, cwd);
    const second = loadConfig({}, cwd);
    if (!first.ok || !second.ok) throw new Error('expected ok');
    expect(first.config.secretSource).toBe('generated');
    expect(second.config.secretSource).toBe('file');
    expect(Buffer.from(second.config.secret).toString()).toBe(Buffer.from(first.config.secret).toString());
    expect(first.config.secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(cwd, 'data', 'session-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    expect(first.config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: join(cwd, 'data') });
  });

  it('reads PORT, BATON_DATA_DIR and DATABASE_URL, and refuses a bad port', () => {
    const cwd = tmp();
    const r = loadConfig({ PORT: '8080', BATON_DATA_DIR: 'elsewhere', DATABASE_URL: 'postgres://x@localhost/db' }, cwd);
    expect(r).toMatchObject({ ok: true, config: { port: 8080, dataDir: join(cwd, 'elsewhere'), databaseUrl: 'postgres://x@localhost/db' } });
    expect(loadConfig({ PORT: 'eighty' }, cwd)).toMatchObject({ ok: false });
    expect(loadConfig({ PORT: '70000' }, cwd)).toMatchObject({ ok: false });
  });
});
