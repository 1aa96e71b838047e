// A small XML writer for the export: elements as plain data, rendered with two-space indentation,
// attributes in the order given, text escaped. Deterministic, so exporting twice gives the same
// bytes. Only characters XML 1.0 can carry are written; callers check text with `isXmlSafe`.

export interface XmlElement {
  name: string;
  /** Attributes in order; undefined values are left out. */
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: readonly XmlElement[];
  /** Text content (an element has text or children, not both). */
  text?: string;
}

// XML 1.0 Char production: tab, newline, carriage return, and U+0020 up, minus surrogates (unless
// paired) and U+FFFE/U+FFFF.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ILLEGAL_ALL = new RegExp(ILLEGAL.source, 'g');

/** Whether every character of `s` can appear in an XML 1.0 document. */
export function isXmlSafe(s: string): boolean {
  return !ILLEGAL.test(s);
}

/** `s` without the characters XML 1.0 cannot carry (for display-only text such as names). */
export function xmlSafe(s: string): string {
  return s.replace(ILLEGAL_ALL, '');
}

export function escapeAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

export function escapeText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

export function renderXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return out.join('\n') + '\n';
}

function write(el: XmlElement, indent: string, out: string[]): void {
  let open = `${indent}<${el.name}`;
  for (const [k, v] of Object.entries(el.attrs ?? {})) if (v !== undefined) open += ` ${k}="${escapeAttr(String(v))}"`;
  if (el.text !== undefined) {
    out.push(`${open}>${escapeText(el.text)}</${el.name}>`);
  } else if (el.children && el.children.length > 0) {
    out.push(`${open}>`);
    for (const c of el.children) write(c, indent + '  ', out);
    out.push(`${indent}</${el.name}>`);
  } else {
    out.push(`${open} />`);
  }
}
