// The HTTP request node's effect: send the node's request through the guarded client (the row
// id as Idempotency-Key), then tell the engine with an automation-result command through the
// command runner (a JSON response becomes the result; other bodies are kept as text). 4xx and
// refused URLs answer the engine ok:false at once; 5xx, 408, 429 and network failures retry, and
// the engine hears ok:false when the row is dead-lettered. The node's timeout (at most 30 s) replaces
// the default deadline. The request carries the instance's record-trigger depth (Baton-Trigger-Depth)
// for a receiver that posts back to Baton to hand on (records/record-triggers.ts).
import type { Effect } from '@baton/engine';
import { TRIGGER_DEPTH_HEADER } from '../records/record-triggers.ts';
import type { Runtime } from '../runtime/command-runner.ts';
import { SYSTEM_USER } from '../runtime/engine-port.ts';
import type { EffectHandler, EffectOutcome, OutboxRow } from '../outbox/effect-handler.ts';
import { sendOutbound } from './outbound-client.ts';
import type { OutboundDeps } from './webhook-effect.ts';

type HttpEffect = Extract<Effect, { type: 'http' }>;

// The engine has moved on (result already applied, request finished): nothing left to tell it.
const SETTLED = new Set(['effect-unknown', 'not-running', 'not-found']);

export function httpEffect(deps: OutboundDeps & { runtime: Runtime }): EffectHandler {
  async function answer(row: OutboxRow, e: HttpEffect, ok: boolean, result: unknown, error?: string): Promise<EffectOutcome | undefined> {
    if (!row.instance_id) return undefined;
    const r = await deps.runtime.apply(row.instance_id, {
      type: 'automation-result', actor: SYSTEM_USER, effectId: e.id, ok,
      ...(result !== undefined ? { result } : {}), ...(error ? { error } : {}),
    });
    if (r.ok || SETTLED.has(r.error.code)) return undefined;
    return { type: 'retry', error: `the engine refused the result: ${r.error.code}` };
  }

  return {
    async run(row) {
      const e = JSON.parse(row.payload) as HttpEffect;
      const body = e.body === undefined ? undefined : JSON.stringify(e.body);
      const timeoutMs = durationMs(e.timeout);
      const inst = row.instance_id ? await deps.store.db.selectFrom('instances').select('trigger_depth').where('id', '=', row.instance_id).executeTakeFirst() : undefined;
      const r = await sendOutbound(deps.policy, {
        method: e.method,
        url: e.url,
        headers: {
          ...withoutDepth(e.headers), 'idempotency-key': row.id, ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(inst ? { [TRIGGER_DEPTH_HEADER]: String(Number(inst.trigger_depth)) } : {}),
        },
        ...(body !== undefined ? { body } : {}),
      }, { ...deps.limits, ...(timeoutMs !== undefined ? { timeoutMs: Math.min(timeoutMs, 30_000) } : {}) });
      if (!r.ok) {
        const error = `${r.error.code}: ${r.error.message}`;
        if (r.error.code === 'timeout' || r.error.code === 'connect-failed' || r.error.code === 'dns-failed') return { type: 'retry', error };
        return (await answer(row, e, false, undefined, error)) ?? { type: 'done' };
      }
      const status = r.response.status;
      if (status >= 500 || status === 408 || status === 429) return { type: 'retry', error: `the server answered ${status}`, responseCode: status };
      if (status >= 400) return (await answer(row, e, false, undefined, `HTTP ${status}`)) ?? { type: 'done', responseCode: status };
      return (await answer(row, e, true, parseBody(r.response.body))) ?? { type: 'done', responseCode: status };
    },
    async deadLettered(row, error) {
      await answer(row, JSON.parse(row.payload) as HttpEffect, false, undefined, error);
    },
  };
}

// The depth is Baton's to state: a node's own header of that name (any case) is dropped.
function withoutDepth(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([k]) => k.toLowerCase() !== TRIGGER_DEPTH_HEADER));
}

function parseBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** "PT30S", "PT2M", "30s", "500ms"; anything else: undefined (the default applies). */
export function durationMs(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const iso = /^PT(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(text);
  if (iso && (iso[1] || iso[2])) return (Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0)) * 1000;
  const short = /^(\d+)(ms|s|m)$/.exec(text);
  if (short) return Number(short[1]) * (short[2] === 'ms' ? 1 : short[2] === 's' ? 1000 : 60_000);
  return undefined;
}
