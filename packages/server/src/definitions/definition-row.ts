// A definitions row as the API shows it, and the ETag of a draft.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { formatDocument } from '@baton/schema';
import { fail } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import type { DefinitionsTable } from '../store/database.ts';
import type { Db, Dialect } from '../store/store.ts';
import { sha256Hex } from '../util/hash.ts';

export interface Scopes {
  start?: { everyone?: boolean; users?: string[]; roles?: string[]; departments?: string[] };
  manage?: { users?: string[]; roles?: string[] };
}

export interface DefinitionRecord {
  key: string;
  draft: BatonWorkflowDefinition;
  etag: string;
  status: DefinitionsTable['status'];
  latestVersion: number;
  scopes: Scopes;
  deletedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A strong ETag over the canonical text of the draft. */
export function draftEtag(draft: unknown): string {
  return `"${sha256Hex(formatDocument(draft)).slice(0, 32)}"`;
}

export function toRecord(row: DefinitionsTable): DefinitionRecord {
  return {
    key: row.key,
    draft: JSON.parse(row.draft) as BatonWorkflowDefinition,
    etag: row.draft_etag,
    status: row.status,
    latestVersion: Number(row.latest_version),
    scopes: JSON.parse(row.scopes) as Scopes,
    deletedAt: row.deleted_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Loads a definition; `lockOn: 'postgres'` takes a row lock (SQLite transactions are serial anyway). */
export async function loadDefinition(db: Db, key: string, lockOn?: Dialect): Promise<DefinitionRecord | undefined> {
  let q = db.selectFrom('definitions').selectAll().where('key', '=', key);
  if (lockOn === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function loadVersion(db: Db, key: string, version: number): Promise<BatonWorkflowDefinition | undefined> {
  const row = await db.selectFrom('definition_versions').select('body').where('key', '=', key).where('version', '=', version).executeTakeFirst();
  return row ? (JSON.parse(row.body) as BatonWorkflowDefinition) : undefined;
}

/** The header `baton push` sends with its draft saves ("git"): the one writer a definition
 * managed in git accepts. It states intent, not privilege: the caller still needs the manage
 * scope, and whoever may push may also send it; it keeps the studio from editing by accident. */
export const MANAGED_PUSH_HEADER = 'baton-managed-push';

/** 409 managed-by-git when the stored draft is maintained in git and this save is not the push. */
export function refuseUnlessPush(d: DefinitionRecord, pushHeader: string | undefined): Result<never> | undefined {
  if (d.draft.managedBy !== 'git' || pushHeader?.trim() === 'git') return undefined;
  return fail(409, 'managed-by-git',
    `"${d.key}" is managed in git: change its file in the repository and push it (baton push), or copy it to a new key to edit it here.`,
    `流程“${d.key}”由 git 管理：请修改代码仓库中的文件并推送（baton push），或复制为新流程后在此编辑。`,
    { details: { managedBy: 'git' } });
}

/** The summary shown in lists. */
export function summary(d: DefinitionRecord) {
  return {
    key: d.key,
    name: d.draft.name,
    ...(d.draft.category ? { category: d.draft.category } : {}),
    status: d.status,
    latestVersion: d.latestVersion,
    deleted: d.deletedAt !== null,
    ...(d.draft.managedBy ? { managedBy: d.draft.managedBy } : {}),
    updatedAt: d.updatedAt,
  };
}
