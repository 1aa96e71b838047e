// Checks a request body against one of the API schemas with the shared Ajv of @baton/schema (the
// API schemas are added to it once; Ajv keeps the compiled validators). Returns problems as values.
import { problem, sharedAjv } from '@baton/schema';
import type { Problem } from '@baton/schema';
import { API_SCHEMAS } from './api-schemas.ts';

interface AjvErrorLike {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function ensureApiSchemas(): ReturnType<typeof sharedAjv>['ajv'] {
  const { ajv } = sharedAjv();
  for (const s of API_SCHEMAS) {
    if (!ajv.getSchema(String(s.$id))) ajv.addSchema(s);
  }
  return ajv;
}

function toProblem(e: AjvErrorLike): Problem {
  let pointer = e.instancePath;
  let en = e.message ?? e.keyword;
  let zh = `不符合要求（${e.keyword}）`;
  if (e.keyword === 'additionalProperties') {
    const name = String(e.params.additionalProperty);
    pointer = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    en = `unknown property "${name}"`;
    zh = `未知的属性“${name}”`;
  } else if (e.keyword === 'required') {
    const name = String(e.params.missingProperty);
    pointer = `${pointer}/${name}`;
    en = `"${name}" is required`;
    zh = `缺少必填项“${name}”`;
  } else if (e.keyword === 'type') {
    zh = `类型应为 ${String(e.params.type)}`;
  } else if (e.keyword === 'enum') {
    en = `must be one of ${JSON.stringify(e.params.allowedValues)}`;
    zh = `必须是 ${JSON.stringify(e.params.allowedValues)} 之一`;
  }
  return problem(pointer, `schema/${e.keyword}`, en, zh);
}

/** Problems of `body` against the API schema `schemaId` (empty when valid). Throws only for an unknown id. */
export function validateBody(schemaId: string, body: unknown): Problem[] {
  const validate = ensureApiSchemas().getSchema(schemaId);
  if (!validate) throw new Error(`unknown API schema ${schemaId}`);
  if (validate(body)) return [];
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of (validate.errors ?? []) as AjvErrorLike[]) {
    const p = toProblem(e);
    const k = `${p.pointer} ${p.code}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}
