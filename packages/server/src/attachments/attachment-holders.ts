// Whether anything holds an upload: a request (its snapshot, live or archived: archiving keeps the
// row), a saved request draft, or a record (soft-deleted ones too: they can come back). Known by
// reading those rows, not by hooks in every write path, so no writer can forget it: a holder is a
// row whose JSON text names the id as a string ("att_…"), which is how an attachment field's value
// { id, name, … } is stored. Any mention counts; a false positive only keeps a file.
//
// Reading is one pass over the holders for a whole set of uploads (the text of rows without
// `"att_` stays in the database), not one scan per upload: at 20,000 requests of 4 KB, a LIKE per upload
// cost 175 ms each. The first time a pass finds an upload held, `held_at` is set and later checks
// skip it, so each upload is looked for about once. A file whose holder later goes away (a
// discarded draft, a cleared field, a request purged by retention) therefore stays: keeping a file
// too long is the cheap mistake, deleting one a request shows is the expensive one.
import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../store/database.ts';
import type { Db, Dialect } from '../store/store.ts';

const PAGE = 500;
const MENTION = /"(att_[A-Za-z0-9-]{1,60})"/g;

type Holder = { table: 'instances' | 'request_drafts' | 'records'; column: 'snapshot' | 'data' | 'values' };
const HOLDERS: readonly Holder[] = [
  { table: 'instances', column: 'snapshot' },
  { table: 'request_drafts', column: 'data' },
  { table: 'records', column: 'values' },
];

/**
 * The ids of `candidates` that some request, draft or record names (one pass over each holder
 * table); with `since`, only rows written at or after it are read.
 */
export async function heldAmong(db: Db, dialect: Dialect, candidates: Iterable<string>, since?: string): Promise<Set<string>> {
  const wanted = new Set(candidates);
  const found = new Set<string>();
  if (!wanted.size) return found;
  // instr (SQLite) and strpos (PostgreSQL) take (text, needle) alike; the name is one of two constants.
  const position = sql.raw(dialect === 'postgres' ? 'strpos' : 'instr');
  for (const h of HOLDERS) {
    for (let after = ''; ;) {
      // Paged by the primary key alone (an index walk on both dialects); the text comes back only
      // from rows that mention an attachment at all.
      let q = db.selectFrom(h.table as 'instances')
        .select(['id', sql<string | null>`case when ${position}(${sql.ref(h.column)}, ${sql.lit('"att_')}) > 0 then ${sql.ref(h.column)} end`.as('text')])
        .where('id', '>', after);
      if (since !== undefined) q = q.where('updated_at', '>=', since);
      const rows = await q.orderBy('id').limit(PAGE).execute();
      for (const r of rows) {
        if (r.text) for (const m of r.text.matchAll(MENTION)) if (wanted.has(m[1]!)) found.add(m[1]!);
      }
      if (rows.length < PAGE || found.size === wanted.size) break;
      after = rows[rows.length - 1]!.id;
    }
    if (found.size === wanted.size) break;
  }
  return found;
}

/**
 * The condition "a request, draft or record written at or after `since` names attachments.id",
 * for a DELETE's own re-check on PostgreSQL: whatever was written before `since` the pass has
 * already read, so only rows written since (a request started meanwhile) are looked at.
 * `updated_at` comes first, so the (TOASTed) text is only read and searched in those rows.
 */
export function heldSince(eb: ExpressionBuilder<Database, 'attachments'>, since: string): Expression<SqlBool> {
  // Constant text around the column: no value is pasted into the statement.
  const quoted = sql<string>`${sql.lit('%"')} || ${eb.ref('attachments.id')} || ${sql.lit('"%')}`;
  return eb.or(HOLDERS.map((h) =>
    eb.exists(eb.selectFrom(h.table as 'instances').select(sql.lit(1).as('one'))
      .where(sql.ref(`${h.table}.updated_at`), '>=', since).where(sql.ref(`${h.table}.${h.column}`), 'like', quoted))));
}

/** Marks held (at `now`) those of a user's unheld uploads that something names; answers how many. */
export async function markHeldUploadsOf(db: Db, dialect: Dialect, userId: string, now: string): Promise<number> {
  const unheld = await db.selectFrom('attachments').select('id').where('uploaded_by', '=', userId).where('held_at', 'is', null).execute();
  const held = [...(await heldAmong(db, dialect, unheld.map((r) => r.id)))];
  let marked = 0;
  for (let i = 0; i < held.length; i += PAGE) {
    const r = await db.updateTable('attachments').set({ held_at: now }).where('id', 'in', held.slice(i, i + PAGE)).where('held_at', 'is', null).executeTakeFirst();
    marked += Number(r.numUpdatedRows);
  }
  return marked;
}
