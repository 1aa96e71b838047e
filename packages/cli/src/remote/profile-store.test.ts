import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { configPath, loadProfile, normaliseServer, readConfig, writeConfig } from './profile-store.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baton-profiles-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('configPath', () => {
  test('$BATON_CONFIG wins, then $XDG_CONFIG_HOME, then ~/.config', () => {
    expect(configPath({ BATON_CONFIG: '/x/c.json', XDG_CONFIG_HOME: '/xdg', HOME: '/home/a' })).toBe('/x/c.json');
    expect(configPath({ XDG_CONFIG_HOME: '/xdg', HOME: '/home/a' })).toBe('/xdg/baton/config.json');
    expect(configPath({ HOME: '/home/a' })).toBe('/home/a/.config/baton/config.json');
  });
});

describe('readConfig / writeConfig', () => {
  test('a missing file is an empty config; a written one reads back, mode 0600', async () => {
    const path = join(dir, 'nested', 'config.json');
    expect(await readConfig(path)).toEqual({ ok: true, config: { profiles: {} } });
    await writeConfig(path, { profiles: { default: { server: 'http://a', token: 't1' } } });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested'))).mode & 0o777).toBe(0o700);
    expect(await readConfig(path)).toEqual({ ok: true, config: { profiles: { default: { server: 'http://a', token: 't1' } } } });
  });

  test('a broken file is a value naming the file, never quoting its content (it holds tokens)', async () => {
    const path = join(dir, 'config.json');
    await writeFile(path, '{"profiles": {"default": {"token": "bt_secret_value"');
    const read = await readConfig(path);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toBe(`${path} is not a Baton config file (invalid JSON)`);
      expect(read.message).not.toContain('bt_secret');
    }
    await writeFile(path, '[]');
    expect(await readConfig(path)).toMatchObject({ ok: false });
  });

  test('entries without a server or token are dropped', async () => {
    const path = join(dir, 'config.json');
    await writeFile(path, JSON.stringify({ profiles: { a: { server: 'http://a' }, b: { server: 'http://b', token: 't' }, c: null } }));
    expect(await readConfig(path)).toEqual({ ok: true, config: { profiles: { b: { server: 'http://b', token: 't' } } } });
  });

  test('loadProfile names a missing profile and how to create it', async () => {
    const path = join(dir, 'config.json');
    await writeConfig(path, { profiles: { default: { server: 'http://a', token: 't' } } });
    expect(await loadProfile({ BATON_CONFIG: path }, 'default')).toEqual({ ok: true, name: 'default', profile: { server: 'http://a', token: 't' } });
    expect(await loadProfile({ BATON_CONFIG: path }, 'prod')).toEqual({ ok: false, message: 'no profile "prod": run "baton login --server <url> --token <api-token> --profile prod"' });
    expect(JSON.parse(await readFile(path, 'utf8')).profiles.prod).toBeUndefined();
  });
});

describe('normaliseServer', () => {
  test('http(s) only, no credentials, no trailing slash', () => {
    expect(normaliseServer('https://baton.example.com/')).toEqual({ ok: true, server: 'https://baton.example.com' });
    expect(normaliseServer('http://127.0.0.1:3000/baton//')).toEqual({ ok: true, server: 'http://127.0.0.1:3000/baton' });
    expect(normaliseServer('file:///etc/passwd')).toMatchObject({ ok: false });
    expect(normaliseServer('https://user:pw@baton.example.com')).toMatchObject({ ok: false });
    expect(normaliseServer('not a url')).toMatchObject({ ok: false });
  });
});
