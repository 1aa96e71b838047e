import type { Context } from 'hono';

/** A path parameter of the matched route ("" if absent, which the routes' patterns rule out). */
export function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
