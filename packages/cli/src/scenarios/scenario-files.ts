// Which scenarios `baton test` runs: given template folders, template.json files, scenario files
// or globs (default: templates/), every scenarios/*.json that belongs to them.
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { ALWAYS_IGNORED, expandFileArgs } from '../files/file-args.ts';

export interface ScenarioFiles {
  files: string[];
  unmatched: string[];
}

export async function findScenarioFiles(args: readonly string[], cwd: string): Promise<ScenarioFiles> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = (f: string) => {
    if (!files.includes(f)) files.push(f);
  };
  for (const arg of args.length > 0 ? args : ['templates']) {
    if (await isDirectory(resolve(cwd, arg))) {
      const found = await underFolder(arg, cwd);
      if (found.length === 0) unmatched.push(arg);
      found.forEach(add);
      continue;
    }
    const expanded = await expandFileArgs([arg], cwd);
    unmatched.push(...expanded.unmatched);
    for (const file of expanded.files) {
      if (basename(file) === 'template.json') (await underFolder(dirname(file), cwd)).forEach(add);
      else add(file);
    }
  }
  return { files, unmatched };
}

async function underFolder(dir: string, cwd: string): Promise<string[]> {
  const found = await glob(['**/scenarios/*.json', 'scenarios/*.json'], { cwd: resolve(cwd, dir), ignore: ALWAYS_IGNORED });
  return [...new Set(found)].sort().map((f) => join(dir, f));
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
