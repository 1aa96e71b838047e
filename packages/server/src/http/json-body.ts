// Reads a JSON request body as a value: 415 for another content type, 400 for malformed JSON,
// 422 for keys that could pollute prototypes and for anything the route's JSON Schema refuses.
// (413 is the body-limit middleware's, before this runs.)
import type { Context } from 'hono';
import type { Problem } from '@baton/schema';
import { fail, failure, ok } from './api-error.ts';
import type { ApiFailure, Result } from './api-error.ts';
import { validateBody } from './body-validator.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper bodies are refused: nothing Baton accepts nests this far, and recursive code downstream need not fear them. */
export const MAX_BODY_DEPTH = 64;

/** Finds the first forbidden key, as a JSON Pointer, or undefined. Iterative: bodies may nest deeply. */
export function findForbiddenKey(value: unknown): string | undefined {
  return inspectBody(value).forbidden;
}

/** The first forbidden key and the first spot nested deeper than MAX_BODY_DEPTH, as pointers. */
export function inspectBody(value: unknown): { forbidden?: string; tooDeep?: string } {
  const stack: Array<[unknown, string, number]> = [[value, '', 0]];
  let tooDeep: string | undefined;
  while (stack.length > 0) {
    const [v, pointer, depth] = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) {
      tooDeep ??= pointer;
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${pointer}/${i}`, depth + 1]);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) return { forbidden: `${pointer}/${key}` };
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        stack.push([(v as Record<string, unknown>)[key], `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1]);
      }
    }
  }
  return tooDeep === undefined ? {} : { tooDeep };
}

export function problemsFailure<T>(problems: Problem[], code = 'validation-failed'): Result<T> {
  return { ok: false, error: problemsError(problems, code) };
}

/** A 422 naming the first problem (its pointer and message), with every problem in details. */
export function problemsError(problems: Problem[], code = 'validation-failed'): ApiFailure {
  const first = problems[0];
  return failure(422, code, `The request is not valid: ${first?.message.en ?? ''}`.trim(),
    `请求内容无效：${first?.message['zh-CN'] ?? ''}`.trim(), {
      pointer: first?.pointer ?? '',
      details: { problems },
    });
}

/** Parses and checks the body against `schemaId` (a schemas/api/*.schema.json $id, or undefined). */
export async function readJsonBody(c: Context, schemaId?: string): Promise<Result<unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return fail(415, 'unsupported-media-type', 'Send the body as application/json.', '请求体必须是 application/json。');
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(400, 'malformed-json', 'The request body is not valid JSON.', '请求体不是有效的 JSON。');
  }
  const seen = inspectBody(body);
  if (seen.forbidden !== undefined) {
    return fail(422, 'forbidden-key', 'The body contains a reserved key (__proto__, constructor or prototype).',
      '请求体包含保留的键名（__proto__、constructor 或 prototype）。', { pointer: seen.forbidden });
  }
  if (seen.tooDeep !== undefined) {
    return fail(422, 'too-deep', `The body nests deeper than ${MAX_BODY_DEPTH} levels.`, `请求体嵌套超过 ${MAX_BODY_DEPTH} 层。`, { pointer: seen.tooDeep });
  }
  if (schemaId !== undefined) {
    const problems = validateBody(schemaId, body);
    if (problems.length > 0) return problemsFailure(problems);
  }
  return ok(body);
}
