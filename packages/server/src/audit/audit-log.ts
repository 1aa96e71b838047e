// The audit log: append-only and hash-chained. Each row's hash covers its content and the previous
// row's hash; a one-row head holds the last seq and hash and is locked while appending, so
// concurrent writers on PostgreSQL queue up instead of forking the chain.
import { CompiledQuery } from 'kysely';
import type { SqliteDirect } from '../store/sqlite-direct.ts';
import type { Dialect, Db } from '../store/store.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { sha256Hex } from '../util/hash.ts';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  /** What it is about, such as "definition:discount-approval" or "instance:<id>". */
  subject: string;
  detail: unknown;
}

export interface AuditRow extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, seq: number, e: AuditEntry): string {
  return sha256Hex(prevHash + canonicalJson({ seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail }));
}

/** auditHash with the detail already canonical: the same text, keys in the same sorted order. */
function auditHashOfCanonical(prevHash: string, seq: number, e: AuditEntry, detail: string): string {
  const str = JSON.stringify;
  return sha256Hex(`${prevHash}{"action":${str(e.action)},"actor":${str(e.actor)},"at":${str(e.at)},"detail":${detail},"seq":${seq},"subject":${str(e.subject)}}`);
}

// Every command appends a row, so its three statements are fixed texts (values stay bound
// parameters) instead of queries built and compiled each time. `$n` on PostgreSQL, `?` on SQLite.
const APPEND_SQL = {
  sqlite: {
    head: 'select "seq", "hash" from "audit_head" where "id" = 1',
    insert: 'insert into "audit" ("seq", "at", "actor", "action", "subject", "detail", "prev_hash", "hash") values (?, ?, ?, ?, ?, ?, ?, ?)',
    update: 'update "audit_head" set "seq" = ?, "hash" = ? where "id" = 1',
  },
  postgres: {
    // Locked while appending: concurrent writers queue here instead of forking the chain.
    head: 'select "seq", "hash" from "audit_head" where "id" = 1 for update',
    insert: 'insert into "audit" ("seq", "at", "actor", "action", "subject", "detail", "prev_hash", "hash") values ($1, $2, $3, $4, $5, $6, $7, $8)',
    update: 'update "audit_head" set "seq" = $1, "hash" = $2 where "id" = 1',
  },
} as const satisfies Record<Dialect, Record<string, string>>;

/** Appends one row. Must run inside the caller's transaction (`direct`: SQLite's statements without Kysely's executor). */
export async function appendAudit(tx: Db, dialect: Dialect, entry: AuditEntry, direct?: SqliteDirect): Promise<number> {
  const sqlText = APPEND_SQL[dialect];
  const exec = async <R>(text: string, parameters: unknown[] = []) =>
    (direct?.execute<R>(tx, text, parameters) ?? (await tx.executeQuery<R>(CompiledQuery.raw(text, parameters)))).rows;
  const head = (await exec<{ seq: number | string; hash: string }>(sqlText.head))[0];
  if (!head) throw new Error('the audit head row is missing');
  const seq = Number(head.seq) + 1;
  // The detail is made canonical once, for the row and for the hash (the command path's hot spot).
  // A missing detail is stored and hashed as null, as verifyAudit reads it back.
  const detail = canonicalJson(entry.detail ?? null);
  const hash = auditHashOfCanonical(head.hash, seq, entry, detail);
  await exec(sqlText.insert, [seq, entry.at, entry.actor, entry.action, entry.subject, detail, head.hash, hash]);
  await exec(sqlText.update, [seq, hash]);
  return seq;
}

export type AuditVerdict =
  | { ok: true; checked: number; headSeq: number }
  | { ok: false; checked: number; seq: number; reason: 'edited' | 'missing' | 'broken-link' | 'head-mismatch' };

/** Walks the chain from the start. Detects edited rows, deleted rows and a truncated tail. */
export async function verifyAudit(db: Db): Promise<AuditVerdict> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  let prev = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  const page = 1000;
  for (;;) {
    const rows = await db.selectFrom('audit').selectAll().where('seq', '>=', expected).orderBy('seq').limit(page).execute();
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected) return { ok: false, checked, seq: expected, reason: 'missing' };
      if (r.prev_hash !== prev) return { ok: false, checked, seq, reason: 'broken-link' };
      const entry: AuditEntry = { at: r.at, actor: r.actor, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) };
      if (auditHash(prev, seq, entry) !== r.hash) return { ok: false, checked, seq, reason: 'edited' };
      prev = r.hash;
      expected++;
      checked++;
    }
    if (rows.length < page) break;
  }
  if (Number(head.seq) !== expected - 1 || head.hash !== prev) {
    return { ok: false, checked, seq: expected, reason: Number(head.seq) > expected - 1 ? 'missing' : 'head-mismatch' };
  }
  return { ok: true, checked, headSeq: Number(head.seq) };
}

export function auditRow(r: { seq: number | string; at: string; actor: string; action: string; subject: string; detail: string; prev_hash: string; hash: string }): AuditRow {
  return { seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, subject: r.subject, detail: JSON.parse(r.detail), prevHash: r.prev_hash, hash: r.hash };
}
