// Archive search: keyword (archive-index.ts) plus filters, newest archived first, cursor pages,
// and only what the viewer may see: admins everything; anyone else the requests they started,
// had a task on, or were CC'd on (archive_viewers, written when archiving).
import type { Db } from '../store/store.ts';
import type { ArchiveIndex, EntrySource } from './archive-index.ts';
import { keywordTerms } from './archive-text.ts';

export interface ArchiveFilters {
  q?: string;
  definition?: string;
  category?: string;
  status?: string;
  initiator?: string;
  /** Requests created at or after this instant (RFC 3339). */
  from?: string;
  /** Requests created before this instant. */
  to?: string;
}

export interface ArchiveViewer {
  userId: string;
  admin: boolean;
}

export interface ArchiveHit {
  id: string;
  title: string;
  definition: string;
  category: string | null;
  status: string;
  initiator: string;
  createdAt: string;
  finishedAt: string | null;
  archivedAt: string;
}

export interface ArchivePage {
  items: ArchiveHit[];
  /** The id to continue after (exclusive), or null on the last page. */
  next: number | null;
}

export async function searchArchive(db: Db, index: ArchiveIndex, viewer: ArchiveViewer, f: ArchiveFilters, after: number | undefined, limit: number): Promise<ArchivePage> {
  const terms = f.q ? keywordTerms(f.q) : [];
  // A keyword of only punctuation matches nothing rather than everything.
  if (f.q && f.q.trim() !== '' && terms.length === 0) return { items: [], next: null };
  const me = viewer.userId;
  // A member browsing (no keyword) walks their own viewer rows, newest first; with a keyword the
  // index walks the matches and each is checked against the viewer table by its primary key.
  const { qb, idColumn } = !viewer.admin && terms.length === 0
    ? { qb: db.selectFrom('archive_viewers as v').innerJoin('archive_entries as e', 'e.id', 'v.entry_id').where('v.user_id', '=', me) as EntrySource, idColumn: 'v.entry_id' }
    : index.source(db, terms);
  let q = qb.select(['e.id as entry', 'e.instance_id', 'e.title', 'e.definition_key', 'e.category', 'e.status', 'e.initiator', 'e.created_at', 'e.finished_at', 'e.archived_at']);
  if (f.definition) q = q.where('e.definition_key', '=', f.definition);
  if (f.category) q = q.where('e.category', '=', f.category);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.initiator) q = q.where('e.initiator', '=', f.initiator);
  if (f.from) q = q.where('e.created_at', '>=', f.from);
  if (f.to) q = q.where('e.created_at', '<', f.to);
  if (!viewer.admin && terms.length > 0) {
    q = q.where((eb: any) => eb.exists(eb.selectFrom('archive_viewers').select('archive_viewers.entry_id').where('archive_viewers.user_id', '=', me).whereRef('archive_viewers.entry_id', '=', 'e.id')));
  }
  if (after !== undefined) q = q.where(idColumn, '<', after);
  const rows = (await q.orderBy(idColumn, 'desc').limit(limit + 1).execute()) as Array<Record<string, unknown>>;
  const page = rows.slice(0, limit);
  const items = page.map((r) => ({
    id: String(r.instance_id), title: String(r.title), definition: String(r.definition_key), category: (r.category as string | null) ?? null,
    status: String(r.status), initiator: String(r.initiator), createdAt: String(r.created_at), finishedAt: (r.finished_at as string | null) ?? null,
    archivedAt: String(r.archived_at),
  }));
  const last = page[page.length - 1];
  return { items, next: rows.length > limit && last ? Number(last.entry) : null };
}
