import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    expect(parseCsv('id,name\r\na,"Smith, Ann"\nb,"say ""hi"""\nc,"two\nlines"\n')).toEqual([
      ['id', 'name'],
      ['a', 'Smith, Ann'],
      ['b', 'say "hi"'],
      ['c', 'two\nlines'],
    ]);
  });

  it('keeps empty cells, drops blank lines, and reads a last line without a newline', () => {
    expect(parseCsv('a,,c\n\nx,y')).toEqual([['a', '', 'c'], ['x', 'y']]);
    expect(parseCsv('')).toEqual([]);
  });
});
