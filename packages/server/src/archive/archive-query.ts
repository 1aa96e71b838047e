// Reads archive search and export query strings into filters, or a 400 naming the parameter.
import { failure } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import type { ArchiveFilters } from './archive-search.ts';

export const FINISHED_STATUSES = ['approved', 'rejected', 'withdrawn', 'terminated'] as const;
const KEY = /^[a-z0-9][a-z0-9._-]{0,127}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export interface ArchiveQuery {
  filters: ArchiveFilters;
  after?: number;
  limit: number;
}

const bad = (name: string, en: string, zh: string) => failure(400, 'bad-query', `Query parameter "${name}": ${en}`, `查询参数“${name}”：${zh}`, { pointer: `/${name}` });

/** A date alone ("2026-03-02") means its midnight UTC; instants are normalised to RFC 3339 UTC. */
function instant(text: string): string | undefined {
  if (!INSTANT.test(text)) return undefined;
  const t = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

export const writeArchiveCursor = (id: number) => Buffer.from(String(id)).toString('base64url');

export function readArchiveQuery(params: Record<string, string>, maxLimit: number, defaultLimit: number): ArchiveQuery | ApiFailure {
  const f: ArchiveFilters = {};
  if (params.q !== undefined) {
    if (params.q.length > 200) return bad('q', 'at most 200 characters.', '最多 200 个字符。');
    if (params.q.trim() !== '') f.q = params.q;
  }
  for (const name of ['definition', 'initiator', 'category'] as const) {
    const v = params[name];
    if (v === undefined || v === '') continue;
    if (!KEY.test(v)) return bad(name, 'not a valid key.', '不是有效的标识。');
    f[name] = v;
  }
  if (params.status) {
    if (!(FINISHED_STATUSES as readonly string[]).includes(params.status)) return bad('status', `one of ${FINISHED_STATUSES.join(', ')}.`, `须为 ${FINISHED_STATUSES.join('、')} 之一。`);
    f.status = params.status;
  }
  for (const name of ['from', 'to'] as const) {
    const v = params[name];
    if (v === undefined || v === '') continue;
    const at = instant(v);
    if (!at) return bad(name, 'not a date (YYYY-MM-DD) or RFC 3339 instant.', '不是有效的日期（YYYY-MM-DD）或时间。');
    f[name] = at;
  }
  const out: ArchiveQuery = { filters: f, limit: defaultLimit };
  if (params.limit !== undefined) {
    const n = Number(params.limit);
    if (!/^\d+$/.test(params.limit) || n < 1 || n > maxLimit) return bad('limit', `a whole number from 1 to ${maxLimit}.`, `须为 1 到 ${maxLimit} 的整数。`);
    out.limit = n;
  }
  if (params.cursor !== undefined) {
    const text = Buffer.from(params.cursor, 'base64url').toString('utf8');
    const n = Number(text);
    if (!/^\d{1,15}$/.test(text) || writeArchiveCursor(n) !== params.cursor) return bad('cursor', 'not a cursor this API gave.', '不是本接口返回的游标。');
    out.after = n;
  }
  return out;
}
