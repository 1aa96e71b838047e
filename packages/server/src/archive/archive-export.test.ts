import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, exportChunks } from './archive-export.ts';
import type { ArchiveHit } from './archive-search.ts';

const hit = (over: Partial<ArchiveHit> = {}): ArchiveHit => ({
  id: 'i1', title: 'Plain', definition: 'contract', category: null, status: 'approved', initiator: 'li.na',
  createdAt: '2026-03-02T09:00:00.000Z', finishedAt: null, archivedAt: '2026-04-02T09:00:00.000Z', ...over,
});

async function collect(format: 'csv' | 'json', pages: ArchiveHit[][]): Promise<string> {
  async function* source() {
    for (const p of pages) yield p;
  }
  let out = '';
  for await (const chunk of exportChunks(format, source())) out += chunk;
  return out;
}

describe('archive export', () => {
  it('quotes cells per RFC 4180 only where needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x']) expect(csvCell(v).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('1-2')).toBe('1-2');
  });

  it('writes a BOM, a header and one CRLF line per row, across pages', async () => {
    const text = await collect('csv', [[hit()], [], [hit({ id: 'i2', title: '合同, 续签' })]]);
    expect(text.startsWith('\ufeffid,title,definition,category,status,initiator,createdAt,finishedAt,archivedAt\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(csvRow(hit({ title: '合同, 续签' }))).toContain('"合同, 续签"');
  });

  it('writes JSON that parses to the rows, empty or not', async () => {
    expect(JSON.parse(await collect('json', []))).toEqual([]);
    expect(JSON.parse(await collect('json', [[], [hit()], [hit({ id: 'i2' })]])).map((h: ArchiveHit) => h.id)).toEqual(['i1', 'i2']);
  });
});
