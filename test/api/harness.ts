// One API suite, several stores (as Kysely's DIALECTS): each test file builds a server per
// dialect on an ephemeral loopback port and talks real HTTP to it. PostgreSQL runs in a
// throwaway cluster started from the machine's binaries.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import {
  argon2idHasher,
  createApp,
  listen,
  openPostgresStore,
  openSqliteStore,
  seedDemoOrg,
  silentLogger,
} from '../../packages/server/src/index.ts';
import type { BatonApp, Store } from '../../packages/server/src/index.ts';
import { afterAll, beforeAll } from 'vitest';
import { startPgCluster } from '../postgres/pg-harness.ts';
import type { PgCluster } from '../postgres/pg-harness.ts';

export type DialectName = 'sqlite' | 'postgres';
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export const DEMO_ORG = JSON.parse(readFileSync(new URL('../../templates/demo-org.json', import.meta.url), 'utf8')) as BatonOrgDirectory;
export const PASSWORD = 'test-pass-1';

export interface FakeClock {
  now(): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(start = '2026-03-02T09:00:00.000Z'): FakeClock {
  let t = Date.parse(start);
  return { now: () => new Date(t), set: (iso) => void (t = Date.parse(iso)), advance: (ms) => void (t += ms) };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as is (no JSON encoding). */
  raw?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  dialect: DialectName;
  url: string;
  baton: BatonApp;
  store: Store;
  clock: FakeClock;
  /** PostgreSQL only: the database URL, for a second server on the same database. */
  databaseUrl?: string;
  /** SQLite only: the database file, for a copy or another connection to it. */
  databaseFile?: string;
  call(method: string, path: string, opts?: CallOptions): Promise<Reply>;
  /** A session token for a demo user (cached). */
  token(user: string): Promise<string>;
  /** A new session for a demo user, never cached: for after the clock has moved past the cached ones' expiry. */
  signIn(user: string): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;
const nextIds = () => {
  let n = 0;
  return { next: () => `id-${++counter}-${++n}` };
};

/** Starts the shared PostgreSQL cluster of a test file (call in beforeAll; stop in afterAll). */
export async function maybeCluster(dialects: readonly DialectName[]): Promise<PgCluster | undefined> {
  return dialects.includes('postgres') ? startPgCluster() : undefined;
}

/** The suite's PostgreSQL cluster (when DIALECTS includes it): started before the suite's tests
 * and stopped after them. Read `cluster.pg` inside beforeAll / tests. */
export function usePgCluster(): { pg: PgCluster | undefined } {
  const cluster: { pg: PgCluster | undefined } = { pg: undefined };
  beforeAll(async () => {
    cluster.pg = await maybeCluster(DIALECTS);
  }, 60_000);
  afterAll(() => cluster.pg?.stop());
  return cluster;
}

export async function startTestServer(dialect: DialectName, pg: PgCluster | undefined, options: Record<string, unknown> = {}): Promise<TestServer> {
  let store: Store;
  let cleanup = async () => {};
  let database: Database = {};
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'baton-api-'));
    const databaseFile = join(dir, 'baton.sqlite');
    database = { databaseFile };
    store = await openSqliteStore({ file: databaseFile });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    if (!pg) throw new Error('no PostgreSQL cluster');
    const databaseUrl = pg.createDatabase(`t${process.pid}_${++counter}`);
    database = { databaseUrl };
    store = await openPostgresStore({ connectionString: databaseUrl, max: 20 });
  }
  const clock = fakeClock();
  const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
  await seedDemoOrg(store, DEMO_ORG, hasher, clock.now().toISOString(), PASSWORD);
  return serveOn(dialect, store, clock, options, database, cleanup);
}

/** A server on a store the test opened itself (a restored copy, another connection to a running
 * server's database), nothing seeded, its clock at `at`; closing it closes the store. */
export async function startServerOn(dialect: DialectName, store: Store, at: string): Promise<TestServer> {
  return serveOn(dialect, store, fakeClock(at), {}, {}, async () => {});
}

/**
 * A second server (its own connection or pool, caches and clock, at `at` or the first one's time)
 * on the first one's database, SQLite file or PostgreSQL: a restarted or another process.
 */
export async function startSecondServer(first: TestServer, at = first.clock.now().toISOString()): Promise<TestServer> {
  if (first.databaseUrl) {
    const store = await openPostgresStore({ connectionString: first.databaseUrl, max: 20 });
    return serveOn('postgres', store, fakeClock(at), {}, { databaseUrl: first.databaseUrl }, async () => {});
  }
  if (!first.databaseFile) throw new Error('a second server needs the first one\'s database file');
  const store = await openSqliteStore({ file: first.databaseFile });
  return serveOn('sqlite', store, fakeClock(at), {}, { databaseFile: first.databaseFile }, async () => {});
}

type Database = Pick<TestServer, 'databaseUrl' | 'databaseFile'>;

async function serveOn(dialect: DialectName, store: Store, clock: FakeClock, options: Record<string, unknown>, database: Database, cleanup: () => Promise<void>): Promise<TestServer> {
  const hasher = argon2idHasher({ memoryCost: 1024, timeCost: 1 });
  const baton = createApp({
    store,
    clock,
    ids: nextIds(),
    secrets: { sessionKey: new TextEncoder().encode('test-secret-test-secret-test-secret!') },
    logger: silentLogger,
    hasher,
    options: { bodyLimit: 64 * 1024, ...options },
  });
  const running = await listen(baton.app, 0);
  const tokens = new Map<string, string>();
  const call: TestServer['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(running.url + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };
  const signIn = async (user: string) => {
    const r = await call('POST', '/api/auth/login', { body: { username: user, password: PASSWORD } });
    if (r.status !== 200) throw new Error(`login ${user}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.token as string;
  };
  return {
    dialect,
    url: running.url,
    baton,
    store,
    clock,
    ...database,
    call,
    signIn,
    async token(user) {
      let t = tokens.get(user);
      if (!t) {
        t = await signIn(user);
        tokens.set(user, t);
      }
      return t;
    },
    async close() {
      await running.close();
      await store.close();
      await cleanup();
    },
  };
}
