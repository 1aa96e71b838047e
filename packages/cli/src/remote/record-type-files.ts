// Record types beside the flows that use them: `baton pull` writes each record type a pulled flow
// names in `record.type` as <dir>/record-types/<key>.json (canonical, `$schema` set), and
// `baton push` sends the record type files in --dir before the flows. The server keeps no ETag
// for record types, so a push replaces the server's record type with the file; the plan shows
// which ones differ first.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { formatDocument } from '@baton/schema';
import type { Schema } from '@baton/client';
import { describeError, send, type ApiClient } from './api-client.ts';
import { schemaRefFor } from './definition-file.ts';

export type RecordTypeDoc = Record<string, unknown> & { key: string };

export interface LocalRecordType {
  file: string;
  body: RecordTypeDoc;
}

export type RecordTypeStep =
  | { action: 'create-record-type' | 'update-record-type'; key: string; file: string; body: RecordTypeDoc }
  | { action: 'unchanged-record-type'; key: string; file: string };

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
function fromServer(view: Record<string, unknown>): RecordTypeDoc {
  const { revision: _revision, updatedAt: _updatedAt, ...doc } = view;
  return doc as RecordTypeDoc;
}

export function recordTypeFileText(doc: RecordTypeDoc, dir: string): string {
  return formatDocument({ ...recordTypeBody(doc), $schema: schemaRefFor(dir, 'record-type') });
}

export type FetchedRecordType = { ok: true; found: RecordTypeDoc | undefined } | { ok: false; message: string };

export async function fetchRecordType(client: ApiClient, key: string): Promise<FetchedRecordType> {
  const res = await send(client, (api) => api.GET('/api/record-types/{key}', { params: { path: { key } } }));
  if (!res.ok) return res;
  if (res.answer.status === 404) return { ok: true, found: undefined };
  if (res.answer.status !== 200) return { ok: false, message: `record type ${key}: ${describeError(res.answer)}` };
  return { ok: true, found: fromServer(res.answer.body as Record<string, unknown>) };
}

/** Equal as files: canonical text, `$schema` aside, defaults the server fills in counted as written. */
function sameRecordType(server: RecordTypeDoc, file: RecordTypeDoc): boolean {
  const name = file['name'];
  const filled = { pluralName: name, access: { read: 'owner', edit: 'owner' }, triggers: [], ...recordTypeBody(file) };
  const access = filled.access as Record<string, unknown>;
  filled.access = { read: 'owner', edit: 'owner', ...access };
  return formatDocument(server) === formatDocument(filled);
}

export async function planRecordTypes(client: ApiClient, local: readonly LocalRecordType[]): Promise<{ ok: true; steps: RecordTypeStep[] } | { ok: false; message: string }> {
  const steps: RecordTypeStep[] = [];
  for (const { file, body } of local) {
    const got = await fetchRecordType(client, body.key);
    if (!got.ok) return got;
    if (got.found === undefined) steps.push({ action: 'create-record-type', key: body.key, file, body });
    else if (sameRecordType(got.found, body)) steps.push({ action: 'unchanged-record-type', key: body.key, file });
    else steps.push({ action: 'update-record-type', key: body.key, file, body });
  }
  return { ok: true, steps };
}

export async function applyRecordType(client: ApiClient, step: RecordTypeStep): Promise<{ ok: true } | { ok: false; message: string }> {
  if (step.action === 'unchanged-record-type') return { ok: true };
  const res = await send(client, (api) => api.PUT('/api/record-types/{key}', { params: { path: { key: step.key } }, body: step.body as unknown as Schema<'record-type'> }));
  if (!res.ok) return res;
  if (res.answer.status !== 200 && res.answer.status !== 201) return { ok: false, message: `record type ${step.key} refused: ${describeError(res.answer)}` };
  return { ok: true };
}

export function renderRecordTypeStep(step: RecordTypeStep): string {
  const verb = { 'create-record-type': 'create', 'update-record-type': 'update', 'unchanged-record-type': 'unchanged' }[step.action];
  const what = step.action === 'update-record-type' ? ": the file replaces the server's record type" : '';
  return `${verb.padEnd(12)} record type ${step.key} (${step.file})${what}\n`;
}
