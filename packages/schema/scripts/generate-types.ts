// Generates packages/schema/src/generated/types.ts from schemas/*.schema.json.
// `--check` regenerates in memory and exits 1 when the committed file differs (CI runs it).
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schemaDir = join(root, 'schemas');
const target = join(root, 'packages', 'schema', 'src', 'generated', 'types.ts');
const check = process.argv.includes('--check');

// Two adjustments for the generator, made on an in-memory copy (schemas/ stays as written):
// - a `description` beside a `$ref` documents the property for editors, but makes the generator
//   declare a fresh copy of the referenced type (I18nText1, I18nText2...): types only need the ref;
// - a schema with no constraint at all ("any JSON value") would otherwise become an object type.
const ANNOTATIONS = new Set(['description', 'examples', 'default', 'title', '$comment']);
const SCHEMA_MAPS = ['properties', '$defs', 'patternProperties'];
const SCHEMA_ONE = ['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'propertyNames', 'contains'];
const SCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];

function forTypes(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const obj = schema as Record<string, unknown>;
  if (typeof obj.$ref === 'string') return { $ref: obj.$ref };
  if (Object.keys(obj).every((k) => ANNOTATIONS.has(k))) return { ...obj, tsType: 'unknown' };
  const out: Record<string, unknown> = { ...obj };
  for (const k of SCHEMA_MAPS) {
    const map = obj[k];
    if (map && typeof map === 'object') {
      out[k] = Object.fromEntries(Object.entries(map).map(([name, s]) => [name, forTypes(s)]));
    }
  }
  for (const k of SCHEMA_ONE) if (k in obj) out[k] = forTypes(obj[k]);
  for (const k of SCHEMA_LISTS) if (Array.isArray(obj[k])) out[k] = (obj[k] as unknown[]).map(forTypes);
  return out;
}

const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
const work = mkdtempSync(join(tmpdir(), 'baton-types-'));
try {
  for (const f of files) {
    const schema = forTypes(JSON.parse(readFileSync(join(schemaDir, f), 'utf8')));
    writeFileSync(join(work, f), JSON.stringify(schema));
  }
  // One root that references every file, so each type is declared exactly once.
  const rootSchema = {
    title: 'BatonFiles',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(files.map((f) => [f.replace('.schema.json', ''), { $ref: f }])),
  };
  const ts = await compile(rootSchema as never, 'BatonFiles', {
    bannerComment: '/* Generated from schemas/ by `pnpm types:generate`. Do not edit by hand. */',
    cwd: work,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    $refOptions: { resolve: { http: false } },
  });
  if (check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== ts) {
      console.error(`${target} differs from what schemas/ generates; run pnpm types:generate and commit it`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, ts);
    console.log(`generated ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
