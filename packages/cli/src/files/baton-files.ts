// The files `baton fmt` looks after when given none: every template file, and any other JSON
// file in the tree that declares a Baton `$schema`. Never dependencies, the schemas themselves or
// package manifests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { ALWAYS_IGNORED, NOT_BATON } from './file-args.ts';

const SKIPPED = [
  ...ALWAYS_IGNORED,
  ...NOT_BATON,
  'schemas/**',
  '**/dist/**',
  '**/coverage/**',
  'data/**',
  'test-results/**',
];

const BATON_SCHEMA = /(?:^|\/)(?:workflow|form|template|record-type|scenario|org)\.schema\.json$/;

/** Whether a `$schema` value names one of Baton's schemas (by relative path or by URL). */
export function isBatonSchemaRef(ref: unknown): boolean {
  return typeof ref === 'string' && BATON_SCHEMA.test(ref);
}

export async function findBatonFiles(root: string): Promise<string[]> {
  const candidates = (await glob('**/*.json', { cwd: root, ignore: SKIPPED })).sort();
  const found: string[] = [];
  for (const file of candidates) {
    if (file.startsWith('templates/') || (await declaresBatonSchema(join(root, file)))) found.push(file);
  }
  return found;
}

async function declaresBatonSchema(path: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return false;
  }
  // Cheap test first: most JSON files in a repo are not Baton files.
  if (!text.includes('.schema.json')) return false;
  try {
    const doc = JSON.parse(text) as unknown;
    return typeof doc === 'object' && doc !== null && isBatonSchemaRef((doc as Record<string, unknown>)['$schema']);
  } catch {
    // Broken JSON that names a Baton schema is still ours: fmt must report it, not skip it.
    return /"\$schema"\s*:\s*"[^"]*(?:workflow|form|template|record-type|scenario|org)\.schema\.json"/.test(text);
  }
}
