// Reads a JSON request body as a value: 415 for another content type, 400 for malformed JSON,
// 422 for keys that could pollute prototypes and for anything the route's JSON Schema refuses.
// (413 is the body-limit middleware's, before this runs.)
import type { Context } from 'hono';
import type { Problem } from '@baton/schema';
import { fail, failure, ok } from './api-error.ts';
import type { ApiFailure, Result } from './api-error.ts';
import { validateBody } from './body-validator.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds the first forbidden key, as a JSON Pointer, or undefined. */
export function findForbiddenKey(value: unknown, pointer = ''): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], `${pointer}/${i}`);
      if (hit !== undefined) return hit;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (FORBIDDEN_KEYS.has(key)) return here;
      const hit = findForbiddenKey((value as Record<string, unknown>)[key], here);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
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
  const bad = findForbiddenKey(body);
  if (bad !== undefined) {
    return fail(422, 'forbidden-key', 'The body contains a reserved key (__proto__, constructor or prototype).',
      '请求体包含保留的键名（__proto__、constructor 或 prototype）。', { pointer: bad });
  }
  if (schemaId !== undefined) {
    const problems = validateBody(schemaId, body);
    if (problems.length > 0) return problemsFailure(problems);
  }
  return ok(body);
}
