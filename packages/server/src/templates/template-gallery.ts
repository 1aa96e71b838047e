// The template gallery the server offers: every <dir>/<folder>/template.json that validates, with
// its workflow file and README, read once on first use and held by the app instance (the files
// ship with the server; a restart picks up new ones). Unreadable templates are left out and
// listed in `skipped`, never thrown.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateTemplate } from '@baton/schema';
import type { BatonTemplateManifest } from '@baton/schema';
import { readTemplateScenarios, type TemplateScenario } from './template-scenarios.ts';

/** The repository's templates/ folder, the default gallery. */
export const REPO_TEMPLATES_DIR = resolve(fileURLToPath(new URL('../../../../templates/', import.meta.url)));

export interface GalleryTemplate {
  manifest: BatonTemplateManifest;
  /** The workflow file as written (installTemplate validates it on install). */
  workflow: unknown;
  readme: string;
  /** The template's scenarios, installed with it. */
  scenarios: TemplateScenario[];
  /** The record types in its record-types/ folder, as written (installed with it when absent). */
  recordTypes?: unknown[];
}

export interface TemplateGallery {
  list(): readonly GalleryTemplate[];
  get(key: string): GalleryTemplate | undefined;
  /** Folders that were left out, and why. */
  skipped(): ReadonlyArray<{ folder: string; reason: string }>;
}

export function createTemplateGallery(dir: string = REPO_TEMPLATES_DIR): TemplateGallery {
  let loaded: { items: GalleryTemplate[]; byKey: Map<string, GalleryTemplate>; skipped: Array<{ folder: string; reason: string }> } | undefined;
  const load = () => (loaded ??= readGallery(dir));
  return {
    list: () => load().items,
    get: (key) => load().byKey.get(key),
    skipped: () => load().skipped,
  };
}

function readRecordTypes(dir: string): unknown[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(join(dir, f))).flatMap((r) => (r.ok ? [r.value] : []));
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (e) {
    return { ok: false, reason: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readGallery(dir: string) {
  const items: GalleryTemplate[] = [];
  const skipped: Array<{ folder: string; reason: string }> = [];
  const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const folder of folders) {
    const manifestFile = join(dir, folder, 'template.json');
    if (!existsSync(manifestFile)) continue;
    const raw = readJson(manifestFile);
    if (!raw.ok) {
      skipped.push({ folder, reason: raw.reason });
      continue;
    }
    const m = validateTemplate(raw.value);
    if (!m.ok) {
      skipped.push({ folder, reason: m.problems.slice(0, 3).map((p) => `${p.pointer} ${p.message.en}`).join('; ') });
      continue;
    }
    const workflowFile = resolve(dir, folder, m.value.workflow);
    // The manifest names its workflow relative to its folder; it may not reach outside it.
    if (!workflowFile.startsWith(resolve(dir, folder) + '/')) {
      skipped.push({ folder, reason: `workflow ${m.value.workflow} is outside the template folder` });
      continue;
    }
    const workflow = readJson(workflowFile);
    if (!workflow.ok) {
      skipped.push({ folder, reason: workflow.reason });
      continue;
    }
    const readmeFile = join(dir, folder, 'README.md');
    items.push({ manifest: m.value, workflow: workflow.value, readme: existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '', scenarios: readTemplateScenarios(join(dir, folder)), recordTypes: readRecordTypes(join(dir, folder, 'record-types')) });
  }
  items.sort((a, b) => (a.manifest.key < b.manifest.key ? -1 : a.manifest.key > b.manifest.key ? 1 : 0));
  const byKey = new Map(items.map((t) => [t.manifest.key, t]));
  return { items, byKey, skipped };
}
