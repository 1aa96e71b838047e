// Archive export as CSV (RFC 4180: CRLF lines, quoted cells where needed, a header row) or JSON,
// produced page by page so a large export never sits in memory whole. Cells a spreadsheet would
// read as a formula (= + - @, tab, CR first) get a leading apostrophe (OWASP CSV injection).
import type { ArchiveHit } from './archive-search.ts';

export type ExportFormat = 'csv' | 'json';

export const EXPORT_COLUMNS = ['id', 'title', 'definition', 'category', 'status', 'initiator', 'createdAt', 'finishedAt', 'archivedAt'] as const;

export function csvCell(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const csvHeader = () => EXPORT_COLUMNS.join(',') + '\r\n';

export const csvRow = (hit: ArchiveHit) => EXPORT_COLUMNS.map((c) => csvCell(hit[c])).join(',') + '\r\n';

/** The export's chunks: header, rows, footer, pulled from `pages` (an async page source). */
export async function* exportChunks(format: ExportFormat, pages: AsyncIterable<ArchiveHit[]>): AsyncGenerator<string> {
  // The byte-order mark lets spreadsheet programs read the UTF-8 (Chinese titles) correctly.
  yield format === 'csv' ? '\ufeff' + csvHeader() : '[';
  let first = true;
  for await (const page of pages) {
    if (format === 'csv') {
      yield page.map(csvRow).join('');
    } else if (page.length > 0) {
      yield (first ? '\n' : ',\n') + page.map((h) => JSON.stringify(h)).join(',\n');
      first = false;
    }
  }
  yield format === 'csv' ? '' : '\n]\n';
}
