// The template gallery as the gallery-wide tests read it: every templates/<key>/ folder with its
// manifest, workflow, record types, scenarios and README, read straight from disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  BatonOrgDirectory,
  BatonRecordType,
  BatonScenario,
  BatonTemplateManifest,
  BatonWorkflowDefinition,
} from '../../packages/schema/src/index.ts';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TEMPLATES = join(REPO, 'templates');

export interface JsonFile<T> {
  file: string;
  text: string;
  doc: T;
}

export interface Template {
  key: string;
  dir: string;
  manifest: JsonFile<BatonTemplateManifest>;
  workflow: JsonFile<BatonWorkflowDefinition>;
  recordTypes: Array<JsonFile<BatonRecordType>>;
  scenarios: Array<JsonFile<BatonScenario>>;
  readme: string;
}

function readJson<T>(file: string): JsonFile<T> {
  const text = readFileSync(file, 'utf8');
  return { file, text, doc: JSON.parse(text) as T };
}

export function loadGallery(): Template[] {
  return readdirSync(TEMPLATES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((key) => {
      const dir = join(TEMPLATES, key);
      const manifest = readJson<BatonTemplateManifest>(join(dir, 'template.json'));
      const scenarioDir = join(dir, 'scenarios');
      return {
        key,
        dir,
        manifest,
        workflow: readJson<BatonWorkflowDefinition>(join(dir, manifest.doc.workflow)),
        recordTypes: (manifest.doc.recordTypes ?? []).map((f) => readJson<BatonRecordType>(join(dir, f))),
        scenarios: existsSync(scenarioDir)
          ? readdirSync(scenarioDir)
              .filter((f) => f.endsWith('.json'))
              .sort()
              .map((f) => readJson<BatonScenario>(join(scenarioDir, f)))
          : [],
        readme: existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '',
      };
    });
}

export const DEMO_ORG = JSON.parse(readFileSync(join(TEMPLATES, 'demo-org.json'), 'utf8')) as BatonOrgDirectory;

/** The value at a JSON Pointer (own properties only), or undefined. */
export function valueAt(doc: unknown, pointer: string): unknown {
  let at: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(at)) at = at[Number(token)];
    else if (typeof at === 'object' && at !== null && Object.hasOwn(at, token)) at = (at as Record<string, unknown>)[token];
    else return undefined;
  }
  return at;
}

type ParameterSpec = NonNullable<BatonTemplateManifest['parameters']>['properties'][string];

/**
 * An answer for each parameter that differs from its default and is valid in the demo org, so
 * an install with them shows every binding at work.
 */
export function sampleAnswers(manifest: BatonTemplateManifest, org: BatonOrgDirectory): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(manifest.parameters?.properties ?? {})) out[name] = sampleValue(p, org);
  return out;
}

function sampleValue(p: ParameterSpec, org: BatonOrgDirectory): unknown {
  const differs = (candidates: readonly unknown[]) => candidates.find((c) => JSON.stringify(c) !== JSON.stringify(p.default));
  if (p.enum) return differs(p.enum) ?? p.enum[0];
  switch (p.kind) {
    case 'role':
      return differs((org.roles ?? []).map((r) => r.id));
    case 'department':
      return differs((org.departments ?? []).map((d) => d.id));
    case 'user':
      return differs(org.users.filter((u) => u.active !== false).map((u) => u.id));
    case 'users':
      return ['li.na', 'wang.lei'];
    case 'duration':
      return differs(['P9D', 'PT36H']);
  }
  if (p.type === 'number' || p.type === 'integer') {
    const base = typeof p.default === 'number' ? p.default : 0;
    const candidates = [base * 2 + 1, base + 1, p.minimum ?? 0, p.maximum ?? 0].filter(
      (n) => (p.minimum === undefined || n >= p.minimum) && (p.maximum === undefined || n <= p.maximum),
    );
    return differs(candidates);
  }
  if (p.type === 'boolean') return p.default !== true;
  if (p.type === 'string') {
    const candidates = ['https://gallery-test.example.org/api/v2/hook', 'Gallery test value'];
    return differs(candidates.filter((c) => !p.pattern || new RegExp(p.pattern, 'u').test(c)));
  }
  return p.default;
}

/** Bilingual text objects anywhere in a document that lack one of the two languages. */
export function monolingual(doc: unknown, at = ''): string[] {
  const TEXT_KEYS = new Set(['name', 'label', 'title', 'description', 'message', 'subject', 'body', 'help', 'unit', 'placeholder', 'pluralName']);
  const out: string[] = [];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...monolingual(v, `${at}/${i}`)));
  else if (typeof doc === 'object' && doc !== null) {
    for (const [k, v] of Object.entries(doc)) {
      const isText = TEXT_KEYS.has(k) && typeof v === 'object' && v !== null && !Array.isArray(v) && ('en' in v || 'zh-CN' in v);
      if (isText && !(typeof (v as Record<string, unknown>)['en'] === 'string' && typeof (v as Record<string, unknown>)['zh-CN'] === 'string')) out.push(`${at}/${k}`);
      else out.push(...monolingual(v, `${at}/${k}`));
    }
  }
  return out;
}
