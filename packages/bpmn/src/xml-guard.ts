// What is refused before any XML parser sees the text: input that is not a string, files over the
// size limit, and document type declarations. BPMN needs no DTD; refusing every <!DOCTYPE> (and
// so every entity declaration) closes external entity expansion (XXE) and entity-expansion bombs
// whatever the parser underneath would do with them.
import type { Locator, ProblemSink } from './bpmn-problems.ts';

export const BPMN_LIMITS = {
  /** The largest file read, in bytes of UTF-8 (a 1,000-node flow with its diagram is ~2 MB). */
  maxBytes: 10 * 1024 * 1024,
} as const;

const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

/** Returns the text to parse (without a byte-order mark), or undefined when it is refused. */
export function guardXml(input: unknown, sink: ProblemSink, locator: (text: string) => Locator): string | undefined {
  if (typeof input !== 'string') {
    sink.add('bpmn/not-text', 'the BPMN document must be text', 'BPMN 文档必须是文本');
    return undefined;
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = text.length > BPMN_LIMITS.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > BPMN_LIMITS.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    sink.add(
      'bpmn/too-large',
      `the file is ${mb(bytes)} MB; BPMN files may be at most ${mb(BPMN_LIMITS.maxBytes)} MB`,
      `文件大小为 ${mb(bytes)} MB；BPMN 文件最大 ${mb(BPMN_LIMITS.maxBytes)} MB`,
    );
    return undefined;
  }
  if (text.trim() === '') {
    sink.add('bpmn/empty', 'the file is empty', '文件为空');
    return undefined;
  }
  const doctype = DOCTYPE.exec(text);
  if (doctype) {
    sink.add(
      'bpmn/doctype',
      'document type declarations (<!DOCTYPE>, <!ENTITY>) are not allowed in BPMN files: entities are never expanded',
      'BPMN 文件中不允许文档类型声明（<!DOCTYPE>、<!ENTITY>）：实体永不展开',
      locator(text).at(doctype.index),
    );
    return undefined;
  }
  return text;
}
