// The OpenAPI 3.1 document, assembled from the route table the router serves and the JSON
// Schemas in schemas/ (the API bodies and the Baton files), so it cannot drift from either.
// OpenAPI 3.1 speaks JSON Schema 2020-12, so the schemas go in as they are, referenced by $id.
import commonSchema from '../../../../schemas/common.schema.json' with { type: 'json' };
import formSchema from '../../../../schemas/form.schema.json' with { type: 'json' };
import orgSchema from '../../../../schemas/org.schema.json' with { type: 'json' };
import recordTypeSchema from '../../../../schemas/record-type.schema.json' with { type: 'json' };
import scenarioSchema from '../../../../schemas/scenario.schema.json' with { type: 'json' };
import workflowSchema from '../../../../schemas/workflow.schema.json' with { type: 'json' };
import { API_SCHEMAS } from '../http/api-schemas.ts';
import type { JsonSchema } from '../http/api-schemas.ts';
import type { RouteSpec } from '../http/route-book.ts';

const FILE_SCHEMAS: readonly JsonSchema[] = [commonSchema, formSchema, orgSchema, recordTypeSchema, scenarioSchema, workflowSchema];
const ERROR_ID = 'https://baton.dev/schemas/api/error.schema.json';

/** components.schemas key of a schema: "api.login", "workflow"... */
function componentName(id: string): string {
  return id.replace('https://baton.dev/schemas/', '').replace('.schema.json', '').replace('/', '.');
}

const ERRORS: Record<string, string> = {
  '400': 'Malformed JSON, cursor or header',
  '401': 'No valid bearer token',
  '403': 'Your role or this object does not allow it',
  '404': 'Not found (or not visible to you)',
  '409': 'The current state does not allow it (or a conflict that retries did not resolve)',
  '412': 'If-Match names an older ETag',
  '413': 'Body too large',
  '415': 'Body is not application/json',
  '422': 'The body does not validate; `pointer` names the spot',
  '428': 'If-Match is required',
  '429': 'Too many attempts',
};

export function openApiDocument(routes: readonly RouteSpec[], version: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const s of [...FILE_SCHEMAS, ...API_SCHEMAS]) schemas[componentName(String(s.$id))] = s;
  const errorRef = { $ref: ERROR_ID };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const params = [...r.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    // A PUT needs If-Match (428 without) unless it also takes If-None-Match: a create-or-replace
    // where either precondition, or none, is allowed (record types).
    const ifMatchRequired = r.method === 'PUT' && !r.headers?.includes('If-None-Match');
    for (const h of r.headers ?? []) params.push({ name: h, in: 'header', required: h === 'If-Match' && ifMatchRequired, schema: { type: 'string' } });
    const content: Record<string, unknown> = {};
    if (r.body) content['application/json'] = { schema: { $ref: r.body } };
    if (r.bodyMediaType) {
      content['application/json'] ??= { schema: { $ref: 'https://baton.dev/schemas/org.schema.json' } };
      content[r.bodyMediaType] = { schema: { type: 'string' } };
    }
    const responses: Record<string, unknown> = { [String(r.status ?? 200)]: { description: 'Success', content: { 'application/json': { schema: {} } } } };
    const codes = r.access === 'public' ? ['400', '422', '429'] : ['401', '403', '404', '409', '422'];
    if (r.body) codes.push('413', '415');
    if (r.headers?.includes('If-Match')) codes.push('412', ...(r.headers.includes('If-None-Match') ? [] : ['428']));
    for (const code of new Set(codes)) responses[code] = { description: ERRORS[code], content: { 'application/json': { schema: errorRef } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
      'x-baton-access': r.access,
      ...(r.access === 'public' ? { security: [] } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Baton API',
      version,
      description: 'Approval workflows for CRM processes. Errors share one shape (see components.schemas["api.error"]). Send `Authorization: Bearer <token>` from POST /api/auth/login or an API token.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT or bt_ API token' } },
    },
  };
}
