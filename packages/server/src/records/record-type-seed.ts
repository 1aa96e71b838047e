// First-start seeding: the default record types (this folder's defaults/ and every template's
// record-types/*.json, first one of a key wins) are installed when absent, each validated; and the
// demo company gets a few customers and orders owned by two sales reps, so the records pages have
// data. Installed types are never overwritten: an admin's edits survive restarts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRecordType } from '@baton/schema';
import type { BatonRecordType } from '@baton/schema';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db, Store } from '../store/store.ts';
import { insertRecord } from './record-repo.ts';

export const DEFAULT_RECORD_TYPES_DIR = fileURLToPath(new URL('./defaults/', import.meta.url));

export interface RecordTypeSeedReport {
  installed: string[];
  skipped: Array<{ file: string; reason: string }>;
}

/** The record type files: defaults first, then templates/<name>/record-types/*.json. */
export function recordTypeFiles(templatesDir: string | undefined, defaultsDir = DEFAULT_RECORD_TYPES_DIR): string[] {
  const files: string[] = [];
  const jsonIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : []);
  files.push(...jsonIn(defaultsDir));
  if (templatesDir && existsSync(templatesDir)) {
    for (const d of readdirSync(templatesDir, { withFileTypes: true }).filter((x) => x.isDirectory()).map((x) => x.name).sort()) files.push(...jsonIn(join(templatesDir, d, 'record-types')));
  }
  return files;
}

export async function seedRecordTypes(store: Store, files: readonly string[], now: string, by = 'system'): Promise<RecordTypeSeedReport> {
  const report: RecordTypeSeedReport = { installed: [], skipped: [] };
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      report.skipped.push({ file, reason: 'not JSON' });
      continue;
    }
    const checked = validateRecordType(doc);
    if (!checked.ok) {
      report.skipped.push({ file, reason: checked.problems.map((p) => `${p.pointer} ${p.message.en}`).slice(0, 3).join('; ') });
      continue;
    }
    const { $schema: _drop, ...type } = checked.value as BatonRecordType & { $schema?: string };
    const exists = await store.db.selectFrom('record_types').select('key').where('key', '=', type.key).executeTakeFirst();
    if (exists) continue;
    // Several server processes may start at once on one PostgreSQL: the first insert wins, the
    // others find the key taken and write nothing (no second audit row, no crash at start).
    const inserted = await store.db.transaction().execute(async (tx) => {
      const r = await tx.insertInto('record_types').values({ key: type.key, body: JSON.stringify(type), revision: 1, updated_by: by, updated_at: now })
        .onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      await appendAudit(tx, store.dialect, { at: now, actor: by, action: 'record-type.seed', subject: `record-type:${type.key}`, detail: { file: file.split('/').slice(-3).join('/') } });
      return true;
    });
    if (inserted) report.installed.push(type.key);
  }
  return report;
}

/** A template's record types, installed with it when absent (inside the install's transaction). */
export async function installRecordTypes(tx: Db, docs: readonly unknown[], by: string, now: string): Promise<string[]> {
  const installed: string[] = [];
  for (const doc of docs) {
    const checked = validateRecordType(doc);
    if (!checked.ok) continue;
    const { $schema: _drop, ...type } = checked.value as BatonRecordType & { $schema?: string };
    const exists = await tx.selectFrom('record_types').select('key').where('key', '=', type.key).executeTakeFirst();
    if (exists) continue;
    await tx.insertInto('record_types').values({ key: type.key, body: JSON.stringify(type), revision: 1, updated_by: by, updated_at: now }).execute();
    installed.push(type.key);
  }
  return installed;
}

const DEMO: Array<{ id: string; type: string; owner: string; department: string; values: Record<string, unknown> }> = [
  { id: 'rec_demo_cust_1', type: 'customer', owner: 'li.na', department: 'sales-east', values: { name: 'Hangzhou Lakeside Foods 杭州湖畔食品', tier: 'key', credit_limit: 500000, status: 'active', owner: 'li.na' } },
  { id: 'rec_demo_cust_2', type: 'customer', owner: 'zhang.wei', department: 'sales-east', values: { name: 'Suzhou Silk Works 苏州丝绸', tier: 'standard', credit_limit: 200000, status: 'active', owner: 'zhang.wei' } },
  { id: 'rec_demo_cust_3', type: 'customer', owner: 'liu.yang', department: 'sales-north', values: { name: 'Tianjin Harbour Logistics 天津港物流', tier: 'strategic', credit_limit: 100000, status: 'active', owner: 'liu.yang' } },
  { id: 'rec_demo_order_1', type: 'order', owner: 'li.na', department: 'sales-east', values: { number: 'SO-2026-0001', customer: 'rec_demo_cust_1', amount: 128000, discount: 5, delivery_date: '2026-04-15', status: 'confirmed', owner: 'li.na' } },
  { id: 'rec_demo_order_2', type: 'order', owner: 'li.na', department: 'sales-east', values: { number: 'SO-2026-0002', customer: 'rec_demo_cust_1', amount: 46500, discount: 0, delivery_date: '2026-05-02', status: 'in-production', owner: 'li.na' } },
  { id: 'rec_demo_order_3', type: 'order', owner: 'zhang.wei', department: 'sales-east', values: { number: 'SO-2026-0003', customer: 'rec_demo_cust_2', amount: 89000, discount: 8, delivery_date: '2026-04-28', status: 'confirmed', owner: 'zhang.wei' } },
  { id: 'rec_demo_order_4', type: 'order', owner: 'liu.yang', department: 'sales-north', values: { number: 'SO-2026-0004', customer: 'rec_demo_cust_3', amount: 230000, discount: 3, delivery_date: '2026-06-10', status: 'draft', owner: 'liu.yang' } },
];

/** The demo company's customers and orders (only when their types exist and the rows do not). */
export async function seedDemoRecords(store: Store, now: string): Promise<number> {
  let n = 0;
  for (const d of DEMO) {
    const typeRow = await store.db.selectFrom('record_types').select('body').where('key', '=', d.type).executeTakeFirst();
    if (!typeRow) continue;
    const exists = await store.db.selectFrom('records').select('id').where('id', '=', d.id).executeTakeFirst();
    if (exists) continue;
    await insertRecord(store.db, JSON.parse(typeRow.body) as BatonRecordType, { id: d.id, owner: d.owner, department: d.department, values: d.values, createdBy: 'system', now });
    n++;
  }
  return n;
}
