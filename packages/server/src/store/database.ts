// The tables, as Kysely sees them. Timestamps are RFC 3339 strings and JSON columns are text on
// both dialects, so rows read the same from SQLite and PostgreSQL.
import type { ColumnType, Generated } from 'kysely';

export type SystemRole = 'admin' | 'designer' | 'member';

export interface UsersTable {
  id: string;
  name: string;
  email: string | null;
  department: string | null;
  manager: string | null;
  active: number;
  system_role: SystemRole;
  password_hash: string | null;
  /** JSON array of out-of-office rules. */
  out_of_office: string;
  created_at: string;
  updated_at: string;
}

export interface DepartmentsTable {
  id: string;
  name: string;
  parent: string | null;
  head: string | null;
}

export interface RolesTable {
  id: string;
  name: string | null;
}

export interface UserRolesTable {
  user_id: string;
  role_id: string;
}

export interface OrgMetaTable {
  id: number;
  /** Bumped by every org change so directory caches know when to reload. */
  version: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export type DefinitionStatus = 'active' | 'inactive' | 'archived';

export interface DefinitionsTable {
  key: string;
  /** JSON: the draft document. */
  draft: string;
  draft_etag: string;
  status: DefinitionStatus;
  latest_version: number;
  /** JSON: { start?: {users, roles, departments}, manage?: {users, roles} }. */
  scopes: string;
  deleted_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DefinitionVersionsTable {
  key: string;
  version: number;
  /** JSON: the published, frozen document. */
  body: string;
  published_by: string;
  published_at: string;
}

export type InstanceStatus = 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn' | 'terminated';

export interface InstancesTable {
  id: string;
  definition_key: string;
  version: number;
  status: string;
  initiator: string;
  title: string;
  /** JSON: the engine snapshot. */
  snapshot: string;
  revision: number;
  /** Lower-cased title and text values, for keyword search. */
  search: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  /** When the request was archived (归档); null while live. */
  archived_at: string | null;
  /** When an admin last restored it from the archive: the policy job leaves it alone after. */
  unarchived_at: string | null;
  /** Record-trigger chain depth: 0 when a person, webhook or schedule started it; d+1 when a
   * trigger fired on a write by an instance of depth d (records/record-triggers.ts). */
  trigger_depth: Generated<number>;
  /** The instance whose record write started this one through a trigger; null otherwise. */
  caused_by: string | null;
  /** The record whose trigger started this one (null otherwise): the per-record hourly cap. */
  trigger_record: string | null;
}

export interface TasksTable {
  id: string;
  instance_id: string;
  definition_key: string;
  node_id: string;
  assignee: string;
  status: string;
  created_at: string;
  completed_at: string | null;
}

export interface CcTable {
  instance_id: string;
  user_id: string;
  node_id: string;
  created_at: string;
}

export interface RequestDraftsTable {
  id: string;
  user_id: string;
  definition_key: string;
  /** JSON form data. */
  data: string;
  updated_at: string;
}

export interface AuditTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** JSON detail. */
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface OutboxTable {
  id: string;
  instance_id: string | null;
  kind: string;
  /** JSON effect. */
  payload: string;
  status: string;
  attempts: number;
  available_at: string;
  created_at: string;
  /** While claimed: until when the claim holds, and whose it is (outbox worker). */
  lease_until: string | null;
  lease_owner: string | null;
  last_error: string | null;
  /** HTTP status of the last attempt, for webhook and HTTP effects. */
  response_code: number | null;
  /** Webhook deliveries: the subscription delivered to. */
  subscription_id: string | null;
  finished_at: string | null;
}

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  /** JSON array of event types ("task.created", "instance.approved", "*"). */
  events: string;
  /** The whsec_ signing secret (Standard Webhooks). */
  secret: string;
  description: string | null;
  created_by: string;
  created_at: string;
}

export interface TimersTable {
  id: string;
  instance_id: string;
  /** JSON: what to tell the engine when it fires. */
  payload: string;
  due_at: string;
  status: string;
  created_at: string;
}

export interface IdempotencyTable {
  user_id: string;
  key: string;
  request_hash: string;
  status: number;
  response: string;
  created_at: ColumnType<string, string, never>;
}

export interface DefinitionScenariosTable {
  /** The definition's key. */
  key: string;
  /** A slug, unique within the definition (the scenario file's name without `.json`). */
  id: string;
  /** JSON: the scenario document (schemas/scenario.schema.json). */
  body: string;
  updated_by: string;
  updated_at: string;
}

/** An uploaded file (src/attachments): its bytes kept in the database on both dialects. */
export interface AttachmentsTable {
  id: string;
  name: string;
  /** The type sniffed from the bytes, never the client's Content-Type. */
  content_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  created_at: string;
  /** When a check first found a request or record naming it (src/attachments/attachment-holders.ts); null until then (a draft does not count). */
  held_at: string | null;
  /** When a sweep found it unheld and marked it for deletion by a later sweep (orphan-sweeper.ts); null otherwise. */
  doomed_at: string | null;
  /** When a sweep last found it named only by a draft (kept, re-checked later); null otherwise. */
  kept_at: string | null;
}

/** Per-user upload quota events of the last hour (src/attachments/upload-quota.ts). */
export interface AttachmentQuotaEventsTable {
  id: string;
  user_id: string;
  /** 'refused': an upload refused after the rate check (counts toward the hourly rate); 'held-check': the slow holder check ran. */
  kind: 'refused' | 'held-check';
  at: string;
}

export type NotificationKind = 'task-assigned' | 'urged' | 'reminded' | 'escalated' | 'returned' | 'finished' | 'cc' | 'decided' | 'automation';

export interface NotificationsTable {
  /** Derived from (instance, effect id, recipient), so a replayed effect writes nothing new. */
  id: string;
  user_id: string;
  kind: NotificationKind;
  instance_id: string | null;
  effect_id: string;
  /** The request's title when the notice was written, in zh-CN (the only one on rows before 0013). */
  title: string;
  /** The same title in English; null on rows written before migration 0013-notification-titles. */
  title_en: string | null;
  /** JSON: { en, zh-CN } text. */
  text: string;
  actor: string | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationSettingsTable {
  user_id: string;
  /** The language of a user's emails ('zh-CN' or 'en'); no row means zh-CN. */
  locale: string;
  updated_at: string;
}

export interface RecordTypesTable {
  key: string;
  /** JSON: the record type document. */
  body: string;
  revision: number;
  updated_by: string;
  updated_at: string;
}

export interface RecordsTable {
  id: string;
  type: string;
  owner: string;
  /** The owner's department when the owner was set (department-level access). */
  department: string | null;
  /** JSON: the field values. */
  values: string;
  revision: number;
  title: string;
  /** Lower-cased title and text values, for keyword search. */
  search: string;
  /** The key an inbound webhook upserts by. */
  external_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface RecordLocksTable {
  record_id: string;
  field: string;
  /** The running change request that holds the field. */
  instance_id: string;
  definition_key: string;
  created_at: string;
}

export interface OwnerCursorsTable {
  /** The pool's users, sorted and joined: one round-robin cursor per pool. */
  pool: string;
  position: number;
}

export interface InboundHooksTable {
  key: string;
  /** The whsec_ secret senders sign with. */
  secret: string;
  /** JSON: { type: "start-flow", definition } or { type: "upsert-record", recordType, externalIdField }. */
  action: string;
  created_by: string;
  created_at: string;
}

export interface InboundReceiptsTable {
  hook_key: string;
  message_id: string;
  received_at: string;
}

/** One row per archived request, what archive search filters and lists (src/archive). */
export interface ArchiveEntriesTable {
  id: Generated<number>;
  instance_id: string;
  definition_key: string;
  /** The flow's category when archived. */
  category: string | null;
  status: string;
  initiator: string;
  title: string;
  created_at: string;
  finished_at: string | null;
  archived_at: string;
}

export interface SchedulesTable {
  /** "record:<record type>:<trigger index>". */
  id: string;
  kind: string;
  owner_key: string;
  trigger_index: number;
  cron: string;
  /** The IANA zone the cron expression is read in, fixed when the trigger was (re)written. */
  timezone: string;
  /** 'trigger' (the trigger names it) or 'default' (a process's default); null on rows written before 0016. */
  timezone_source: string | null;
  start_key: string;
  /** The next firing (UTC, RFC 3339); null when the expression never fires again. */
  next_due_at: string | null;
  last_fired_at: string | null;
  /** JSON: what the last firing did (started, failed, skipped). */
  last_result: string | null;
  updated_at: string;
}

/** Who may find an archived request in archive search: initiator, task assignees, CC'd. */
export interface ArchiveViewersTable {
  user_id: string;
  entry_id: number;
}

export interface Database {
  archive_entries: ArchiveEntriesTable;
  archive_viewers: ArchiveViewersTable;
  record_types: RecordTypesTable;
  records: RecordsTable;
  record_locks: RecordLocksTable;
  owner_cursors: OwnerCursorsTable;
  inbound_hooks: InboundHooksTable;
  inbound_receipts: InboundReceiptsTable;
  users: UsersTable;
  departments: DepartmentsTable;
  roles: RolesTable;
  user_roles: UserRolesTable;
  org_meta: OrgMetaTable;
  api_tokens: ApiTokensTable;
  definitions: DefinitionsTable;
  definition_versions: DefinitionVersionsTable;
  instances: InstancesTable;
  tasks: TasksTable;
  cc: CcTable;
  request_drafts: RequestDraftsTable;
  audit: AuditTable;
  audit_head: AuditHeadTable;
  outbox: OutboxTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  timers: TimersTable;
  idempotency: IdempotencyTable;
  schedules: SchedulesTable;
  notifications: NotificationsTable;
  attachments: AttachmentsTable;
  attachment_quota_events: AttachmentQuotaEventsTable;
  notification_settings: NotificationSettingsTable;
  definition_scenarios: DefinitionScenariosTable;
}
