// Storage per uploader for admins: files and bytes, split into held (a request, draft or record
// names the file) and pending (nothing does yet: the sweeper's candidates once old enough). Rows
// already marked held are not checked again; only unheld ones are looked up in their holders, so
// the figures are exact at the time of the read without writing anything.
import type { AppContext } from '../app-context.ts';
import { heldBySomething } from './attachment-holders.ts';

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
  const rows = await ctx.store.db.selectFrom('attachments')
    .select((eb) => {
      const held = eb.or([eb('held_at', 'is not', null), heldBySomething(eb)]);
      return [
        'uploaded_by',
        eb.fn.countAll<number | string>().as('files'),
        eb.fn.sum<number | string>('size').as('bytes'),
        eb.fn.sum<number | string>(eb.case().when(held).then(1).else(0).end()).as('held_files'),
        eb.fn.sum<number | string>(eb.case().when(held).then(eb.ref('size')).else(0).end()).as('held_bytes'),
      ];
    })
    .groupBy('uploaded_by')
    .execute();
  // One group per uploader (bounded by the org's size): totals over all, the list cut to the top.
  const all = rows.map((r): UploaderUsage => {
    const files = Number(r.files);
    const bytes = Number(r.bytes);
    const heldFiles = Number(r.held_files);
    const heldBytes = Number(r.held_bytes);
    return { userId: r.uploaded_by, files, bytes, heldFiles, heldBytes, pendingFiles: files - heldFiles, pendingBytes: bytes - heldBytes };
  });
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
