// Schema migrations, provided in code (no file globbing at run time) and run by Kysely's Migrator
// at start. Each migration is written once for both dialects; only the audit sequence differs.
import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import type { Dialect } from './store.ts';
import { archiveMigration } from '../archive/archive-migration.ts';
import { searchTextMigration } from '../runtime/search-text-migration.ts';

function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'varchar(128)', (c) => c.primaryKey())
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('email', 'varchar(320)')
          .addColumn('department', 'varchar(64)')
          .addColumn('manager', 'varchar(128)')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('system_role', 'varchar(16)', (c) => c.notNull().defaultTo('member'))
          .addColumn('password_hash', 'text')
          .addColumn('out_of_office', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('departments')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('parent', 'varchar(64)')
          .addColumn('head', 'varchar(128)')
          .execute();
        await db.schema
          .createTable('roles')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('name', 'varchar(200)')
          .execute();
        await db.schema
          .createTable('user_roles')
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('role_id', 'varchar(64)', (c) => c.notNull().references('roles.id').onDelete('cascade'))
          .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role_id'])
          .execute();
        await db.schema
          .createTable('org_meta')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('version', 'integer', (c) => c.notNull())
          .execute();
        await db.insertInto('org_meta').values({ id: 1, version: 1 }).execute();
        await db.schema
          .createTable('api_tokens')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('name', 'varchar(200)', (c) => c.notNull())
          .addColumn('token_hash', 'varchar(128)', (c) => c.notNull().unique())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('revoked_at', 'varchar(40)')
          .execute();
        await db.schema
          .createTable('definitions')
          .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('draft', 'text', (c) => c.notNull())
          .addColumn('draft_etag', 'varchar(80)', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) => c.notNull())
          .addColumn('latest_version', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('scopes', 'text', (c) => c.notNull().defaultTo('{}'))
          .addColumn('deleted_at', 'varchar(40)')
          .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('definition_versions')
          .addColumn('key', 'varchar(64)', (c) => c.notNull().references('definitions.key').onDelete('cascade'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('published_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('published_at', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('definition_versions_pk', ['key', 'version'])
          .execute();
        await db.schema
          .createTable('instances')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('definition_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) => c.notNull())
          .addColumn('initiator', 'varchar(128)', (c) => c.notNull())
          .addColumn('title', 'varchar(500)', (c) => c.notNull())
          .addColumn('snapshot', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('search', 'text', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('finished_at', 'varchar(40)')
          .execute();
        await db.schema.createIndex('instances_initiator').on('instances').columns(['initiator', 'created_at']).execute();
        await db.schema.createIndex('instances_definition').on('instances').columns(['definition_key', 'status']).execute();
        await db.schema
          .createTable('tasks')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('instance_id', 'varchar(64)', (c) => c.notNull().references('instances.id').onDelete('cascade'))
          .addColumn('definition_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('node_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('assignee', 'varchar(128)', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('completed_at', 'varchar(40)')
          .execute();
        await db.schema.createIndex('tasks_assignee').on('tasks').columns(['assignee', 'status', 'created_at']).execute();
        await db.schema.createIndex('tasks_instance').on('tasks').columns(['instance_id']).execute();
        await db.schema
          .createTable('cc')
          .addColumn('instance_id', 'varchar(64)', (c) => c.notNull().references('instances.id').onDelete('cascade'))
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
          .addColumn('node_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('cc_pk', ['instance_id', 'user_id', 'node_id'])
          .execute();
        await db.schema.createIndex('cc_user').on('cc').columns(['user_id', 'created_at']).execute();
        await db.schema
          .createTable('request_drafts')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
          .addColumn('definition_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        const audit = db.schema.createTable('audit');
        await (dialect === 'postgres'
          ? audit.addColumn('seq', 'bigserial', (c) => c.primaryKey())
          : audit.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
        )
          .addColumn('at', 'varchar(40)', (c) => c.notNull())
          .addColumn('actor', 'varchar(128)', (c) => c.notNull())
          .addColumn('action', 'varchar(64)', (c) => c.notNull())
          .addColumn('subject', 'varchar(200)', (c) => c.notNull())
          .addColumn('detail', 'text', (c) => c.notNull())
          .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('hash', 'varchar(64)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_subject').on('audit').columns(['subject', 'seq']).execute();
        await db.schema
          .createTable('audit_head')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('seq', 'bigint', (c) => c.notNull())
          .addColumn('hash', 'varchar(64)', (c) => c.notNull())
          .execute();
        await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: '0'.repeat(64) }).execute();
        await db.schema
          .createTable('outbox')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('instance_id', 'varchar(64)')
          .addColumn('kind', 'varchar(64)', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('available_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('outbox_ready').on('outbox').columns(['status', 'available_at']).execute();
        await db.schema
          .createTable('timers')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('instance_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('due_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('status', 'varchar(16)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('timers_due').on('timers').columns(['status', 'due_at']).execute();
        await db.schema
          .createTable('idempotency')
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
          .addColumn('key', 'varchar(200)', (c) => c.notNull())
          .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
          .addColumn('status', 'integer', (c) => c.notNull())
          .addColumn('response', 'text', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_pk', ['user_id', 'key'])
          .execute();
      },
      async down(db: Kysely<any>) {
        for (const t of ['idempotency', 'timers', 'outbox', 'audit_head', 'audit', 'request_drafts', 'cc', 'tasks', 'instances',
          'definition_versions', 'definitions', 'api_tokens', 'org_meta', 'user_roles', 'roles', 'departments', 'users']) {
          await db.schema.dropTable(t).ifExists().execute();
        }
      },
    },
    '0002-outbox-delivery': {
      // The outbox worker's lease and delivery log, and webhook subscriptions (src/outbox, src/effects).
      async up(db: Kysely<any>) {
        await db.schema.alterTable('outbox').addColumn('lease_until', 'varchar(40)').execute();
        await db.schema.alterTable('outbox').addColumn('lease_owner', 'varchar(64)').execute();
        await db.schema.alterTable('outbox').addColumn('last_error', 'text').execute();
        await db.schema.alterTable('outbox').addColumn('response_code', 'integer').execute();
        await db.schema.alterTable('outbox').addColumn('subscription_id', 'varchar(64)').execute();
        await db.schema.alterTable('outbox').addColumn('finished_at', 'varchar(40)').execute();
        await db.schema.createIndex('outbox_subscription').on('outbox').columns(['subscription_id', 'created_at']).execute();
        await db.schema
          .createTable('webhook_subscriptions')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('events', 'text', (c) => c.notNull())
          .addColumn('secret', 'varchar(200)', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropTable('webhook_subscriptions').ifExists().execute();
        await db.schema.dropIndex('outbox_subscription').ifExists().execute();
        for (const c of ['finished_at', 'subscription_id', 'response_code', 'last_error', 'lease_owner', 'lease_until']) {
          await db.schema.alterTable('outbox').dropColumn(c).execute();
        }
      },
    },
    '0003-records': {
      // CRM records, their types, change-request field locks, round-robin cursors and inbound
      // webhooks (src/records).
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('record_types')
          .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('updated_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('records')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('type', 'varchar(64)', (c) => c.notNull())
          .addColumn('owner', 'varchar(128)', (c) => c.notNull())
          .addColumn('department', 'varchar(64)')
          .addColumn('values', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('title', 'varchar(500)', (c) => c.notNull())
          .addColumn('search', 'text', (c) => c.notNull())
          .addColumn('external_id', 'varchar(200)')
          .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('deleted_at', 'varchar(40)')
          .execute();
        await db.schema.createIndex('records_type_created').on('records').columns(['type', 'created_at', 'id']).execute();
        await db.schema.createIndex('records_type_owner').on('records').columns(['type', 'owner']).execute();
        await db.schema.createIndex('records_external').on('records').columns(['type', 'external_id']).unique().execute();
        await db.schema
          .createTable('record_locks')
          .addColumn('record_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('field', 'varchar(64)', (c) => c.notNull())
          .addColumn('instance_id', 'varchar(64)', (c) => c.notNull())
          .addColumn('definition_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('record_locks_pk', ['record_id', 'field'])
          .execute();
        await db.schema.createIndex('record_locks_instance').on('record_locks').columns(['instance_id']).execute();
        await db.schema
          .createTable('owner_cursors')
          .addColumn('pool', 'varchar(200)', (c) => c.primaryKey())
          .addColumn('position', 'integer', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('inbound_hooks')
          .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('secret', 'varchar(200)', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('inbound_receipts')
          .addColumn('hook_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('message_id', 'varchar(200)', (c) => c.notNull())
          .addColumn('received_at', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('inbound_receipts_pk', ['hook_key', 'message_id'])
          .execute();
      },
      async down(db: Kysely<any>) {
        for (const t of ['inbound_receipts', 'inbound_hooks', 'owner_cursors', 'record_locks', 'records', 'record_types']) {
          await db.schema.dropTable(t).ifExists().execute();
        }
      },
    },
    '0004-archive': archiveMigration(dialect),
    '0012-search-without-hidden': searchTextMigration,
    '0010-trigger-cause': {
      // Record-trigger loops (records/record-triggers.ts): how deep in a chain of trigger starts an
      // instance is (0: a person, a webhook or a schedule started it) and the instance whose
      // record write started it. Columns, not snapshot fields: the engine never reads them.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('instances').addColumn('trigger_depth', 'integer', (c) => c.notNull().defaultTo(0)).execute();
        await db.schema.alterTable('instances').addColumn('caused_by', 'varchar(64)').execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.alterTable('instances').dropColumn('caused_by').execute();
        await db.schema.alterTable('instances').dropColumn('trigger_depth').execute();
      },
    },
    '0015-trigger-record': {
      // The per-record cap on trigger starts (records/record-triggers.ts) counts a record's
      // trigger-started instances of the last hour: the record on the instance, indexed with the time.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('instances').addColumn('trigger_record', 'varchar(64)').execute();
        await db.schema.createIndex('instances_trigger_record').on('instances').columns(['trigger_record', 'created_at']).execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropIndex('instances_trigger_record').ifExists().execute();
        await db.schema.alterTable('instances').dropColumn('trigger_record').execute();
      },
    },
    '0009-scenarios': {
      // Scenarios saved with a flow (from a template or the studio) and run against the live org.
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('definition_scenarios')
          .addColumn('key', 'varchar(64)', (c) => c.notNull())
          .addColumn('id', 'varchar(64)', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .addPrimaryKeyConstraint('definition_scenarios_pk', ['key', 'id'])
          .execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropTable('definition_scenarios').ifExists().execute();
      },
    },
    '0011-attachment-lifecycle': {
      // Attachment quota and orphan sweep (src/attachments): when an upload was first found held by
      // a request, draft or record (checked once, then skipped), and the sweeper's candidate order.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('attachments').addColumn('held_at', 'varchar(40)').execute();
        await db.schema.createIndex('attachments_unheld').on('attachments').columns(['held_at', 'created_at']).execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropIndex('attachments_unheld').ifExists().execute();
        await db.schema.alterTable('attachments').dropColumn('held_at').execute();
      },
    },
    '0014-attachment-quota-checks': {
      // Attachment quota and sweep (src/attachments): the sweep's two phases (`doomed_at`: marked
      // unheld, deleted by a later sweep if still unheld; `kept_at`: last found named only by a
      // draft) and per-user quota events (refused uploads counted by the hourly rate, and when the
      // slow holder check last ran), pruned to the last hour per user.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('attachments').addColumn('doomed_at', 'varchar(40)').execute();
        await db.schema.alterTable('attachments').addColumn('kept_at', 'varchar(40)').execute();
        await db.schema
          .createTable('attachment_quota_events')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
          .addColumn('kind', 'varchar(16)', (c) => c.notNull())
          .addColumn('at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('attachment_quota_events_user').on('attachment_quota_events').columns(['user_id', 'kind', 'at']).execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropTable('attachment_quota_events').ifExists().execute();
        await db.schema.alterTable('attachments').dropColumn('kept_at').execute();
        await db.schema.alterTable('attachments').dropColumn('doomed_at').execute();
      },
    },
    '0008-attachments': {
      // Uploaded files (src/attachments), bytes in the row: bytea on PostgreSQL, blob on SQLite.
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('attachments')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('name', 'varchar(255)', (c) => c.notNull())
          .addColumn('content_type', 'varchar(128)', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
          .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
          .addColumn('uploaded_by', 'varchar(128)', (c) => c.notNull())
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('attachments_uploader').on('attachments').columns(['uploaded_by', 'created_at']).execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropTable('attachments').ifExists().execute();
      },
    },
    '0007-analytics': {
      // Analytics reads a flow's requests by start and by finish time, its tasks by creation time and
      // its pending tasks oldest first; the wider indexes cover those reads (no table lookups).
      async up(db: Kysely<any>) {
        await db.schema.createIndex('instances_definition_created').on('instances').columns(['definition_key', 'created_at']).execute();
        await db.schema.createIndex('instances_definition_finished').on('instances').columns(['definition_key', 'finished_at', 'status', 'created_at']).execute();
        await db.schema.createIndex('tasks_definition_created').on('tasks').columns(['definition_key', 'created_at', 'node_id', 'assignee', 'status', 'completed_at']).execute();
        await db.schema.createIndex('tasks_definition_status').on('tasks').columns(['definition_key', 'status', 'created_at', 'node_id', 'assignee']).execute();
      },
      async down(db: Kysely<any>) {
        for (const i of ['tasks_definition_status', 'tasks_definition_created', 'instances_definition_finished', 'instances_definition_created']) await db.schema.dropIndex(i).ifExists().execute();
      },
    },
    '0016-schedule-timezone-source': {
      // Where a schedule's zone came from (src/schedules): 'trigger' (its own) or 'default' (the
      // reconciling process's option). Rows written before keep null and keep their zone.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('schedules').addColumn('timezone_source', 'varchar(16)').execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.alterTable('schedules').dropColumn('timezone_source').execute();
      },
    },
    '0013-notification-titles': {
      // A notice's title in English beside the zh-CN one in `title` (src/notifications). Rows
      // written before keep null here and answer their one title in both languages.
      async up(db: Kysely<any>) {
        await db.schema.alterTable('notifications').addColumn('title_en', 'varchar(400)').execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.alterTable('notifications').dropColumn('title_en').execute();
      },
    },
    '0006-notifications': {
      // In-app notifications (one row per recipient and effect: the id is derived from both, so
      // outbox retries write each once) and each user's notification language (src/notifications).
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('notifications')
          .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
          .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
          .addColumn('kind', 'varchar(32)', (c) => c.notNull())
          .addColumn('instance_id', 'varchar(64)')
          .addColumn('effect_id', 'varchar(128)', (c) => c.notNull())
          .addColumn('title', 'varchar(400)', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('actor', 'varchar(128)')
          .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
          .addColumn('read_at', 'varchar(40)')
          .execute();
        await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at', 'id']).execute();
        await db.schema.createIndex('notifications_unread').on('notifications').columns(['user_id', 'read_at']).execute();
        await db.schema
          .createTable('notification_settings')
          .addColumn('user_id', 'varchar(128)', (c) => c.primaryKey())
          .addColumn('locale', 'varchar(8)', (c) => c.notNull())
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropTable('notification_settings').ifExists().execute();
        await db.schema.dropTable('notifications').ifExists().execute();
      },
    },
    '0005-schedules': {
      // Cron-scheduled triggers (src/schedules): one row per schedule with its next due time,
      // claimed by a conditional update so one process fires each due time.
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('schedules')
          .addColumn('id', 'varchar(200)', (c) => c.primaryKey())
          .addColumn('kind', 'varchar(16)', (c) => c.notNull())
          .addColumn('owner_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('trigger_index', 'integer', (c) => c.notNull())
          .addColumn('cron', 'varchar(100)', (c) => c.notNull())
          .addColumn('timezone', 'varchar(64)', (c) => c.notNull())
          .addColumn('start_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('next_due_at', 'varchar(40)')
          .addColumn('last_fired_at', 'varchar(40)')
          .addColumn('last_result', 'text')
          .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('schedules_due').on('schedules').columns(['next_due_at']).execute();
      },
      async down(db: Kysely<any>) {
        await db.schema.dropTable('schedules').ifExists().execute();
      },
    },
  };
}

class InCodeMigrationProvider implements MigrationProvider {
  readonly #dialect: Dialect;
  constructor(dialect: Dialect) {
    this.#dialect = dialect;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.#dialect);
  }
}

/** Brings the database to the latest schema. Returns the result set; never throws. */
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<MigrationResultSet> {
  // Migrations are named by the feature that added them; several were added side by side, so a
  // data folder may have run a later-named one first. Each is independent of the others.
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(dialect), allowUnorderedMigrations: true });
  return migrator.migrateToLatest();
}
