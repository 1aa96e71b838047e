// The JSON export file: a header (format, version, where it came from, the migrations its rows
// follow) and every application table's rows as objects keyed by column. The checks here run
// before anything is written, and each failure names the JSON Pointer of what is wrong.
import { failure } from '../http/api-error.ts';
import type { ApiFailure } from '../http/api-error.ts';
import type { TableInfo } from './table-catalog.ts';

export const EXPORT_FORMAT = 'baton-export';
export const EXPORT_VERSION = 1;

export type CellValue = string | number | boolean | null;
export type ExportRow = Record<string, CellValue>;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  source: { dialect: string };
  /** The migrations applied to the source database, in order. */
  migrations: string[];
}

export interface ExportDocument extends ExportHeader {
  tables: Record<string, ExportRow[]>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const bad = (pointer: string, code: string, en: string, zh: string): { ok: false; error: ApiFailure } => ({ ok: false, error: failure(400, code, en, zh, { pointer }) });

/**
 * Checks a parsed file against the target database: the format and version, that the file's
 * migrations are all ones the target has (it may have more), and that every table, column and
 * value is one the target has. Never throws.
 */
export function checkExportDocument(doc: unknown, tables: readonly TableInfo[], targetMigrations: readonly string[]): { ok: true; value: ExportDocument } | { ok: false; error: ApiFailure } {
  if (!isObject(doc)) return bad('', 'not-an-export', 'The file is not a Baton export (expected a JSON object).', '文件不是 Baton 导出文件（应为 JSON 对象）。');
  if (doc.format !== EXPORT_FORMAT) return bad('/format', 'not-an-export', `The file is not a Baton export: "format" must be "${EXPORT_FORMAT}".`, `文件不是 Baton 导出文件："format" 应为 "${EXPORT_FORMAT}"。`);
  if (doc.version !== EXPORT_VERSION) return bad('/version', 'unsupported-version', `Export version ${JSON.stringify(doc.version)} is not supported (this Baton reads version ${EXPORT_VERSION}).`, `不支持导出版本 ${JSON.stringify(doc.version)}（本版本读取 ${EXPORT_VERSION}）。`);
  if (typeof doc.exportedAt !== 'string') return bad('/exportedAt', 'bad-header', '"exportedAt" must be a string.', '"exportedAt" 必须是字符串。');
  if (!isObject(doc.source) || typeof doc.source.dialect !== 'string') return bad('/source', 'bad-header', '"source" must be an object with a "dialect".', '"source" 必须是含 "dialect" 的对象。');
  if (!Array.isArray(doc.migrations) || !doc.migrations.every((m) => typeof m === 'string')) return bad('/migrations', 'bad-header', '"migrations" must be a list of migration names.', '"migrations" 必须是迁移名称列表。');
  const migrations = doc.migrations as string[];
  // Migrations are named, not strictly sequential (engineers add them in parallel): the file may
  // lack some of the target's (their tables stay empty, their columns take defaults), never add one.
  const known = new Set(targetMigrations);
  for (let i = 0; i < migrations.length; i++) {
    if (!known.has(migrations[i]!)) {
      return bad(`/migrations/${i}`, 'migration-mismatch', `The file was written after migration "${migrations[i]}", which this server does not have (it has ${targetMigrations.join(', ')}). Import it with the Baton version that wrote it.`, `文件基于迁移 "${migrations[i]}"，本服务器没有该迁移（现有 ${targetMigrations.join('、')}）。请用导出它的 Baton 版本导入。`);
    }
  }
  if (!isObject(doc.tables)) return bad('/tables', 'bad-tables', '"tables" must be an object of table name to rows.', '"tables" 必须是表名到行的对象。');
  const columnsOf = new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  for (const [name, rows] of Object.entries(doc.tables)) {
    const columns = columnsOf.get(name);
    const at = `/tables/${esc(name)}`;
    if (!columns) return bad(at, 'unknown-table', `The file has a table "${name}" this database does not have.`, `文件含有本数据库没有的表 "${name}"。`);
    if (!Array.isArray(rows)) return bad(at, 'bad-rows', `Table "${name}" must be a list of rows.`, `表 "${name}" 必须是行列表。`);
    for (let i = 0; i < rows.length; i++) {
      const row: unknown = rows[i];
      if (!isObject(row)) return bad(`${at}/${i}`, 'bad-row', `Row ${i} of "${name}" must be an object.`, `"${name}" 的第 ${i} 行必须是对象。`);
      for (const [col, value] of Object.entries(row)) {
        if (!columns.has(col)) return bad(`${at}/${i}/${esc(col)}`, 'unknown-column', `Row ${i} of "${name}" has a column "${col}" the table does not have.`, `"${name}" 的第 ${i} 行含有表中没有的列 "${col}"。`);
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
          return bad(`${at}/${i}/${esc(col)}`, 'bad-value', `Column "${col}" of row ${i} of "${name}" must be a string, number, boolean or null.`, `"${name}" 第 ${i} 行的列 "${col}" 必须是字符串、数字、布尔值或 null。`);
        }
      }
    }
  }
  return { ok: true, value: doc as unknown as ExportDocument };
}
