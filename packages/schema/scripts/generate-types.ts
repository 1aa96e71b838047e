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

// A `description` beside a `$ref` documents the property for editors, but makes the generator
// declare a fresh copy of the referenced type (I18nText1, I18nText2...). Types only need the ref.
function pureRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(pureRefs);
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === 'string') return { $ref: obj.$ref };
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, pureRefs(v)]));
}

const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
const work = mkdtempSync(join(tmpdir(), 'baton-types-'));
try {
  for (const f of files) {
    const schema = pureRefs(JSON.parse(readFileSync(join(schemaDir, f), 'utf8')));
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
