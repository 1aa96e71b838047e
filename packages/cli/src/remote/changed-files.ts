// Which files under a folder changed since a git ref (`baton push --base <ref>`), so a deploy on
// merge pushes only what the merge changed. Asks git itself (`git diff --name-status`), run
// without a shell; failures (not a repository, an unknown ref) are values.
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

export type ChangedFiles =
  | { ok: true; changed: string[]; deleted: string[] }
  | { ok: false; message: string };

function git(args: readonly string[], cwd: string): Promise<{ ok: true; out: string } | { ok: false; message: string }> {
  return new Promise((done) => {
    execFile('git', [...args], { cwd, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) done({ ok: false, message: (stderr.trim().split('\n')[0] ?? '') || err.message });
      else done({ ok: true, out: stdout });
    });
  });
}

/** A ref is passed to git as one argument; one that starts with "-" would read as an option. */
export function isSafeRef(ref: string): boolean {
  return ref.length > 0 && ref.length <= 256 && !ref.startsWith('-') && !/[\s\0]/.test(ref);
}

/**
 * The *.json files under `dir` that differ between `base` and the working tree (added, copied,
 * modified, renamed: their new paths; deleted ones apart), as paths relative to `cwd`. Files git
 * does not track yet are not seen.
 */
export async function changedSince(base: string, dir: string, cwd: string): Promise<ChangedFiles> {
  if (!isSafeRef(base)) return { ok: false, message: `"${base}" is not a git ref` };
  const top = await git(['rev-parse', '--show-toplevel'], resolve(cwd, dir));
  if (!top.ok) return { ok: false, message: `${dir} is not inside a git repository (${top.message})` };
  const root = top.out.trim();
  const verified = await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], root);
  if (!verified.ok) return { ok: false, message: `git does not know the ref "${base}"` };
  const diff = await git(['diff', '--name-status', '--no-renames', '-z', verified.out.trim(), '--', relative(root, resolve(cwd, dir)) || '.'], root);
  if (!diff.ok) return { ok: false, message: `git diff failed: ${diff.message}` };
  const parts = diff.out.split('\0').filter((p) => p !== '');
  const changed: string[] = [];
  const deleted: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i]!;
    const path = parts[i + 1]!;
    if (!path.endsWith('.json') || path.split('/').includes('.baton')) continue;
    const shown = relative(cwd, resolve(root, path)).split(sep).join('/');
    (status.startsWith('D') ? deleted : changed).push(shown);
  }
  return { ok: true, changed: changed.sort(), deleted: deleted.sort() };
}
