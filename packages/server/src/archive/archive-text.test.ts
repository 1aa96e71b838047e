import { describe, expect, it } from 'vitest';
import { flattenText, fts5Query, indexTokens, keywordTerms, tsQuery } from './archive-text.ts';

describe('archive text', () => {
  it('flattens the title and every nested form value, skipping booleans and nulls', () => {
    expect(flattenText('T', { a: 'x', n: 3, b: true, z: null, rows: [{ item: '纸', qty: 2 }], tags: ['p', 'q'] })).toBe('T x 3 纸 2 p q');
  });

  it('caps the flattened text', () => {
    expect(flattenText('', { big: 'y'.repeat(20_000) }).length).toBe(8000);
  });

  it('splits CJK runs into bigrams and keeps lower-cased words whole', () => {
    expect(indexTokens('Acme 合同续签, Renewal-2026 字')).toEqual(['acme', '合同', '同续', '续签', '签', 'renewal', '2026', '字']);
  });

  it('turns a keyword into prefix words and bigrams, deduplicated; punctuation alone gives nothing', () => {
    expect(keywordTerms('ACME 续签 续签 合')).toEqual([
      { text: 'acme', prefix: true }, { text: '续签', prefix: false }, { text: '合', prefix: true },
    ]);
    expect(keywordTerms('"*) OR (')).toEqual([{ text: 'or', prefix: true }]);
    expect(keywordTerms('!!! ***')).toEqual([]);
    expect(keywordTerms('a b c d e f g h i j k l m n o p q r s').length).toBe(16);
  });

  it('quotes every term in the FTS5 and tsquery forms, so no operator gets through', () => {
    const terms = keywordTerms('near acme 合同');
    expect(fts5Query(terms)).toBe('"near"* AND "acme"* AND "合同"');
    expect(tsQuery(terms)).toBe("'near':* & 'acme':* & '合同'");
    expect(fts5Query([{ text: 'a"b', prefix: false }])).toBe('"a""b"');
    expect(tsQuery([{ text: "o'k\\", prefix: false }])).toBe("'o''k\\\\'");
  });
});
