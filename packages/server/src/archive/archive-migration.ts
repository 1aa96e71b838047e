// Migration 0004-archive: the archived state on instances, one row per archived request
// (archive_entries: what search filters and lists read, denormalised so a search touches one
// table), who may find it (archive_viewers), and the keyword index over it, which differs per dialect: an FTS5 table on SQLite, a
// tsvector column with a GIN index on PostgreSQL. Both index the same segmented text
// (archive-text.ts), so Chinese is found the same way on both.
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../store/store.ts';

export function archiveMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('instances').addColumn('archived_at', 'varchar(40)').execute();
      // Set when an admin restores a request: the policy job leaves it alone from then on.
      await db.schema.alterTable('instances').addColumn('unarchived_at', 'varchar(40)').execute();
      // The policy job's candidates: finished, never archived, per flow, oldest first. Partial, so
      // the planner never takes it for the inbox's "archived_at IS NULL" (it would walk every live
      // request instead of the user's tasks).
      await sql`CREATE INDEX instances_archive_due ON instances (definition_key, finished_at) WHERE archived_at IS NULL AND unarchived_at IS NULL`.execute(db);
      // "Started by me" without the archived ones, newest first (partial for the same reason).
      await sql`CREATE INDEX instances_initiator_live ON instances (initiator, created_at) WHERE archived_at IS NULL`.execute(db);
      const entries = db.schema.createTable('archive_entries');
      await (dialect === 'postgres'
        ? entries.addColumn('id', 'bigserial', (c) => c.primaryKey())
        : entries.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()))
        .addColumn('instance_id', 'varchar(64)', (c) => c.notNull().unique().references('instances.id').onDelete('cascade'))
        .addColumn('definition_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('category', 'varchar(32)')
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('initiator', 'varchar(128)', (c) => c.notNull())
        .addColumn('title', 'varchar(500)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('finished_at', 'varchar(40)')
        .addColumn('archived_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('archive_entries_definition').on('archive_entries').columns(['definition_key', 'archived_at']).execute();
      await db.schema.createIndex('archive_entries_initiator').on('archive_entries').columns(['initiator', 'id']).execute();
      await db.schema.createIndex('archive_entries_created').on('archive_entries').columns(['created_at']).execute();
      await db.schema.createIndex('archive_entries_definition_created').on('archive_entries').columns(['definition_key', 'created_at']).execute();
      // Who may find each archived request (initiator, task assignees, CC'd), so a member's search
      // walks their own rows newest first instead of testing every archived request.
      await db.schema
        .createTable('archive_viewers')
        .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('entry_id', 'bigint', (c) => c.notNull().references('archive_entries.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('archive_viewers_pk', ['user_id', 'entry_id'])
        .execute();
      await db.schema.createIndex('archive_viewers_entry').on('archive_viewers').columns(['entry_id']).execute();
      if (dialect === 'postgres') {
        await db.schema.alterTable('archive_entries').addColumn('doc', sql`tsvector`).execute();
        await sql`CREATE INDEX archive_entries_doc ON archive_entries USING GIN (doc)`.execute(db);
      } else {
        // rowid = archive_entries.id; kept in step by archive-index.ts in the same transaction.
        await sql`CREATE VIRTUAL TABLE archive_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      }
    },
    async down(db: Kysely<any>) {
      if (dialect === 'sqlite') await sql`DROP TABLE IF EXISTS archive_fts`.execute(db);
      await db.schema.dropTable('archive_viewers').ifExists().execute();
      await db.schema.dropTable('archive_entries').ifExists().execute();
      for (const i of ['instances_initiator_live', 'instances_archive_due']) await db.schema.dropIndex(i).ifExists().execute();
      for (const c of ['unarchived_at', 'archived_at']) await db.schema.alterTable('instances').dropColumn(c).execute();
    },
  };
}
