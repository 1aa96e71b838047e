// Reads JSON documents once per run: a template, its workflow and the scenarios beside it refer
// to each other, and each file should be read and parsed a single time. Failures are values.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileProblem, type FileProblem } from '../report/file-problem.ts';
import { parseJsonText } from './json-text.ts';

export type ReadDocument = { ok: true; value: unknown; text: string } | { ok: false; problem: FileProblem };

export interface DocumentReader {
  /** Reads `file` (as shown to the user; resolved against the working directory). */
  read(file: string): Promise<ReadDocument>;
}

export function createDocumentReader(cwd: string): DocumentReader {
  const cache = new Map<string, Promise<ReadDocument>>();
  return {
    read(file) {
      const key = resolve(cwd, file);
      let doc = cache.get(key);
      if (!doc) {
        doc = readDocument(key, file);
        cache.set(key, doc);
      }
      return doc;
    },
  };
}

async function readDocument(path: string, shown: string): Promise<ReadDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const reason = describeFsError(err);
    return {
      ok: false,
      problem: fileProblem(shown, 'file/unreadable', `cannot read the file: ${reason.en}`, `无法读取文件：${reason.zh}`),
    };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: fileProblem(
        shown,
        'json/syntax',
        `invalid JSON: ${parsed.message}`,
        `JSON 语法错误：${parsed.message}`,
        { line: parsed.line, column: parsed.column },
      ),
    };
  }
  return { ok: true, value: parsed.value, text };
}

function describeFsError(err: unknown): { en: string; zh: string } {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') return { en: 'no such file', zh: '文件不存在' };
  if (code === 'EISDIR') return { en: 'it is a directory', zh: '这是一个目录' };
  if (code === 'EACCES' || code === 'EPERM') return { en: 'permission denied', zh: '没有权限' };
  const message = err instanceof Error ? err.message : String(err);
  return { en: message, zh: message };
}
