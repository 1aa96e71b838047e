// The gallery as the `template` verb sees it: every `<folder>/template.json` under the gallery
// folder (default templates/), and finding one template by key, folder or template.json path.
// Failures are problem values.
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { validateTemplate, type BatonTemplateManifest } from '@baton/schema';
import { glob } from 'tinyglobby';
import { relativeTo } from '../checks/related-files.ts';
import { ALWAYS_IGNORED } from '../files/file-args.ts';
import type { DocumentReader } from '../files/document-reader.ts';
import { fileProblem, inFile, type FileProblem } from '../report/file-problem.ts';

export interface GalleryEntry {
  /** The template.json, as shown to the user. */
  file: string;
  manifest: BatonTemplateManifest;
}

export interface Gallery {
  entries: GalleryEntry[];
  problems: FileProblem[];
}

export async function readGallery(dir: string, cwd: string, reader: DocumentReader): Promise<Gallery> {
  const found = await glob(['*/template.json'], { cwd: resolve(cwd, dir), ignore: ALWAYS_IGNORED });
  const entries: GalleryEntry[] = [];
  const problems: FileProblem[] = [];
  for (const f of found.sort()) {
    const file = join(dir, f);
    const loaded = await readManifest(file, reader);
    if (loaded.ok) entries.push(loaded.entry);
    else problems.push(...loaded.problems);
  }
  return { entries: entries.sort((a, b) => (a.manifest.key < b.manifest.key ? -1 : a.manifest.key > b.manifest.key ? 1 : 0)), problems };
}

export type FoundTemplate = { ok: true; entry: GalleryEntry } | { ok: false; problems: FileProblem[] };

/** A template named by folder, by template.json, or by key within the gallery folder. */
export async function findTemplate(target: string, dir: string, cwd: string, reader: DocumentReader): Promise<FoundTemplate> {
  if (basename(target) === 'template.json') return readManifest(target, reader);
  if (await isDirectory(resolve(cwd, target))) return readManifest(join(target, 'template.json'), reader);
  const gallery = await readGallery(dir, cwd, reader);
  const hit = gallery.entries.find((e) => e.manifest.key === target);
  if (hit) return { ok: true, entry: hit };
  const known = gallery.entries.map((e) => e.manifest.key);
  return {
    ok: false,
    problems: [
      fileProblem(
        target,
        'template/not-found',
        `no template with this key in ${dir}/${known.length > 0 ? `; the gallery has: ${known.join(', ')}` : ' (the folder holds no templates)'}`,
        `${dir}/ 中没有此标识的模板${known.length > 0 ? `；可用模板：${known.join('、')}` : '（该目录中没有模板）'}`,
      ),
    ],
  };
}

/** The workflow file a template names, relative to the working directory. */
export function workflowFileOf(entry: GalleryEntry): string {
  return relativeTo(entry.file, entry.manifest.workflow);
}

async function readManifest(file: string, reader: DocumentReader): Promise<FoundTemplate> {
  const read = await reader.read(file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const checked = validateTemplate(read.value);
  if (!checked.ok) return { ok: false, problems: inFile(file, checked.problems) };
  return { ok: true, entry: { file, manifest: checked.value } };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
