// The text the archive's keyword index holds, and the keyword query over it. Both dialects get
// the same segmented text: lower-cased words, and every run of CJK characters split into
// overlapping bigrams ("合同续签" -> "合同 同续 续签"), the way CJK search analyzers do, because
// neither FTS5's unicode61 tokenizer nor PostgreSQL's 'simple' parser splits Chinese words.
// A keyword matches when every word is a prefix of an indexed word and every bigram is present.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { searchableData } from '../definitions/searchable-data.ts';

const MAX_TEXT = 8000;
const MAX_TERMS = 16;
// Han, kana, hangul and CJK punctuation-free ranges; other letters and digits form words.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const TOKEN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+|[\p{L}\p{N}]+/gu;

/** Title and every form value (nested tables and lists included) as one string, capped. */
export function flattenText(title: string, data: unknown): string {
  const parts: string[] = [title];
  let size = title.length;
  const stack: unknown[] = [data];
  while (stack.length > 0 && size < MAX_TEXT) {
    const v = stack.pop();
    if (typeof v === 'string' || typeof v === 'number') {
      const s = String(v);
      parts.push(s);
      size += s.length + 1;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === 'object') {
      const values = Object.values(v as Record<string, unknown>);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return parts.join(' ').slice(0, MAX_TEXT);
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The indexed tokens of a text: lower-cased words and CJK bigrams (single CJK characters as is). */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().normalize('NFKC').matchAll(TOKEN)) {
    const t = m[0];
    // The run's last character alone too, so a one-character keyword finds it at the end of a run.
    if (CJK.test(t)) out.push(...bigrams(t), ...([...t].length > 1 ? [[...t].at(-1)!] : []));
    else out.push(t);
  }
  return out;
}

/** A keyword term: a word matched as a prefix, or a CJK bigram (or single character, as a prefix). */
export interface KeywordTerm {
  text: string;
  prefix: boolean;
}

/** The terms of a user's keyword, deduplicated and capped; empty when it has no letters or digits. */
export function keywordTerms(q: string): KeywordTerm[] {
  const seen = new Set<string>();
  const out: KeywordTerm[] = [];
  for (const m of q.toLowerCase().normalize('NFKC').matchAll(TOKEN)) {
    const t = m[0];
    const terms = CJK.test(t)
      ? [...t].length === 1 ? [{ text: t, prefix: true }] : bigrams(t).map((b) => ({ text: b, prefix: false }))
      : [{ text: t, prefix: true }];
    for (const term of terms) {
      if (seen.has(term.text) || out.length >= MAX_TERMS) continue;
      seen.add(term.text);
      out.push(term);
    }
  }
  return out;
}

/** An FTS5 MATCH expression: every term double-quoted (so no operator can be smuggled in), ANDed. */
export function fts5Query(terms: readonly KeywordTerm[]): string {
  return terms.map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' AND ');
}

/** A tsquery literal (cast with ::tsquery, no parser involved): quoted lexemes, prefixes as :*, ANDed. */
export function tsQuery(terms: readonly KeywordTerm[]): string {
  return terms.map((t) => `'${t.text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${t.prefix ? ':*' : ''}`).join(' & ');
}

/** What an archived request is indexed by: its title, the flow's names (so "报销" finds every
 * expense claim) and the form values no step hides. One function for archiving and for the
 * rebuild after a restore, so both index the same text. */
export function archiveText(title: string, def: BatonWorkflowDefinition | undefined, data: Record<string, unknown>): string {
  const names = def ? Object.values(def.name).join(' ') : '';
  return flattenText(`${title} ${names}`, searchableData(def, data));
}
