// Everything a route needs, built once per app from its deps.
import type { AppDeps, AppOptions, Clock, Ids, Logger, Secrets } from './deps.ts';
import { DEFAULT_OPTIONS } from './deps.ts';
import type { LoginLimiter } from './auth/login-limiter.ts';
import { createLoginLimiter } from './auth/login-limiter.ts';
import type { PasswordHasher } from './auth/passwords.ts';
import { argon2idHasher } from './auth/passwords.ts';
import type { RouteBook } from './http/route-book.ts';
import { createRouteBook } from './http/route-book.ts';
import type { Store } from './store/store.ts';
import type { DirectoryCache } from './org/directory-cache.ts';
import { createDirectoryCache } from './org/directory-cache.ts';
import type { Runtime } from './runtime/command-runner.ts';
import { createRuntime } from './runtime/command-runner.ts';
import { createEnginePort } from './runtime/engine-port.ts';

export interface AppContext {
  store: Store;
  clock: Clock;
  ids: Ids;
  secrets: Secrets;
  logger: Logger;
  options: AppOptions;
  book: RouteBook;
  limiter: LoginLimiter;
  hasher: PasswordHasher;
  directory: DirectoryCache;
  /** The current time as an RFC 3339 string. */
  nowIso(): string;
  /** The command path (set once the context exists: it needs the context). */
  runtime: Runtime;
}

export function createAppContext(deps: AppDeps & { hasher?: PasswordHasher }): AppContext {
  const options = { ...DEFAULT_OPTIONS, ...deps.options };
  const ctx: AppContext = {
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    secrets: deps.secrets,
    logger: deps.logger,
    options,
    book: createRouteBook(),
    limiter: createLoginLimiter(options.loginAttempts, options.loginWindowMs),
    hasher: deps.hasher ?? argon2idHasher(),
    directory: createDirectoryCache(deps.store),
    nowIso: () => deps.clock.now().toISOString(),
    runtime: undefined as unknown as Runtime,
  };
  ctx.runtime = createRuntime(ctx, createEnginePort());
  return ctx;
}
