// A problem tied to a file, and how it is printed: one line per problem,
// `file:/json/pointer: message` (or `file:line:column: message` for JSON syntax errors), or a JSON
// array for tools.
import type { Problem } from '@baton/schema';
import type { Colours } from '../io.ts';

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export interface FileProblem extends Problem {
  file: string;
  /** For JSON syntax errors, where in the text (1-based). */
  line?: number;
  column?: number;
}

export function inFile(file: string, problems: readonly Problem[]): FileProblem[] {
  return problems.map((p) => ({ ...p, file }));
}

export function fileProblem(
  file: string,
  code: string,
  en: string,
  zh: string,
  extra: { pointer?: string; line?: number; column?: number; severity?: 'error' | 'warning' } = {},
): FileProblem {
  const { pointer = '', severity = 'error', ...where } = extra;
  return { file, pointer, code, severity, message: { en, 'zh-CN': zh }, ...where };
}

/** Where the problem is: `file:3:14`, `file:/edges/1/to`, or just `file` for the whole document. */
export function location(p: FileProblem): string {
  if (p.line !== undefined) return `${p.file}:${p.line}:${p.column ?? 1}`;
  return p.pointer === '' ? p.file : `${p.file}:${p.pointer}`;
}

export function problemLine(p: FileProblem, lang: Lang, c: Colours): string {
  const label = p.severity === 'warning' ? c.yellow('warning: ') : '';
  const message = p.message[lang] || p.message.en;
  return `${c.bold(location(p))}: ${label}${p.severity === 'error' ? c.red(message) : message} ${c.dim(`[${p.code}]`)}`;
}

export interface ProblemJson {
  file: string;
  pointer: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  line?: number;
  column?: number;
}

export function problemJson(p: FileProblem, lang: Lang): ProblemJson {
  const out: ProblemJson = {
    file: p.file,
    pointer: p.pointer,
    code: p.code,
    severity: p.severity,
    message: p.message[lang] || p.message.en,
  };
  if (p.line !== undefined) {
    out.line = p.line;
    out.column = p.column ?? 1;
  }
  return out;
}

export function countBySeverity(problems: readonly FileProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
