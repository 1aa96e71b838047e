// The reference rewrite that lets openapi-typescript read the served document without fetching
// the schemas' $id URLs.
import { describe, expect, test } from 'vitest';
import { componentNameOf, localRef, withLocalRefs } from '../scripts/local-refs.ts';

const WF = 'https://baton.dev/schemas/workflow.schema.json';

describe('localRef', () => {
  test('absolute, relative and same-schema references become component references', () => {
    expect(localRef('https://baton.dev/schemas/api/login.schema.json', undefined)).toBe('#/components/schemas/api.login');
    expect(localRef('common.schema.json#/$defs/Key', WF)).toBe('#/components/schemas/common.Key');
    expect(localRef('#/$defs/Node', WF)).toBe('#/components/schemas/workflow.Node');
    expect(localRef('../common.schema.json#/$defs/I18nText', 'https://baton.dev/schemas/api/x.schema.json')).toBe('#/components/schemas/common.I18nText');
    expect(localRef('#/components/schemas/api.error', undefined)).toBe('#/components/schemas/api.error');
    expect(componentNameOf('https://baton.dev/schemas/api/error.schema.json')).toBe('api.error');
  });

  test('references it cannot make local are programmer errors', () => {
    expect(() => localRef('https://example.com/x.json', undefined)).toThrow(/outside/);
    expect(() => localRef('#/properties/nodes', WF)).toThrow(/middle/);
  });
});

describe('withLocalRefs', () => {
  test('hoists $defs, drops $id and $schema, and reports references to schemas it lacks', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/x': { put: { requestBody: { content: { 'application/json': { schema: { $ref: WF } } } } } },
        '/y': { put: { requestBody: { content: { 'application/json': { schema: { $ref: 'https://baton.dev/schemas/scenario.schema.json' } } } } } },
      },
      components: {
        schemas: {
          workflow: { $id: WF, $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { nodes: { items: { $ref: '#/$defs/Node' } } }, $defs: { Node: { type: 'object', discriminator: { propertyName: 'type' }, properties: { id: { $ref: 'common.schema.json#/$defs/Key' } } } } },
          common: { $id: 'https://baton.dev/schemas/common.schema.json', $defs: { Key: { type: 'string' } } },
        },
      },
    };
    const { doc: out, missing } = withLocalRefs(doc);
    const schemas = (out.components as { schemas: Record<string, any> }).schemas;
    expect(Object.keys(schemas)).toEqual(['common', 'common.Key', 'workflow', 'workflow.Node']);
    expect(schemas.workflow).toEqual({ type: 'object', properties: { nodes: { items: { $ref: '#/components/schemas/workflow.Node' } } } });
    expect(schemas['workflow.Node'].properties.id).toEqual({ $ref: '#/components/schemas/common.Key' });
    expect(JSON.stringify(out.paths)).toContain('#/components/schemas/workflow');
    expect(missing).toEqual(['#/components/schemas/scenario']);
    expect(JSON.stringify(out)).not.toContain('baton.dev');
  });
});
