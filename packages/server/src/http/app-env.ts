import type { Principal } from '../auth/principal.ts';

/** Hono's per-request variables in a Baton app. */
export interface AppEnv {
  Variables: {
    principal: Principal | undefined;
    /** The request body, parsed and checked against the route's schema. */
    body: unknown;
  };
}
