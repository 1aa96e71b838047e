// Applying one step of a push plan on the server, and recording the result in the sync state.
// A 412 (the draft changed between plan and save) comes back as a conflict step to show.
import type { Schema } from '@baton/client';
import { describeError, send, type ApiClient } from './api-client.ts';
import { fetchDefinition, type PlanStep } from './push-plan.ts';
import type { SyncEntry } from './sync-state.ts';

export type Applied = { ok: true } | { ok: false; message: string; conflict?: PlanStep };

export async function applyStep(client: ApiClient, step: PlanStep, recorded: Record<string, SyncEntry>): Promise<Applied> {
  switch (step.action) {
    case 'create': {
      const res = await send(client, (api) => api.POST('/api/definitions', { body: step.body as Schema<'workflow'> }));
      if (!res.ok) return res;
      if (res.answer.status !== 201 || res.answer.etag === undefined) return { ok: false, message: `create refused: ${describeError(res.answer)}` };
      recorded[step.key] = { etag: res.answer.etag, base: step.body };
      return step.publish ? publish(client, step.key, res.answer.etag) : { ok: true };
    }
    case 'update': {
      const res = await send(client, (api) => api.PUT('/api/definitions/{key}/draft', {
        // A definition managed in git refuses studio saves; Baton-Managed-Push says this is the push.
        params: { path: { key: step.key }, header: { 'If-Match': step.ifMatch, 'Baton-Managed-Push': 'git' } },
        body: step.body as Schema<'workflow'>,
      }));
      if (!res.ok) return res;
      if (res.answer.status === 412) {
        const now = await fetchDefinition(client, step.key);
        const base = recorded[step.key];
        const conflict: PlanStep | undefined = now.ok && now.found && base
          ? { action: 'conflict', key: step.key, file: step.file, base: base.base, server: now.found, body: step.body, reason: 'changed-on-server' }
          : undefined;
        return { ok: false, message: "the server's draft changed since it was pulled", ...(conflict ? { conflict } : {}) };
      }
      if (res.answer.status !== 200 || res.answer.etag === undefined) return { ok: false, message: `save refused: ${describeError(res.answer)}` };
      recorded[step.key] = { etag: res.answer.etag, base: step.body };
      return step.publish ? publish(client, step.key, res.answer.etag) : { ok: true };
    }
    case 'unchanged':
      recorded[step.key] = { etag: step.server.etag, base: step.body };
      return step.publish ? publish(client, step.key, step.server.etag) : { ok: true };
    case 'delete': {
      if (step.server.status === 'active' && step.server.latestVersion > 0) {
        const off = await send(client, (api) => api.POST('/api/definitions/{key}/deactivate', { params: { path: { key: step.key } }, body: { policy: 'drain', reason: 'removed from git (baton push --prune)' } }));
        if (!off.ok) return off;
        if (off.answer.status !== 200) return { ok: false, message: `deactivate refused: ${describeError(off.answer)}` };
      }
      const res = await send(client, (api) => api.DELETE('/api/definitions/{key}', { params: { path: { key: step.key } } }));
      if (!res.ok) return res;
      if (res.answer.status !== 200) return { ok: false, message: `delete refused: ${describeError(res.answer)}` };
      delete recorded[step.key];
      return { ok: true };
    }
    case 'conflict':
    case 'refused':
      // The plan is not applied while it holds these; reaching here is a bug.
      throw new Error(`cannot apply a ${step.action} step`);
  }
}

async function publish(client: ApiClient, key: string, etag: string): Promise<Applied> {
  // A definition managed in git is published only by the push, as it is saved only by it.
  const res = await send(client, (api) => api.POST('/api/definitions/{key}/publish', { params: { path: { key }, header: { 'If-Match': etag, 'Baton-Managed-Push': 'git' } } }));
  if (!res.ok) return res;
  if (res.answer.status !== 201) return { ok: false, message: `publish refused: ${describeError(res.answer)}` };
  return { ok: true };
}
