// The record types of one app: read from the record_types table, each with the form its values are
// validated against (built once per revision, so the shared Ajv caches one validator per type).
// The cache belongs to the registry instance, never the module.
import type { BatonForm, BatonRecordType } from '@baton/schema';
import { validateRecordType } from '@baton/schema';
import type { Problem } from '@baton/schema';
import { checkScheduleTriggers } from '../schedules/cron-expression.ts';
import type { Db } from '../store/store.ts';

export interface RecordTypeEntry {
  type: BatonRecordType;
  revision: number;
  /** The record's values as a form (required fields, types, limits). */
  form: BatonForm;
  updatedAt: string;
  updatedBy: string;
}

/** `exists`: no row was there when the caller looked, but another transaction created one before
 * this insert (nothing written here; the caller decides: 412 for a create-only PUT, else replace). */
export type PutOutcome =
  | { ok: true; entry: RecordTypeEntry; created: boolean }
  | { ok: false; reason: 'invalid'; problems: Problem[] }
  | { ok: false; reason: 'exists' };

export interface RecordTypeRegistry {
  list(db: Db): Promise<RecordTypeEntry[]>;
  get(db: Db, key: string): Promise<RecordTypeEntry | undefined>;
  /**
   * Validates and stores `doc` under `key` (inside the caller's transaction). `known`: the entry
   * the caller read (null: none) to decide between create and replace; else it reads its own.
   */
  put(tx: Db, key: string, doc: unknown, actor: string, now: string, known?: RecordTypeEntry | null): Promise<PutOutcome>;
}

export function createRecordTypeRegistry(): RecordTypeRegistry {
  const forms = new Map<string, { revision: number; form: BatonForm }>();
  const entry = (row: { key: string; body: string; revision: number; updated_at: string; updated_by: string }): RecordTypeEntry => {
    const revision = Number(row.revision);
    let cached = forms.get(row.key);
    const type = JSON.parse(row.body) as BatonRecordType;
    if (!cached || cached.revision !== revision) {
      cached = { revision, form: { fields: type.fields } as BatonForm };
      forms.set(row.key, cached);
    }
    return { type, revision, form: cached.form, updatedAt: row.updated_at, updatedBy: row.updated_by };
  };
  return {
    async list(db) {
      const rows = await db.selectFrom('record_types').selectAll().orderBy('key').execute();
      return rows.map(entry);
    },
    async get(db, key) {
      const row = await db.selectFrom('record_types').selectAll().where('key', '=', key).executeTakeFirst();
      return row ? entry(row) : undefined;
    },
    async put(tx, key, doc, actor, now, known) {
      const checked = validateRecordType(doc);
      if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
      const { $schema: _drop, ...type } = checked.value as BatonRecordType & { $schema?: string };
      const cron = checkScheduleTriggers(type);
      if (cron.length > 0) return { ok: false, reason: 'invalid', problems: cron };
      if (type.key !== key) {
        return { ok: false, reason: 'invalid', problems: [{ pointer: '/key', code: 'key-mismatch', severity: 'error', message: { en: `the key must be "${key}", as in the path`, 'zh-CN': `key 必须与路径中的“${key}”一致` } }] };
      }
      const body = JSON.stringify(type);
      // A caller that judged a precondition on its own read passes what it read (null: none), so
      // the write is decided on the same state (a row created meanwhile is `exists`, not replaced).
      const prior = known !== undefined ? (known ? { revision: known.revision } : undefined)
        : await tx.selectFrom('record_types').select('revision').where('key', '=', key).executeTakeFirst();
      const revision = prior ? Number(prior.revision) + 1 : 1;
      if (prior) await tx.updateTable('record_types').set({ body, revision, updated_by: actor, updated_at: now }).where('key', '=', key).execute();
      else {
        // A row lock cannot guard a row that does not exist yet: two creates at once both get
        // here, and on PostgreSQL the second insert waits for the first and then inserts nothing.
        const inserted = await tx.insertInto('record_types').values({ key, body, revision, updated_by: actor, updated_at: now })
          .onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst();
        if (!inserted) return { ok: false, reason: 'exists' };
      }
      return { ok: true, entry: entry({ key, body, revision, updated_at: now, updated_by: actor }), created: !prior };
    },
  };
}

/** The list/detail shape of a record type. */
export function recordTypeView(e: RecordTypeEntry) {
  const t = e.type;
  return {
    key: t.key, name: t.name, pluralName: t.pluralName ?? t.name, fields: t.fields, titleField: t.titleField,
    access: { read: t.access?.read ?? 'owner', edit: t.access?.edit ?? 'owner' }, triggers: t.triggers ?? [], revision: e.revision, updatedAt: e.updatedAt,
  };
}
