// The plan of a push, computed before anything is sent: for each file, create / update the draft /
// unchanged (and publish with --publish); for each definition pulled here whose file is gone,
// delete with --prune; and conflicts, where the server's draft changed since the pull.
import { formatDocument, type BatonWorkflowDefinition } from '@baton/schema';
import { describeError, send, type ApiClient } from './api-client.ts';
import { sameDefinition, serverBody } from './definition-file.ts';
import type { SyncEntry } from './sync-state.ts';

export interface LocalDefinition {
  file: string;
  /** As it will be sent: no `$schema`, the environment applied. */
  body: BatonWorkflowDefinition;
}

export interface ServerDefinition {
  draft: BatonWorkflowDefinition;
  etag: string;
  status: string;
  latestVersion: number;
  deleted: boolean;
}

export type PlanStep =
  | { action: 'create'; key: string; file: string; body: BatonWorkflowDefinition; publish: boolean }
  | { action: 'update'; key: string; file: string; body: BatonWorkflowDefinition; server: ServerDefinition; ifMatch: string; publish: boolean; published?: BatonWorkflowDefinition }
  | { action: 'unchanged'; key: string; file: string; body: BatonWorkflowDefinition; server: ServerDefinition; publish: boolean; published?: BatonWorkflowDefinition }
  | { action: 'delete'; key: string; server: ServerDefinition; ifMatch: string }
  | { action: 'conflict'; key: string; file: string | undefined; base: BatonWorkflowDefinition | undefined; server: ServerDefinition; body: BatonWorkflowDefinition | undefined; reason: 'changed-on-server' | 'never-pulled' }
  | { action: 'refused'; key: string; file: string | undefined; message: string };

export interface PlanInput {
  client: ApiClient;
  local: readonly LocalDefinition[];
  /** What was last pulled or pushed from this server, by key. */
  recorded: Readonly<Record<string, SyncEntry>>;
  publish: boolean;
  prune: boolean;
}

export type PlanResult = { ok: true; steps: PlanStep[] } | { ok: false; message: string };

type Fetched = { ok: true; found: ServerDefinition | undefined } | { ok: false; message: string };

export async function fetchDefinition(client: ApiClient, key: string): Promise<Fetched> {
  const res = await send(client, (api) => api.GET('/api/definitions/{key}', { params: { path: { key } } }));
  if (!res.ok) return res;
  if (res.answer.status === 404) return { ok: true, found: undefined };
  if (res.answer.status !== 200) return { ok: false, message: `${key}: ${describeError(res.answer)}` };
  const b = res.answer.body as { draft: BatonWorkflowDefinition; etag: string; status: string; latestVersion: number; deletedAt: string | null };
  return { ok: true, found: { draft: serverBody(b.draft), etag: b.etag, status: b.status, latestVersion: b.latestVersion, deleted: b.deletedAt !== null } };
}

async function latestVersion(client: ApiClient, key: string, version: number): Promise<BatonWorkflowDefinition | undefined> {
  if (version === 0) return undefined;
  const res = await send(client, (api) => api.GET('/api/definitions/{key}/versions/{version}', { params: { path: { key, version: String(version) } } }));
  if (!res.ok || res.answer.status !== 200) return undefined;
  return serverBody((res.answer.body as { definition: BatonWorkflowDefinition }).definition);
}

export async function planPush(input: PlanInput): Promise<PlanResult> {
  const { client, recorded } = input;
  const steps: PlanStep[] = [];
  for (const { file, body } of input.local) {
    const key = body.key;
    const fetched = await fetchDefinition(client, key);
    if (!fetched.ok) return fetched;
    const server = fetched.found;
    if (server === undefined) {
      steps.push({ action: 'create', key, file, body, publish: input.publish });
      continue;
    }
    if (server.deleted) {
      steps.push({ action: 'refused', key, file, message: 'is in the recycle bin on the server: restore it there (or remove the file)' });
      continue;
    }
    const published = input.publish ? await latestVersion(client, key, server.latestVersion) : undefined;
    const needsPublish = input.publish && (published === undefined || !sameDefinition(published, body));
    const withPublished = published ? { published } : {};
    if (sameDefinition(server.draft, body)) {
      steps.push({ action: 'unchanged', key, file, body, server, publish: needsPublish, ...withPublished });
      continue;
    }
    const base = recorded[key];
    if (server.draft.managedBy === 'git' && base?.etag !== server.etag) {
      // Managed in git: the server refuses studio saves, so only a push changed the draft, and
      // the repository is the source: no pull needed first (a fresh CI clone has no state).
      steps.push({ action: 'update', key, file, body, server, ifMatch: server.etag, publish: needsPublish, ...withPublished });
    } else if (base === undefined) {
      steps.push({ action: 'conflict', key, file, base: undefined, server, body, reason: 'never-pulled' });
    } else if (base.etag !== server.etag) {
      steps.push({ action: 'conflict', key, file, base: base.base, server, body, reason: 'changed-on-server' });
    } else {
      steps.push({ action: 'update', key, file, body, server, ifMatch: base.etag, publish: needsPublish, ...withPublished });
    }
  }
  if (input.prune) {
    const kept = new Set(input.local.map((l) => l.body.key));
    for (const key of Object.keys(recorded).sort()) {
      if (kept.has(key)) continue;
      const fetched = await fetchDefinition(client, key);
      if (!fetched.ok) return fetched;
      const server = fetched.found;
      if (server === undefined || server.deleted) continue;
      const base = recorded[key]!;
      if (base.etag !== server.etag) steps.push({ action: 'conflict', key, file: undefined, base: base.base, server, body: undefined, reason: 'changed-on-server' });
      else steps.push({ action: 'delete', key, server, ifMatch: base.etag });
    }
  }
  return { ok: true, steps };
}

/** Whether two definitions differ only in what a semantic diff ignores (the layout). */
export function differsOnlyInLayout(a: BatonWorkflowDefinition, b: BatonWorkflowDefinition): boolean {
  return formatDocument({ ...a, layout: undefined }) === formatDocument({ ...b, layout: undefined });
}
