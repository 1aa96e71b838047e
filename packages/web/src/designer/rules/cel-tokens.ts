// A tokenizer for the part of CEL the rule builder reads. Anything it does not know becomes an
// "other" token, which makes the parser give up (the text stays in advanced mode).
export type Token =
  | { t: 'ident'; v: string }
  | { t: 'number'; v: number }
  | { t: 'string'; v: string }
  | { t: 'op'; v: string }
  | { t: 'other'; v: string };

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ',', '.', '-'];

export function tokenize(src: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) { i++; continue; }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      const v = m?.[0] ?? c;
      out.push({ t: 'ident', v });
      i += v.length;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(?:[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+(?:[eE][+-]?[0-9]+)?)(?![A-Za-z0-9_.])/.exec(src.slice(i));
      if (!m) return undefined;
      out.push({ t: 'number', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      const r = readString(src, i, c);
      if (!r) return undefined;
      out.push({ t: 'string', v: r.value });
      i = r.end;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) { out.push({ t: 'op', v: op }); i += op.length; continue; }
    out.push({ t: 'other', v: c });
    i++;
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f' };

function readString(src: string, start: number, quote: string): { value: string; end: number } | undefined {
  let i = start + 1;
  let value = '';
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === quote) return { value, end: i + 1 };
    if (c === '\n') return undefined;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (e === 'u') {
        const hex = src.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        value += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const mapped = ESCAPES[e];
      if (mapped === undefined) return undefined;
      value += mapped;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  return undefined;
}
