// PostgreSQL: a tsvector column on archive_entries with a GIN index. The vector is built from the
// segmented tokens with array_to_tsvector (no parser: it would not split Chinese), and the query
// is a tsquery literal of the same tokens, prefixes as :*.
import { sql } from 'kysely';
import type { ArchiveIndex } from './archive-index.ts';
import { indexTokens, tsQuery } from './archive-text.ts';

// A tsvector lexeme may not exceed 2 KB; longer "words" are cut.
const MAX_TOKEN = 200;

export function postgresArchiveIndex(): ArchiveIndex {
  return {
    async add(tx, entryId, text) {
      const tokens = [...new Set(indexTokens(text).map((t) => t.slice(0, MAX_TOKEN)))];
      await tx.updateTable('archive_entries').set({ doc: sql`array_to_tsvector(${tokens}::text[])` } as never).where('id', '=', entryId).execute();
    },
    async remove() {
      // The vector lives on the entry row, which the caller deletes.
    },
    source(db, terms) {
      const qb = db.selectFrom('archive_entries as e');
      if (terms.length === 0) return { qb, idColumn: 'e.id' };
      return { qb: qb.where(sql.ref('e.doc'), '@@', sql`${tsQuery(terms)}::tsquery`), idColumn: 'e.id' };
    },
  };
}
