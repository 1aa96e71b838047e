// A definitions row as the API shows it, and the ETag of a draft.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { formatDocument } from '@baton/schema';
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

/** The summary shown in lists. */
export function summary(d: DefinitionRecord) {
  return {
    key: d.key,
    name: d.draft.name,
    ...(d.draft.category ? { category: d.draft.category } : {}),
    status: d.status,
    latestVersion: d.latestVersion,
    deleted: d.deletedAt !== null,
    updatedAt: d.updatedAt,
  };
}
