// Property specs read from the definition language's JSON Schemas, so property panels are
// generated from the same source the validator and the server use: names, kinds, enums,
// limits, defaults, and the schema's descriptions as help.
import workflowSchema from '../../../../schemas/workflow.schema.json' with { type: 'json' };
import commonSchema from '../../../../schemas/common.schema.json' with { type: 'json' };
import type { NodeType } from './node-catalog.ts';

export type PropertyKind =
  | 'string' | 'number' | 'integer' | 'boolean' | 'enum'
  | 'i18n' | 'duration' | 'cel' | 'node-id' | 'field-key' | 'key' | 'user-id'
  | 'string-list' | 'enum-list' | 'object'
  | 'assignees' | 'field-permissions' | 'json';

export interface PropertySpec {
  name: string;
  kind: PropertyKind;
  description?: string;
  required: boolean;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  /** For `object`: its properties. */
  properties?: PropertySpec[];
}

type JsonSchema = Record<string, unknown>;

const REF_KINDS: Record<string, PropertyKind> = {
  I18nText: 'i18n', I18nLongText: 'i18n', Duration: 'duration', CelExpression: 'cel', NodeId: 'node-id',
  FieldKey: 'field-key', Key: 'key', UserId: 'user-id', FieldPermissions: 'field-permissions', AssigneeRule: 'assignees',
};

const NODE_DEFS: Record<NodeType, string> = {
  start: 'StartNode', approval: 'ApprovalNode', handler: 'HandlerNode', cc: 'CcNode', exclusive: 'ExclusiveNode',
  inclusive: 'InclusiveNode', parallel: 'ParallelNode', join: 'JoinNode', delay: 'DelayNode', automation: 'AutomationNode',
  subflow: 'SubflowNode', end: 'EndNode',
};

function defOf(ref: string): { name: string; schema: JsonSchema } | undefined {
  const m = /^(?:(common)\.schema\.json)?#\/\$defs\/(.+)$/.exec(ref);
  if (!m || !m[2]) return undefined;
  const root = (m[1] ? commonSchema : workflowSchema) as { $defs: Record<string, JsonSchema> };
  const schema = root.$defs[m[2]];
  return schema ? { name: m[2], schema } : undefined;
}

/** The node type's description from the schema (the panel's subtitle). */
export function nodeDescription(type: NodeType): string | undefined {
  return defOf(`#/$defs/${NODE_DEFS[type]}`)?.schema.description as string | undefined;
}

/** Every property of a node type except `id` and `type`, in schema order. */
export function nodeProperties(type: NodeType): PropertySpec[] {
  const def = defOf(`#/$defs/${NODE_DEFS[type]}`);
  return def ? objectProperties(def.schema).filter((p) => p.name !== 'id' && p.name !== 'type') : [];
}

export function edgeProperties(): PropertySpec[] {
  const def = defOf('#/$defs/Edge');
  return def ? objectProperties(def.schema) : [];
}

export function settingsProperties(): PropertySpec[] {
  const def = defOf('#/$defs/Settings');
  return def ? objectProperties(def.schema) : [];
}

function objectProperties(schema: JsonSchema): PropertySpec[] {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => specOf(name, s, required.has(name)));
}

function specOf(name: string, s: JsonSchema, required: boolean): PropertySpec {
  const spec: PropertySpec = { name, kind: 'json', required };
  const description = s.description as string | undefined;
  let schema = s;
  if (typeof s.$ref === 'string') {
    const target = defOf(s.$ref);
    const refKind = target ? REF_KINDS[target.name] : undefined;
    if (refKind) spec.kind = refKind;
    if (target) schema = { ...target.schema, ...withoutRef(s) };
  }
  spec.description = description ?? (schema.description as string | undefined);
  if ('default' in schema) spec.default = schema.default;
  if (spec.kind !== 'json') return spec;
  if (Array.isArray(schema.enum)) return { ...spec, kind: 'enum', enum: schema.enum as string[] };
  switch (schema.type) {
    case 'boolean':
      return { ...spec, kind: 'boolean' };
    case 'integer':
    case 'number':
      return withLimits({ ...spec, kind: schema.type }, schema);
    case 'string':
      return { ...spec, kind: 'string' };
    case 'object':
      return schema.properties && !schema.additionalProperties ? { ...spec, kind: 'object', properties: objectProperties(schema) } : spec;
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      if (typeof items.$ref === 'string' && defOf(items.$ref)?.name === 'AssigneeRule') return { ...spec, kind: 'assignees' };
      if (Array.isArray(items.enum)) return { ...spec, kind: 'enum-list', enum: items.enum as string[] };
      if (items.type === 'string' || typeof items.$ref === 'string') {
        const inner = typeof items.$ref === 'string' ? defOf(items.$ref)?.schema : items;
        if (inner?.type === 'string') return { ...spec, kind: 'string-list' };
      }
      return spec;
    }
    default:
      return spec;
  }
}

function withLimits(spec: PropertySpec, s: JsonSchema): PropertySpec {
  const min = (s.minimum ?? s.exclusiveMinimum) as number | undefined;
  if (typeof min === 'number') spec.minimum = min;
  if (typeof s.maximum === 'number') spec.maximum = s.maximum;
  return spec;
}

function withoutRef(s: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = s;
  void _ref;
  return rest;
}
