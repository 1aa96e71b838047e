// Installing a template with a scenario's parameter values, through @baton/schema's
// installTemplate (the one installer the CLI, the server and the studio share). Problems with the
// answers point into the scenario, under /parameters; the rest keep installTemplate's
// /manifest/... and /workflow/... pointers. Pure; the workflow passed in is not modified.
import { installTemplate, type InstallDirectory, type Problem } from '@baton/schema';

export type Installed = { ok: true; workflow: unknown } | { ok: false; problems: Problem[] };

export function applyParameters(workflow: unknown, manifest: unknown, values: Record<string, unknown>, directory?: InstallDirectory): Installed {
  const installed = installTemplate(manifest, workflow, values, directory);
  if (installed.ok) return { ok: true, workflow: installed.value };
  return {
    ok: false,
    problems: installed.problems.map((p) => (p.pointer === '/params' || p.pointer.startsWith('/params/') ? { ...p, pointer: '/parameters' + p.pointer.slice('/params'.length) } : p)),
  };
}
