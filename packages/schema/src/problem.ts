// A problem found in a Baton file: where (JSON Pointer), what kind (stable code), and a message
// in both UI languages. Validation and lint return these as values; they never throw.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** JSON Pointer into the checked document ("" is the whole document). */
  pointer: string;
  /** Stable, machine-readable kind, such as "schema/required" or "lint/edge-unknown-node". */
  code: string;
  severity: Severity;
  message: { en: string; 'zh-CN': string };
}

export type Checked<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };

export function problem(pointer: string, code: string, en: string, zh: string, severity: Severity = 'error'): Problem {
  return { pointer, code, severity, message: { en, 'zh-CN': zh } };
}

/** Escapes one reference token for a JSON Pointer (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + pointerToken(t)).join('');
}
