// Whether anything holds an upload, and how: a request (its snapshot, live or archived: archiving
// keeps the row) or a record (soft-deleted ones too: they can come back) holds it for good; a
// saved request draft only keeps it for now (drafts are discarded freely, so a file named only by
// one stays pending: it counts toward the quota and the sweep looks again later). Known by reading
// those rows, not by hooks in every write path, so no writer can forget it: a holder is a row
// whose JSON text names the id as a string ("att_…"), which is how an attachment field's value
// { id, name, … } is stored. Any mention counts; a false positive only keeps a file.
//
// Reading is one pass over the holders for a whole set of uploads (the text of rows without
// `"att_` stays in the database), not one scan per upload: at 20,000 requests of 4 KB, a LIKE per
// upload cost 175 ms each. The first time a pass finds an upload held by a request or record,
// `held_at` is set and later checks skip it. A file whose request is later purged by retention
// therefore stays: keeping a file too long is the cheap mistake, deleting one a request shows is
// the expensive one.
import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../store/database.ts';
import type { Db, Dialect } from '../store/store.ts';

const PAGE = 500;
const MENTION = /"(att_[A-Za-z0-9-]{1,60})"/g;

/** 'lasting': a request or record names it; 'draft': only a saved request draft does. */
export type HoldKind = 'lasting' | 'draft';

interface Holder { table: 'instances' | 'request_drafts' | 'records'; column: 'snapshot' | 'data' | 'values'; kind: HoldKind }
const HOLDERS: readonly Holder[] = [
  { table: 'instances', column: 'snapshot', kind: 'lasting' },
  { table: 'request_drafts', column: 'data', kind: 'draft' },
  { table: 'records', column: 'values', kind: 'lasting' },
];

/**
 * How each of `candidates` that something names is held (one pass over each holder table; a
 * lasting holder wins over a draft); with `since`, only rows written at or after it are read;
 * with `lastingOnly`, drafts are not read.
 */
export async function holdsAmong(db: Db, dialect: Dialect, candidates: Iterable<string>, opts: { since?: string; lastingOnly?: boolean } = {}): Promise<Map<string, HoldKind>> {
  const wanted = new Set(candidates);
  const found = new Map<string, HoldKind>();
  let lasting = 0;
  if (!wanted.size) return found;
  // instr (SQLite) and strpos (PostgreSQL) take (text, needle) alike; the name is one of two constants.
  const position = sql.raw(dialect === 'postgres' ? 'strpos' : 'instr');
  for (const h of HOLDERS) {
    if (opts.lastingOnly && h.kind !== 'lasting') continue;
    for (let after = ''; ;) {
      // Paged by the primary key alone (an index walk on both dialects); the text comes back only
      // from rows that mention an attachment at all.
      let q = db.selectFrom(h.table as 'instances')
        .select(['id', sql<string | null>`case when ${position}(${sql.ref(h.column)}, ${sql.lit('"att_')}) > 0 then ${sql.ref(h.column)} end`.as('text')])
        .where('id', '>', after);
      if (opts.since !== undefined) q = q.where('updated_at', '>=', opts.since);
      const rows = await q.orderBy('id').limit(PAGE).execute();
      for (const r of rows) {
        if (!r.text) continue;
        for (const m of r.text.matchAll(MENTION)) {
          const id = m[1]!;
          if (!wanted.has(id) || found.get(id) === 'lasting') continue;
          found.set(id, h.kind);
          if (h.kind === 'lasting') lasting++;
        }
      }
      if (rows.length < PAGE || lasting === wanted.size) break;
      after = rows[rows.length - 1]!.id;
    }
    if (lasting === wanted.size) break;
  }
  return found;
}

/** The ids of `candidates` that a request or record names (drafts not read). */
export async function heldAmong(db: Db, dialect: Dialect, candidates: Iterable<string>, since?: string): Promise<Set<string>> {
  return new Set((await holdsAmong(db, dialect, candidates, { since, lastingOnly: true })).keys());
}

/**
 * The condition "a row written at or after `since` names attachments.id", over requests, records
 * and (unless `lastingOnly`) drafts, for a DELETE's own re-check. `updated_at` comes first, so
 * the (TOASTed) text is only read and searched in those rows; without `since`, every row.
 */
export function namedSince(eb: ExpressionBuilder<Database, 'attachments'>, since: string | undefined, lastingOnly = false): Expression<SqlBool> {
  // Constant text around the column: no value is pasted into the statement.
  const quoted = sql<string>`${sql.lit('%"')} || ${eb.ref('attachments.id')} || ${sql.lit('"%')}`;
  return eb.or(HOLDERS.filter((h) => !lastingOnly || h.kind === 'lasting').map((h) => {
    let q = eb.selectFrom(h.table as 'instances').select(sql.lit(1).as('one'));
    if (since !== undefined) q = q.where(sql.ref(`${h.table}.updated_at`), '>=', since);
    return eb.exists(q.where(sql.ref(`${h.table}.${h.column}`), 'like', quoted));
  }));
}

/** Marks held (at `now`) those of a user's unheld uploads that a request or record names; answers how many. */
export async function markHeldUploadsOf(db: Db, dialect: Dialect, userId: string, now: string): Promise<number> {
  const unheld = await db.selectFrom('attachments').select('id').where('uploaded_by', '=', userId).where('held_at', 'is', null).execute();
  const held = [...(await heldAmong(db, dialect, unheld.map((r) => r.id)))];
  let marked = 0;
  for (let i = 0; i < held.length; i += PAGE) {
    const r = await db.updateTable('attachments').set({ held_at: now, doomed_at: null, kept_at: null }).where('id', 'in', held.slice(i, i + PAGE)).where('held_at', 'is', null).executeTakeFirst();
    marked += Number(r.numUpdatedRows);
  }
  return marked;
}
