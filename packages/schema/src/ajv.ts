// The one Ajv of the process. Every schemas/*.schema.json is added once; a kind's validator is
// compiled the first time it is needed and kept on the instance. Compiled form-data validators
// are cached per form object on the same instance (a WeakMap, so forms can be collected).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import commonSchema from '../../../schemas/common.schema.json' with { type: 'json' };
import environmentSchema from '../../../schemas/environment.schema.json' with { type: 'json' };
import formSchema from '../../../schemas/form.schema.json' with { type: 'json' };
import orgSchema from '../../../schemas/org.schema.json' with { type: 'json' };
import recordTypeSchema from '../../../schemas/record-type.schema.json' with { type: 'json' };
import scenarioSchema from '../../../schemas/scenario.schema.json' with { type: 'json' };
import templateSchema from '../../../schemas/template.schema.json' with { type: 'json' };
import workflowSchema from '../../../schemas/workflow.schema.json' with { type: 'json' };
import type { FileKind } from './file-kind.ts';

export const SCHEMA_BASE_URL = 'https://baton.dev/schemas/';

/** The `$id` of the schema of each kind of file. */
export function schemaId(kind: FileKind): string {
  return `${SCHEMA_BASE_URL}${kind}.schema.json`;
}

const SCHEMAS: readonly AnySchemaObject[] = [
  commonSchema,
  formSchema,
  workflowSchema,
  templateSchema,
  recordTypeSchema,
  scenarioSchema,
  orgSchema,
  environmentSchema,
];

export interface BatonAjv {
  readonly ajv: Ajv2020;
  /** The compiled validator of a kind of file (compiled on first use, then cached). */
  validator(kind: FileKind): ValidateFunction;
  /** For a schema object with a `discriminator`, the tag values its branches accept. */
  discriminatorTags(schema: unknown): readonly string[] | undefined;
  /** Compiled form-data validators, by form object. */
  readonly formValidators: WeakMap<object, ValidateFunction>;
}

export function createBatonAjv(): BatonAjv {
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // verbose: errors carry their parent schema, which messages use (allowed keys, oneOf branches).
    verbose: true,
  });
  addFormats(ajv);
  ajv.addSchema([...SCHEMAS]);
  const compiled = new Map<FileKind, ValidateFunction>();
  const tags = collectDiscriminatorTags(SCHEMAS);
  return {
    ajv,
    validator(kind) {
      let v = compiled.get(kind);
      if (!v) {
        const found = ajv.getSchema(schemaId(kind));
        if (!found) throw new Error(`no schema for ${kind}`);
        v = found;
        compiled.set(kind, v);
      }
      return v;
    },
    discriminatorTags: (schema) => (typeof schema === 'object' && schema !== null ? tags.get(schema) : undefined),
    formValidators: new WeakMap(),
  };
}

let shared: BatonAjv | undefined;

/** The process-wide instance (created on first use). Style: one shared, precompiled Ajv. */
export function sharedAjv(): BatonAjv {
  shared ??= createBatonAjv();
  return shared;
}

// Maps each discriminated union (by schema object) to the `type` constants of its branches, so an
// unknown type can be answered with the list of known ones.
function collectDiscriminatorTags(schemas: readonly AnySchemaObject[]): WeakMap<object, string[]> {
  const byId = new Map(schemas.map((s) => [String(s.$id), s]));
  const out = new WeakMap<object, string[]>();
  const resolve = (ref: string, base: AnySchemaObject): unknown => {
    const [file, fragment = ''] = ref.split('#');
    const root = file ? byId.get(SCHEMA_BASE_URL + file) : base;
    let at: unknown = root;
    for (const token of fragment.split('/').slice(1)) {
      at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[token] : undefined;
    }
    return at;
  };
  const visit = (node: unknown, root: AnySchemaObject): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, root));
    if (typeof node !== 'object' || node === null) return;
    const s = node as AnySchemaObject;
    if (s.discriminator && Array.isArray(s.oneOf)) {
      const prop = String(s.discriminator.propertyName);
      const values: string[] = [];
      for (const branch of s.oneOf as AnySchemaObject[]) {
        const target = (typeof branch.$ref === 'string' ? resolve(branch.$ref, root) : branch) as AnySchemaObject;
        const c = target?.properties?.[prop]?.const;
        if (typeof c === 'string') values.push(c);
      }
      out.set(s, values);
    }
    for (const v of Object.values(s)) visit(v, root);
  };
  for (const s of schemas) visit(s, s);
  return out;
}
