// Idempotency-Key for POST commands: the same key and body replay the stored response (one
// effect); the same key with another body is refused (422). Rows are written by the command's
// own transaction, so a crash cannot leave a key without its effect or the reverse.
import type { Context } from 'hono';
import type { Db } from '../store/store.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { sha256Hex } from '../util/hash.ts';
import { fail, ok } from './api-error.ts';
import type { Result } from './api-error.ts';

export interface IdempotencyClaim {
  userId: string;
  key: string;
  hash: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The claim of this request, undefined without the header, or a 400 for a malformed key. */
export function idempotencyClaim(c: Context, userId: string, body: unknown): Result<IdempotencyClaim | undefined> {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return ok(undefined);
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    return fail(400, 'bad-idempotency-key', 'Idempotency-Key must be 1-200 visible ASCII characters.', 'Idempotency-Key 须为 1-200 个可见 ASCII 字符。');
  }
  return ok({ userId, key, hash: sha256Hex(`${c.req.method} ${c.req.path} ${canonicalJson(body ?? null)}`) });
}

/** A stored response to replay, a 422 for a reused key, or undefined when the key is new. */
export async function replay(db: Db, claim: IdempotencyClaim): Promise<Result<StoredResponse> | undefined> {
  const row = await db.selectFrom('idempotency').select(['request_hash', 'status', 'response']).where('user_id', '=', claim.userId).where('key', '=', claim.key).executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== claim.hash) {
    return fail(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request.', '该 Idempotency-Key 已用于另一个请求。', { pointer: '' });
  }
  return ok({ status: Number(row.status), body: JSON.parse(row.response) });
}

export async function remember(tx: Db, claim: IdempotencyClaim, res: StoredResponse, now: string): Promise<void> {
  await tx.insertInto('idempotency').values({ user_id: claim.userId, key: claim.key, request_hash: claim.hash, status: res.status, response: JSON.stringify(res.body), created_at: now }).execute();
}
