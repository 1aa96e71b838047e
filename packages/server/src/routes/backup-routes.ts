// Backup for admins: the whole store as one streamed JSON export (`baton backup import` loads it
// into an empty database on either dialect).
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { AppContext } from '../app-context.ts';
import { writeExport } from '../backup/export-writer.ts';
import type { AppEnv } from '../http/app-env.ts';

export function backupRoutes(ctx: AppContext): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  ctx.book.add(r, '/api/admin', { method: 'GET', path: '/export', access: 'admin', summary: 'Every table of the store as one JSON export, streamed (a consistent snapshot)', tag: 'admin' }, (c) => {
    const now = ctx.nowIso();
    c.header('content-type', 'application/json; charset=utf-8');
    c.header('content-disposition', `attachment; filename="baton-export-${now.slice(0, 19).replace(/[:T]/g, '-')}.json"`);
    c.header('cache-control', 'no-store');
    return stream(c, async (s) => {
      try {
        await writeExport(ctx.store, now, (chunk) => s.write(chunk).then(() => undefined));
      } catch (e) {
        // The status is already sent: cut the body short so the file cannot parse as a whole export.
        ctx.logger.error('export failed', { error: String(e) });
        s.abort();
      }
    });
  });
  return r;
}
