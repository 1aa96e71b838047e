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
  // Ids first (often straight from an index, sorted without reading rows), then the page's rows.
  let q = qb.select(`${idColumn} as entry`);
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
  const ids = ((await q.orderBy(idColumn, 'desc').limit(limit + 1).execute()) as Array<{ entry: number | string }>).map((r) => Number(r.entry));
  const pageIds = ids.slice(0, limit);
  const rows = pageIds.length === 0 ? [] : await db.selectFrom('archive_entries')
    .select(['id', 'instance_id', 'title', 'definition_key', 'category', 'status', 'initiator', 'created_at', 'finished_at', 'archived_at'])
    .where('id', 'in', pageIds).execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const items = pageIds.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{
      id: r.instance_id, title: r.title, definition: r.definition_key, category: r.category ?? null, status: r.status, initiator: r.initiator,
      createdAt: r.created_at, finishedAt: r.finished_at ?? null, archivedAt: r.archived_at,
    }] : [];
  });
  const last = pageIds[pageIds.length - 1];
  return { items, next: ids.length > limit && last !== undefined ? last : null };
}
