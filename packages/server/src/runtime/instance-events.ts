// What happened to a request that its snapshot does not keep: urges, transfers, added and removed
// signers, CCs, withdraw, resubmit, terminate, take-back, read back from the audit rows the
// command runner writes (one per command, indexed by subject). Only named facts are passed on
// (who, to whom, the comment), never field values, so hidden fields cannot leak through here.
import type { Db } from '../store/store.ts';

const SHOWN = new Set(['urged', 'transferred', 'delegated', 'signer-added', 'signer-removed', 'cc', 'withdrawn', 'resubmitted', 'terminated', 'taken-back']);

export interface InstanceEventEntry {
  at: string;
  kind: 'event';
  type: string;
  by?: string;
  node?: string;
  to?: string | string[];
  users?: string[];
  position?: string;
  reason?: string;
  comment?: string;
}

interface AuditDetail {
  command?: { comment?: unknown };
  events?: Array<{ type: string; at: string; actor?: string; node?: string; detail?: Record<string, unknown> }>;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const names = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

export async function instanceEvents(db: Db, instanceId: string): Promise<InstanceEventEntry[]> {
  const rows = await db.selectFrom('audit').select(['detail']).where('subject', '=', `instance:${instanceId}`).orderBy('seq').execute();
  const out: InstanceEventEntry[] = [];
  for (const row of rows) {
    // The audit detail is JSON the server wrote (and the hash chain guards).
    const detail = JSON.parse(row.detail) as AuditDetail;
    for (const e of detail.events ?? []) {
      if (!SHOWN.has(e.type)) continue;
      const d = e.detail ?? {};
      const to = text(d.to) ?? names(d.to);
      const users = names(d.users) ?? (text(d.user) ? [d.user as string] : undefined);
      const comment = text(d.comment) ?? text(detail.command?.comment);
      out.push({
        at: e.at, kind: 'event', type: e.type,
        ...(e.actor ? { by: e.actor } : {}), ...(e.node ? { node: e.node } : {}),
        ...(to ? { to } : {}), ...(users ? { users } : {}),
        ...(text(d.position) ? { position: d.position as string } : {}), ...(text(d.reason) ? { reason: d.reason as string } : {}),
        ...(comment ? { comment } : {}),
      });
    }
  }
  return out;
}
