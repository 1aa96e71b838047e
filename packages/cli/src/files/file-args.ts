// Turns command-line file arguments into files. Quoted globs are expanded here (so
// `baton validate 'templates/**/*.json'` works in any shell); shell-expanded lists arrive as plain
// paths; a directory means every JSON file under it. A path that names an existing file is taken
// literally even if it contains glob characters.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Within a directory argument, JSON files that are never Baton files are left out too. */
export const NOT_BATON = ['**/package.json', '**/tsconfig*.json'];

export interface ExpandedFiles {
  /** Files in argument order, each once; glob matches sorted. */
  files: string[];
  /** Globs that matched nothing. */
  unmatched: string[];
}

export async function expandFileArgs(args: readonly string[], cwd: string): Promise<ExpandedFiles> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const arg of args) {
    const kind = await pathKind(resolve(cwd, arg));
    if (kind === 'file') {
      add(arg);
    } else if (kind === 'directory') {
      const found = await glob('**/*.json', { cwd: resolve(cwd, arg), ignore: [...ALWAYS_IGNORED, ...NOT_BATON] });
      if (found.length === 0) unmatched.push(arg);
      for (const f of found.sort()) add(joinShown(arg, f));
    } else if (isDynamicPattern(arg)) {
      // Shown as the user wrote it: absolute patterns give absolute paths, relative ones relative.
      const found = await glob(arg, { cwd, ignore: ALWAYS_IGNORED, expandDirectories: false, absolute: isAbsolute(arg) });
      if (found.length === 0) unmatched.push(arg);
      for (const f of found.sort()) add(f);
    } else {
      add(arg); // missing: reading it reports the problem
    }
  }
  return { files, unmatched };
}

function joinShown(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

async function pathKind(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}
