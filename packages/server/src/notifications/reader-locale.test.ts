import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './reader-locale.ts';

describe('Accept-Language to a notice language', () => {
  it('takes the highest weighted zh-* or en-* tag, the first listed on a tie', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('zh-Hant-TW')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('EN-gb')).toBe('en');
    expect(localeFromAcceptLanguage('fr;q=1, zh;q=0.3, en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.5, zh;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('zh ; q = 0.5 , en;q=0.4')).toBe('zh-CN');
  });

  it('answers nothing for absent, foreign, refused or malformed headers', () => {
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
    expect(localeFromAcceptLanguage('')).toBeUndefined();
    expect(localeFromAcceptLanguage('*')).toBeUndefined();
    expect(localeFromAcceptLanguage('de-DE, fr')).toBeUndefined();
    expect(localeFromAcceptLanguage('english, zhong')).toBeUndefined();
    expect(localeFromAcceptLanguage('en;q=0')).toBeUndefined();
    expect(localeFromAcceptLanguage('en;q=2')).toBeUndefined();
    expect(localeFromAcceptLanguage('en;q=-1, zh;q=abc')).toBeUndefined();
    expect(localeFromAcceptLanguage(',,;;,')).toBeUndefined();
  });

  it('reads only the first 512 characters of a long header', () => {
    expect(localeFromAcceptLanguage(`${'de,'.repeat(200)}en`)).toBeUndefined();
    expect(localeFromAcceptLanguage(`en,${'de,'.repeat(5000)}`)).toBe('en');
  });
});
