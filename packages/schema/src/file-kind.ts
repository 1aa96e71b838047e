// Which Baton file a document is. The `$schema` line is the most reliable sign, then where the
// file lives (templates/<key>/template.json, scenarios/, record-types/), then its shape.

export const FILE_KINDS = ['workflow', 'form', 'template', 'record-type', 'scenario', 'org', 'environment'] as const;

export type FileKind = (typeof FILE_KINDS)[number];

export function isFileKind(x: unknown): x is FileKind {
  return typeof x === 'string' && (FILE_KINDS as readonly string[]).includes(x);
}

/** Tells the kind of a parsed Baton file, or undefined when nothing gives it away. Never throws. */
export function detectKind(doc: unknown, path?: string): FileKind | undefined {
  return kindFromSchemaRef(doc) ?? (path === undefined ? undefined : kindFromPath(path)) ?? kindFromShape(doc);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function kindFromSchemaRef(doc: unknown): FileKind | undefined {
  if (!isObject(doc) || typeof doc.$schema !== 'string') return undefined;
  const file = doc.$schema.split(/[?#]/)[0]?.split(/[\\/]/).pop() ?? '';
  const m = /^([a-z-]+)\.schema\.json$/.exec(file);
  return m && isFileKind(m[1]) ? m[1] : undefined;
}

function kindFromPath(path: string): FileKind | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  const base = parts[parts.length - 1] ?? '';
  if (!base.endsWith('.json')) return undefined;
  const dirs = parts.slice(0, -1);
  if (base === 'template.json') return 'template';
  if (dirs.includes('scenarios')) return 'scenario';
  if (dirs.includes('record-types')) return 'record-type';
  if (base.endsWith('.env.json')) return 'environment';
  if (/org/i.test(base)) return 'org';
  return undefined;
}

// Any of these beside a string `name` (workflows have a bilingual one) mark an environment mapping.
const ENVIRONMENT_KEYS = ['users', 'roles', 'departments', 'variables', 'urls', 'overrides', 'webhooks', 'secrets'];

function kindFromShape(doc: unknown): FileKind | undefined {
  if (!isObject(doc)) return undefined;
  const has = (k: string) => Object.hasOwn(doc, k);
  if (Array.isArray(doc.nodes) && Array.isArray(doc.edges)) return 'workflow';
  if (has('expect') && has('initiator')) return 'scenario';
  if (has('bindings') || (typeof doc.workflow === 'string' && has('version'))) return 'template';
  if (Array.isArray(doc.fields) && has('titleField')) return 'record-type';
  if (Array.isArray(doc.fields) && Object.keys(doc).every((k) => k === 'fields' || k === '$schema')) return 'form';
  if (Array.isArray(doc.users) && !has('nodes')) return 'org';
  if (typeof doc.name === 'string' && ENVIRONMENT_KEYS.some(has)) return 'environment';
  return undefined;
}
