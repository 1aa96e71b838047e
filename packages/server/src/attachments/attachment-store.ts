// Attachment rows: insert one upload, read its metadata or its bytes, and find the requests whose
// data names it. Bound values only (the id is also checked against ATTACHMENT_ID before a LIKE).
import { createHash } from 'node:crypto';
import type { Db } from '../store/store.ts';

export interface AttachmentMeta {
  id: string;
  name: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  createdAt: string;
}

/** The value a form's attachment field holds for this file. */
export interface AttachmentValue { id: string; name: string; size: number; contentType: string }

/** Ids are `att_` plus letters, digits and - (never % or _ after the prefix, so LIKE matches literally). */
export const ATTACHMENT_ID = /^att_[A-Za-z0-9-]{1,60}$/;

export async function insertAttachment(db: Db, row: AttachmentMeta & { content: Uint8Array }): Promise<void> {
  await db.insertInto('attachments').values({
    id: row.id, name: row.name, content_type: row.contentType, size: row.size,
    sha256: createHash('sha256').update(row.content).digest('hex'), content: row.content,
    uploaded_by: row.uploadedBy, created_at: row.createdAt,
  }).execute();
}

export async function loadAttachmentMeta(db: Db, id: string): Promise<AttachmentMeta | undefined> {
  if (!ATTACHMENT_ID.test(id)) return undefined;
  const r = await db.selectFrom('attachments').select(['id', 'name', 'content_type', 'size', 'uploaded_by', 'created_at']).where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, name: r.name, contentType: r.content_type, size: Number(r.size), uploadedBy: r.uploaded_by, createdAt: r.created_at };
}

export async function loadAttachmentContent(db: Db, id: string): Promise<Uint8Array | undefined> {
  const r = await db.selectFrom('attachments').select('content').where('id', '=', id).executeTakeFirst();
  return r?.content;
}

/** Requests whose snapshot mentions the id (a candidate list: the caller checks the data). */
export async function referencingInstances(db: Db, id: string): Promise<string[]> {
  if (!ATTACHMENT_ID.test(id)) return [];
  const rows = await db.selectFrom('instances').select('id').where('snapshot', 'like', `%"${id}"%`).limit(50).execute();
  return rows.map((r) => r.id);
}

/** The fields of a data object whose attachment list holds the id. */
export function fieldsHolding(data: Record<string, unknown>, id: string): string[] {
  return Object.entries(data)
    .filter(([, v]) => Array.isArray(v) && v.some((f) => typeof f === 'object' && f !== null && (f as { id?: unknown }).id === id))
    .map(([k]) => k);
}
