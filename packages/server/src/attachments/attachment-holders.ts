// Whether anything holds an upload: a request (its snapshot, live or archived: archiving keeps the
// row), a saved request draft, or a record (soft-deleted ones too: they can come back). Known by a
// query, not by hooks in every write path: a holder is any of those rows whose JSON text names the
// id as a string ("att_…"), which is how an attachment field's value { id, name, … } is stored. A
// false positive (an id quoted in some other text) only keeps a file; nothing can be missed.
//
// The query scans the holders' text, so it is asked once per upload: the first time it answers
// yes, `held_at` is set and later checks skip the row (the quota counts only unheld uploads, the
// sweeper only looks at unheld ones). A file whose holder later goes away (a discarded draft, a
// purged request) therefore stays: keeping a file too long is the cheap mistake, deleting one a
// request shows is the expensive one.
import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../store/database.ts';
import type { Db } from '../store/store.ts';

/** The condition "some request, draft or record names attachments.id", for a query on attachments. */
export function heldBySomething(eb: ExpressionBuilder<Database, 'attachments'>): Expression<SqlBool> {
  // Constant text around the column: no value is pasted into the statement.
  const quoted = sql<string>`${sql.lit('%"')} || ${eb.ref('attachments.id')} || ${sql.lit('"%')}`;
  return eb.or([
    eb.exists(eb.selectFrom('instances').select(sql.lit(1).as('one')).where('instances.snapshot', 'like', quoted)),
    eb.exists(eb.selectFrom('request_drafts').select(sql.lit(1).as('one')).where('request_drafts.data', 'like', quoted)),
    eb.exists(eb.selectFrom('records').select(sql.lit(1).as('one')).where('records.values', 'like', quoted)),
  ]);
}

/** Marks held (at `now`) those of a user's unheld uploads that something now names; answers how many. */
export async function markHeldUploadsOf(db: Db, userId: string, now: string): Promise<number> {
  const r = await db.updateTable('attachments').set({ held_at: now })
    .where('uploaded_by', '=', userId).where('held_at', 'is', null).where(heldBySomething).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
