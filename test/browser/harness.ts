// Browser tests: the built app (packages/web/dist, built here when missing or stale) served by a
// tiny static server that forwards /api to the real Baton server (SQLite in a temp dir, the demo
// org seeded), driven by playwright-core on Debian's Chromium. No browser is ever downloaded.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import { argon2idHasher, createApp, createAppOutboxWorker, listen, openSqliteStore, randomIds, seedDemoOrg, silentLogger, systemClock } from '../../packages/server/src/index.ts';
import { AxeBuilder } from '@axe-core/playwright';

export const WEB_DIR = fileURLToPath(new URL('../../packages/web/', import.meta.url));
export const DIST = join(WEB_DIR, 'dist');
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
export const CHROMIUM = process.env.BATON_CHROMIUM ?? '/usr/bin/chromium';
export const PASSWORD = 'browser-pass-1';
const DEMO_ORG = JSON.parse(readFileSync(new URL('../../templates/demo-org.json', import.meta.url), 'utf8')) as BatonOrgDirectory;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds packages/web when dist is missing or older than its sources. One build at a time. */
export async function ensureWebBuilt(): Promise<void> {
  const stamp = join(DIST, 'index.html');
  const sources = Math.max(newest(join(WEB_DIR, 'src')), statSync(join(WEB_DIR, 'vite.config.ts')).mtimeMs, statSync(join(WEB_DIR, 'index.html')).mtimeMs);
  const fresh = () => existsSync(stamp) && statSync(stamp).mtimeMs >= sources;
  if (fresh()) return;
  const lock = join(tmpdir(), 'baton-web-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500)); // another test file is building
    }
  }
  try {
    if (fresh()) return;
    const { build } = await import('vite');
    await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'error' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

export interface Stack {
  url: string;
  apiUrl: string;
  /** Every JS file the browser fetched from the app, in order. */
  scripts: string[];
  /** Runs the server's outbox (notifications, webhooks) until nothing is due. */
  drainOutbox(): Promise<void>;
  close(): Promise<void>;
}

/** The real server (fresh SQLite, demo org; every demo user's password is PASSWORD) behind a static server for dist. */
export async function startStack(): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-browser-'));
  const store = await openSqliteStore({ file: join(dir, 'baton.sqlite') });
  const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
  await seedDemoOrg(store, DEMO_ORG, hasher, systemClock.now().toISOString(), PASSWORD);
  const baton = createApp({
    store, clock: systemClock, ids: randomIds, hasher, logger: silentLogger,
    secrets: { sessionKey: new TextEncoder().encode('browser-test-secret-browser-test-secret') },
    options: { loginAttempts: 1000 },
  });
  const api = await listen(baton.app, 0);
  const outbox = createAppOutboxWorker(baton.ctx);
  const apiUrl = new URL(api.url);
  const scripts: string[] = [];

  const web = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      const upstream = httpRequest({ host: apiUrl.hostname, port: apiUrl.port, path: url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => { res.writeHead(502); res.end(); });
      req.pipe(upstream);
      return;
    }
    const path = normalize(decodeURIComponent(url.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
    if (extname(file) === '.js') scripts.push(path);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
  const port = (web.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    apiUrl: api.url,
    scripts,
    drainOutbox: async () => void (await outbox.drain()),
    async close() {
      await new Promise<void>((r) => web.close(() => r()));
      await api.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export type Device = 'desktop' | 'phone';
const DEVICES = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

/** A page signed in as `user` through the login form, in `locale`, at a desktop (default) or phone size. */
export async function signedInPage(browser: Browser, stack: Pick<Stack, 'url'>, user: string, locale: 'zh-CN' | 'en', device: Device = 'desktop'): Promise<Page> {
  const context = await browser.newContext({ ...DEVICES[device], locale });
  await context.addInitScript((l) => localStorage.setItem('baton.locale', l), locale);
  const page = await context.newPage();
  await page.goto(`${stack.url}/login`);
  await inputOf(page, '[data-test=login-username]').fill(user);
  await inputOf(page, '[data-test=login-password]').fill(PASSWORD);
  await page.click('[data-test=login-submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  page.setDefaultTimeout(10_000);
  return page;
}

/** A session token for `user` (every browser-test user signs in with PASSWORD). */
export async function apiToken(stack: Pick<Stack, 'url'>, user: string): Promise<string> {
  const login = await fetch(`${stack.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`sign-in as ${user}: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { token: string }).token;
}

/** What an API call answered: the status, the JSON body (null when there is none) and the headers (the etag, say). */
export interface ApiReply {
  status: number;
  json: any;
  headers: Headers;
}

/** One API call as `user`, for setting up and checking what the browser did; `headers` adds to
 * the bearer and content type (if-match, idempotency-key). */
export async function apiAs(stack: Pick<Stack, 'url'>, user: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiReply> {
  const r = await fetch(`${stack.url}${path}`, { method, headers: { authorization: `Bearer ${await apiToken(stack, user)}`, 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: r.status, json: (await r.json().catch(() => null)) as any, headers: r.headers };
}

/** The input an Element Plus control renders for `selector` (its attrs land on the input or its wrapper). */
export function inputOf(page: Page, selector: string) {
  return page.locator(selector).locator('xpath=descendant-or-self::input').first();
}

/** Runs a browser scenario; on failure keeps a screenshot of where it stopped. */
export async function withFailureShot<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    await page.screenshot({ path: screenshotPath(`FAILED-${name}`) }).catch(() => undefined);
    throw err;
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** A suite's shared pieces: the built app, the real server stack and one Chromium, set up before
 * the suite's tests and closed after them. Read `suite.stack` and `suite.browser` inside tests. */
export function useBrowserStack(): { stack: Stack; browser: Browser } {
  const suite = {} as { stack: Stack; browser: Browser };
  beforeAll(async () => {
    await ensureWebBuilt();
    suite.stack = await startStack();
    suite.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.close();
  });
  return suite;
}

/** axe's findings on the page (or the part `include` selects) at the given impacts, as "rule: targets" lines. */
export async function axeViolations(page: Page, options: { include?: string; impacts?: ReadonlyArray<string> } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (options.include ? builder.include(options.include) : builder).analyze();
  const impacts = options.impacts ?? ['critical'];
  return result.violations.filter((v) => impacts.includes(v.impact ?? '')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
