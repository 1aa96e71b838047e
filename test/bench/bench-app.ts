// The app the archive and inbox benches call: the real Hono app on the cached dataset file, with
// requests made in-process (app.request: routing, auth, query, JSON; no socket), and timing helpers.
import { loadavg } from 'node:os';
import { argon2idHasher, createApp, openSqliteStore, silentLogger } from '../../packages/server/src/index.ts';
import type { BatonApp, Store } from '../../packages/server/src/index.ts';
import { NOW, PASSWORD } from './archive-dataset.ts';

export interface BenchApp {
  baton: BatonApp;
  store: Store;
  tokens: Record<string, string>;
  /** GETs `path` as `user`, answering the elapsed milliseconds and the parsed body. */
  get(user: string, path: string): Promise<{ ms: number; body: any }>;
}

export async function benchApp(file: string, users: readonly string[]): Promise<BenchApp> {
  const store = await openSqliteStore({ file });
  let n = 0;
  const baton = createApp({
    store, clock: { now: () => new Date(NOW) }, ids: { next: () => `b${++n}` }, secrets: { sessionKey: new Uint8Array(32).fill(7) },
    logger: silentLogger, hasher: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
  });
  const tokens: Record<string, string> = {};
  for (const u of users) {
    const res = await baton.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u, password: PASSWORD }) });
    if (res.status !== 200) throw new Error(`login ${u}: ${res.status}`);
    tokens[u] = ((await res.json()) as { token: string }).token;
  }
  return {
    baton, store, tokens,
    async get(user, path) {
      const t0 = performance.now();
      const res = await baton.app.request(path, { headers: { authorization: `Bearer ${tokens[user]}` } });
      const body = (await res.json()) as unknown;
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${path} as ${user}: ${res.status} ${JSON.stringify(body)}`);
      return { ms, body };
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summary(ms: readonly number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1]! };
}

export const fmt = (x: number) => x.toFixed(2);
export const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
