// Storage per uploader for admins: files and bytes, split into held (a request or record names
// the file) and pending (nothing does yet, or only a draft: what the quota counts and the sweeper
// looks at once old enough). Rows marked held count as held; unheld ones are looked up in their
// holders, so the figures are exact at the time of the read, and nothing is written.
import type { AppContext } from '../app-context.ts';
import { heldAmong } from './attachment-holders.ts';

export const USAGE_TOP = 50;

export interface UploaderUsage {
  userId: string;
  files: number;
  bytes: number;
  heldFiles: number;
  heldBytes: number;
  pendingFiles: number;
  pendingBytes: number;
}

export interface AttachmentUsage {
  /** The uploaders with the most bytes, at most USAGE_TOP, most first. */
  uploaders: UploaderUsage[];
  /** Every uploader together. */
  total: Omit<UploaderUsage, 'userId'> & { uploaders: number };
}

export async function attachmentUsage(ctx: AppContext): Promise<AttachmentUsage> {
  const { db, dialect } = ctx.store;
  const grouped = await db.selectFrom('attachments')
    .select((eb) => ['uploaded_by', eb.fn.countAll<number | string>().as('files'), eb.fn.sum<number | string>('size').as('bytes')])
    .where('held_at', 'is not', null).groupBy('uploaded_by').execute();
  // Unheld rows are few (the sweeper removes or marks them after attachmentOrphanHours): each one is
  // looked for in one pass over the requests and records.
  const unheld = await db.selectFrom('attachments').select(['id', 'uploaded_by', 'size']).where('held_at', 'is', null).execute();
  const held = await heldAmong(db, dialect, unheld.map((r) => r.id));
  const by = new Map<string, UploaderUsage>();
  const of = (userId: string) => {
    let u = by.get(userId);
    if (!u) by.set(userId, (u = { userId, files: 0, bytes: 0, heldFiles: 0, heldBytes: 0, pendingFiles: 0, pendingBytes: 0 }));
    return u;
  };
  for (const g of grouped) {
    const u = of(g.uploaded_by);
    u.files += Number(g.files);
    u.bytes += Number(g.bytes);
    u.heldFiles += Number(g.files);
    u.heldBytes += Number(g.bytes);
  }
  for (const r of unheld) {
    const u = of(r.uploaded_by);
    const size = Number(r.size);
    u.files++;
    u.bytes += size;
    if (held.has(r.id)) {
      u.heldFiles++;
      u.heldBytes += size;
    } else {
      u.pendingFiles++;
      u.pendingBytes += size;
    }
  }
  // One entry per uploader (bounded by the org's size): totals over all, the list cut to the top.
  const all = [...by.values()];
  all.sort((a, b) => b.bytes - a.bytes || a.userId.localeCompare(b.userId));
  const total = { uploaders: all.length, files: 0, bytes: 0, heldFiles: 0, heldBytes: 0, pendingFiles: 0, pendingBytes: 0 };
  for (const u of all) {
    total.files += u.files;
    total.bytes += u.bytes;
    total.heldFiles += u.heldFiles;
    total.heldBytes += u.heldBytes;
    total.pendingFiles += u.pendingFiles;
    total.pendingBytes += u.pendingBytes;
  }
  return { uploaders: all.slice(0, USAGE_TOP), total };
}
