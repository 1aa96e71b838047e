// Record types beside the flows that use them: `baton pull` writes each record type a pulled flow
// names in `record.type` as <dir>/record-types/<key>.json (canonical, `$schema` set) and records
// its ETag and content (the base), and `baton push` sends the record type files in --dir before
// the flows, with If-Match on the base's ETag: a record type changed on the server since the pull
// is a conflict, named, and nothing is sent. Without a base (never pulled here: a first push, a
// fresh CI clone) the file replaces the server's record type as the plan saw it (If-Match on the
// ETag read for the plan), and a new one is created only if still absent (If-None-Match: *).
// A conflict shows what changed on each side since the pull, as a flow's does.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { formatDocument } from '@baton/schema';
import type { Schema } from '@baton/client';
import { describeError, send, type ApiClient } from './api-client.ts';
import { diffRecordTypes } from './record-type-diff.ts';
import { schemaRefFor } from './definition-file.ts';
import type { RecordTypeSyncEntry } from './sync-state.ts';

export type RecordTypeDoc = Record<string, unknown> & { key: string };

export interface LocalRecordType {
  file: string;
  body: RecordTypeDoc;
}

export type RecordTypeStep =
  | { action: 'create-record-type'; key: string; file: string; body: RecordTypeDoc }
  | { action: 'update-record-type'; key: string; file: string; body: RecordTypeDoc; ifMatch: string; pulled: boolean }
  | { action: 'unchanged-record-type'; key: string; file: string; server: ServerRecordType }
  | { action: 'conflict-record-type'; key: string; file: string; base: RecordTypeDoc; server: ServerRecordType; body: RecordTypeDoc };

export interface ServerRecordType {
  doc: RecordTypeDoc;
  etag: string;
}

/** The record types the flows use (`record.type`), sorted, once each. */
export function recordTypesUsed(flows: readonly BatonWorkflowDefinition[]): string[] {
  return [...new Set(flows.flatMap((f) => (f.record?.type ? [f.record.type] : [])))].sort();
}

/** The file's body as the server takes it: no `$schema`. */
export function recordTypeBody(doc: Record<string, unknown>): RecordTypeDoc {
  const { $schema: _schema, ...body } = doc;
  return body as RecordTypeDoc;
}

/** The server's view of a record type as a file body: its bookkeeping (revision, updatedAt) dropped. */
export function fromServer(view: Record<string, unknown>): RecordTypeDoc {
  const { revision: _revision, updatedAt: _updatedAt, ...doc } = view;
  return doc as RecordTypeDoc;
}

export function recordTypeFileText(doc: RecordTypeDoc, dir: string): string {
  return formatDocument({ ...recordTypeBody(doc), $schema: schemaRefFor(dir, 'record-type') });
}

export type FetchedRecordType = { ok: true; found: ServerRecordType | undefined } | { ok: false; message: string };

export async function fetchRecordType(client: ApiClient, key: string): Promise<FetchedRecordType> {
  const res = await send(client, (api) => api.GET('/api/record-types/{key}', { params: { path: { key } } }));
  if (!res.ok) return res;
  if (res.answer.status === 404) return { ok: true, found: undefined };
  if (res.answer.status !== 200) return { ok: false, message: `record type ${key}: ${describeError(res.answer)}` };
  if (res.answer.etag === undefined) return { ok: false, message: `record type ${key}: the server sent no ETag (a server older than this baton?)` };
  return { ok: true, found: { doc: fromServer(res.answer.body as Record<string, unknown>), etag: res.answer.etag } };
}

/** A file's body with the defaults the server fills in written out (`pluralName`, `access`, `triggers`). */
export function withServerDefaults(file: RecordTypeDoc): RecordTypeDoc {
  const filled = { pluralName: file['name'], access: { read: 'owner', edit: 'owner' }, triggers: [], ...recordTypeBody(file) };
  filled.access = { read: 'owner', edit: 'owner', ...(filled.access as Record<string, unknown>) };
  return filled;
}

/** Equal as files: canonical text, `$schema` aside, defaults the server fills in counted as written. */
export function sameRecordType(server: RecordTypeDoc, file: RecordTypeDoc): boolean {
  return formatDocument(server) === formatDocument(withServerDefaults(file));
}

export async function planRecordTypes(
  client: ApiClient,
  local: readonly LocalRecordType[],
  recorded: Readonly<Record<string, RecordTypeSyncEntry>>,
): Promise<{ ok: true; steps: RecordTypeStep[] } | { ok: false; message: string }> {
  const steps: RecordTypeStep[] = [];
  for (const { file, body } of local) {
    const got = await fetchRecordType(client, body.key);
    if (!got.ok) return got;
    const server = got.found;
    const base = recorded[body.key];
    if (server === undefined) steps.push({ action: 'create-record-type', key: body.key, file, body });
    else if (sameRecordType(server.doc, body)) steps.push({ action: 'unchanged-record-type', key: body.key, file, server });
    else if (base === undefined) steps.push({ action: 'update-record-type', key: body.key, file, body, ifMatch: server.etag, pulled: false });
    else if (base.etag !== server.etag) steps.push({ action: 'conflict-record-type', key: body.key, file, base: base.base, server, body });
    else steps.push({ action: 'update-record-type', key: body.key, file, body, ifMatch: base.etag, pulled: true });
  }
  return { ok: true, steps };
}

/** A 412 on a pulled record type comes back as a conflict step, for the same two-sided report. */
export type AppliedRecordType = { ok: true } | { ok: false; message: string; conflict?: Extract<RecordTypeStep, { action: 'conflict-record-type' }> };

/** Sends one step and records what the server now holds as the base. */
export async function applyRecordType(client: ApiClient, step: RecordTypeStep, recorded: Record<string, RecordTypeSyncEntry>): Promise<AppliedRecordType> {
  if (step.action === 'conflict-record-type') throw new Error('a conflict is not applied'); // the push stops before; reaching here is a bug
  if (step.action === 'unchanged-record-type') {
    recorded[step.key] = { etag: step.server.etag, base: step.server.doc };
    return { ok: true };
  }
  // If-Match replaces only the version the plan was based on; If-None-Match: * creates only.
  const header = step.action === 'update-record-type' ? { 'If-Match': step.ifMatch } : { 'If-None-Match': '*' };
  const res = await send(client, (api) => api.PUT('/api/record-types/{key}', {
    params: { path: { key: step.key }, header },
    body: step.body as unknown as Schema<'record-type'>,
  }));
  if (!res.ok) return res;
  if (res.answer.status === 412) {
    const what = step.action === 'create-record-type' ? 'was created on the server since the plan read it'
      : step.pulled ? 'changed on the server since it was pulled' : 'changed on the server since the plan read it (never pulled here)';
    const message = `record type ${step.key} (${step.file}) ${what}; nothing of it was sent: ${RESOLVE}`;
    const base = step.action === 'update-record-type' && step.pulled ? recorded[step.key] : undefined;
    const now = base === undefined ? undefined : await fetchRecordType(client, step.key);
    if (base === undefined || !now?.ok || now.found === undefined) return { ok: false, message };
    return { ok: false, message, conflict: { action: 'conflict-record-type', key: step.key, file: step.file, base: base.base, server: now.found, body: step.body } };
  }
  if ((res.answer.status !== 200 && res.answer.status !== 201) || res.answer.etag === undefined) return { ok: false, message: `record type ${step.key} refused: ${describeError(res.answer)}` };
  recorded[step.key] = { etag: res.answer.etag, base: fromServer(res.answer.body as Record<string, unknown>) };
  return { ok: true };
}

/** How to clear a record type conflict without losing the file's edits to `pull --force`. */
export const RESOLVE = 'keep your edits first (commit the file, or copy it), since "baton pull --force" overwrites it with the server\'s; then merge them back and push again';

const INDENT = '    ';

function changes(from: RecordTypeDoc, to: RecordTypeDoc): string {
  const lines = diffRecordTypes(withServerDefaults(from), withServerDefaults(to));
  return (lines.length > 0 ? lines : ['no changes the record type diff names (compare the files with git diff)']).map((l) => `${INDENT}  ${l}\n`).join('');
}

export function renderRecordTypeStep(step: RecordTypeStep): string {
  const verb = { 'create-record-type': 'create', 'update-record-type': 'update', 'unchanged-record-type': 'unchanged', 'conflict-record-type': 'conflict' }[step.action];
  const head = `${verb.padEnd(12)} record type ${step.key} (${step.file})`;
  if (step.action === 'update-record-type') return `${head}: the file replaces the server's record type${step.pulled ? '' : ' (never pulled here: the version the plan read)'}\n`;
  if (step.action !== 'conflict-record-type') return `${head}\n`;
  return `${head}: the server's record type changed since it was pulled\n` +
    `${INDENT}on the server, since the pull:\n${changes(step.base, step.server.doc)}` +
    `${INDENT}in the file, since the pull:\n${changes(step.base, step.body)}` +
    `${INDENT}to resolve: ${RESOLVE}\n`;
}
