// The served OpenAPI document references Baton's JSON Schemas by their $id (https://baton.dev/...),
// as OpenAPI 3.1 allows. openapi-typescript would try to fetch those URLs, so before generating we
// make every reference local: each schema's $defs become components of their own
// ("workflow.Node"), and every $ref points at "#/components/schemas/<name>". Pure: no I/O.

type Json = unknown;
type JsonObject = Record<string, Json>;

const BASE = 'https://baton.dev/schemas/';

/** "https://baton.dev/schemas/api/login.schema.json" -> "api.login" (the server's component names). */
export function componentNameOf(id: string): string {
  return id.replace(BASE, '').replace('.schema.json', '').replace('/', '.');
}

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Rewrites one $ref found inside the schema whose $id is `baseId` (undefined: the document). */
export function localRef(ref: string, baseId: string | undefined): string {
  const [target = '', fragment = ''] = ref.split('#');
  const absolute = target === '' ? baseId : new URL(target, baseId ?? BASE).href;
  if (absolute === undefined) return ref; // already document-local (#/components/...)
  if (!absolute.startsWith(BASE)) throw new Error(`a $ref outside ${BASE}: ${ref}`);
  const name = componentNameOf(absolute);
  if (fragment === '' || fragment === '/') return `#/components/schemas/${name}`;
  const defs = /^\/\$defs\/([^/]+)$/.exec(fragment);
  if (!defs) throw new Error(`a $ref into the middle of a schema is not supported: ${ref}`);
  return `#/components/schemas/${name}.${defs[1]}`;
}

function rewrite(node: Json, baseId: string | undefined): Json {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, baseId));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out[k] = localRef(v, baseId);
    else if (k === '$id' || k === '$schema' || k === '$defs' || k === 'discriminator') continue;
    else out[k] = rewrite(v, baseId);
  }
  return out;
}

/** A reference to a schema the document does not carry becomes "any value", and is reported. */
function dropDangling(node: Json, known: ReadonlySet<string>, missing: Set<string>): Json {
  if (Array.isArray(node)) return node.map((n) => dropDangling(n, known, missing));
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/') && !known.has(ref.slice('#/components/schemas/'.length))) {
    missing.add(ref);
    return {};
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, dropDangling(v, known, missing)]));
}

export interface LocalDocument {
  doc: JsonObject;
  /** Local references to schemas the served document does not carry (typed as unknown). */
  missing: string[];
}

/** A copy of `doc` with only local references, ready for openapi-typescript. */
export function withLocalRefs(doc: JsonObject): LocalDocument {
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const flat: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema)) continue;
    const id = typeof schema.$id === 'string' ? schema.$id : `${BASE}${name}.schema.json`;
    flat[name] = rewrite(schema, id);
    const defs = isObject(schema.$defs) ? schema.$defs : {};
    for (const [def, s] of Object.entries(defs)) flat[`${name}.${def}`] = rewrite(s, id);
  }
  const known = new Set(Object.keys(flat));
  const missing = new Set<string>();
  const sorted = Object.fromEntries([...known].sort().map((k) => [k, dropDangling(flat[k], known, missing)]));
  const rest = dropDangling(rewrite({ ...doc, components: undefined }, undefined), known, missing) as JsonObject;
  return { doc: { ...rest, components: { ...components, schemas: sorted } }, missing: [...missing].sort() };
}
