// CSV import of records: the header names field keys (and "owner", which only admins may fill);
// each row is converted by its fields' types and checked like a created record. Rejected rows are
// reported with their row number (the header is row 1), field and reason; the accepted rows are
// written, with their audit rows and triggers, in ONE transaction.
import type { Field } from '@baton/schema';
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { fail, ok } from '../http/api-error.ts';
import type { Result } from '../http/api-error.ts';
import { parseCsv } from '../org/csv.ts';
import type { RecordValues } from './record-repo.ts';
import type { RecordTypeEntry } from './record-type-registry.ts';
import { inTransaction } from './record-transaction.ts';
import { createRecordWith } from './record-writer.ts';

export const MAX_IMPORT_ROWS = 5000;

export interface RejectedRow {
  row: number;
  field: string;
  reason: { en: string; 'zh-CN': string };
}

export interface ImportReport {
  imported: number;
  ids: string[];
  rejected: RejectedRow[];
}

/** A cell as its field's value: numbers, booleans and lists from text; "" means absent. */
function cellValue(field: Field, text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  switch (field.type) {
    case 'number':
    case 'money': {
      const n = Number(t);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
    }
    case 'boolean':
      return /^(true|yes|1)$/i.test(t) ? { ok: true, value: true } : /^(false|no|0)$/i.test(t) ? { ok: true, value: false } : { ok: false };
    case 'multi-select':
      return { ok: true, value: t.split(';').map((x) => x.trim()).filter(Boolean) };
    case 'detail-table':
    case 'attachment':
    case 'date-range':
      try {
        return { ok: true, value: JSON.parse(t) as unknown };
      } catch {
        return { ok: false };
      }
    default:
      return { ok: true, value: t };
  }
}

export async function importRecords(ctx: AppContext, p: Principal, entry: RecordTypeEntry, csv: string, newId: () => string): Promise<Result<ImportReport>> {
  // Spreadsheets save UTF-8 CSV with a byte-order mark.
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const header = rows[0]?.map((h) => h.trim());
  if (!header || header.length === 0) return fail(422, 'bad-csv', 'The CSV needs a header row of field keys.', 'CSV 需要以字段键为表头。', { pointer: '' });
  if (rows.length - 1 > MAX_IMPORT_ROWS) return fail(413, 'too-many-rows', `At most ${MAX_IMPORT_ROWS} rows per import.`, `每次最多导入 ${MAX_IMPORT_ROWS} 行。`);
  const byKey = new Map(entry.type.fields.map((f) => [f.key, f]));
  for (const [i, h] of header.entries()) {
    if (!byKey.has(h) && h !== 'owner') return fail(422, 'unknown-column', `Column ${i + 1} "${h}" is not a field of ${entry.type.key}.`, `第 ${i + 1} 列“${h}”不是${entry.type.key}的字段。`, { pointer: `/columns/${i}` });
  }
  if (new Set(header).size !== header.length) return fail(422, 'duplicate-column', 'A column appears twice in the header.', '表头中有重复的列。', { pointer: '' });
  const ownerCol = header.indexOf('owner');
  const ownerIsField = byKey.get('owner')?.type === 'user';
  let report: ImportReport = { imported: 0, ids: [], rejected: [] };
  const result = await inTransaction(ctx, async (tx) => {
    // A fresh report per attempt: a retried transaction (a PostgreSQL deadlock) must not count twice.
    report = { imported: 0, ids: [], rejected: [] };
    for (let r = 1; r < rows.length; r++) {
      const cells = rows[r]!;
      const rowNo = r + 1;
      const reject = (field: string, en: string, zh: string) => report.rejected.push({ row: rowNo, field, reason: { en, 'zh-CN': zh } });
      if (cells.length !== header.length) {
        reject('', `the row has ${cells.length} cells, the header ${header.length}`, `该行有 ${cells.length} 个单元格，表头有 ${header.length} 个`);
        continue;
      }
      const values: RecordValues = {};
      let bad = false;
      for (const [i, key] of header.entries()) {
        const field = byKey.get(key);
        if (!field) continue;
        const v = cellValue(field, cells[i]!);
        if (!v.ok) {
          reject(key, `"${cells[i]}" is not a valid ${field.type}`, `“${cells[i]}”不是有效的${field.type}`);
          bad = true;
          break;
        }
        if (v.value !== undefined) values[key] = v.value;
      }
      if (bad) continue;
      const wanted = ownerCol >= 0 ? cells[ownerCol]!.trim() : '';
      if (wanted && wanted !== p.userId && p.systemRole !== 'admin') {
        reject('owner', 'only admins may import records owned by someone else', '只有管理员可以导入他人负责的记录');
        continue;
      }
      const owner = wanted || p.userId;
      if (ownerIsField) delete values.owner;
      const created = await createRecordWith(ctx, tx, entry, { id: newId(), owner, values, actor: p.userId });
      if (!created.ok) {
        const e = created.error;
        const pointer = e.pointer ?? '';
        const first = (e.details as { problems?: Array<{ message: { en: string; 'zh-CN': string } }> } | undefined)?.problems?.[0]?.message ?? e.message;
        reject(pointer === '/owner' ? 'owner' : pointer.replace(/^\/values\/?/, '').split('/')[0] ?? '', first.en, first['zh-CN']);
        continue;
      }
      report.imported++;
      report.ids.push(created.value.record.id);
    }
    return ok(report);
  });
  return result;
}
