// `baton validate --env <mapping> [--org <org>]`: after the files' own checks, each valid workflow
// is checked against an environment: every user, role, department, record type, subflow and
// secret it names must resolve there (checkEnvironmentReferences), and installing it there
// (applyEnvironment: users mapped, variables and URLs set) must give a valid definition.
// Problems point into the workflow files as written in git, or into the mapping / org file.
import {
  applyEnvironment,
  checkEnvironmentReferences,
  detectKind,
  validateEnvironment,
  validateOrg,
  validateWorkflow,
  type BatonEnvironmentMapping,
  type BatonOrgDirectory,
  type BatonWorkflowDefinition,
} from '@baton/schema';
import type { DocumentReader } from '../files/document-reader.ts';
import { inFile, type FileProblem } from '../report/file-problem.ts';
import { stringAt } from './json-shape.ts';

export interface EnvironmentCheck {
  /** The environment's name, when the mapping file could be read. */
  name?: string;
  problems: FileProblem[];
}

export async function checkEnvironment(envFile: string, orgFile: string | undefined, files: readonly string[], reader: DocumentReader): Promise<EnvironmentCheck> {
  const envRead = await reader.read(envFile);
  if (!envRead.ok) return { problems: [envRead.problem] };
  const env = validateEnvironment(envRead.value);
  if (!env.ok) return { problems: inFile(envFile, env.problems) };
  let org: BatonOrgDirectory | undefined;
  if (orgFile !== undefined) {
    const orgRead = await reader.read(orgFile);
    if (!orgRead.ok) return { name: env.value.name, problems: [orgRead.problem] };
    const checked = validateOrg(orgRead.value);
    if (!checked.ok) return { name: env.value.name, problems: inFile(orgFile, checked.problems) };
    org = checked.value;
  }

  const workflows: Array<{ file: string; def: BatonWorkflowDefinition }> = [];
  const recordTypes: string[] = [];
  for (const file of files) {
    const read = await reader.read(file);
    if (!read.ok) continue;
    const kind = detectKind(read.value, file);
    if (kind === 'record-type') {
      const key = stringAt(read.value, 'key');
      if (key !== undefined) recordTypes.push(key);
    }
    // Files with errors of their own were reported by the plain checks; they are not checked again.
    if (kind === 'workflow') {
      const checked = validateWorkflow(read.value);
      if (checked.ok) workflows.push({ file, def: checked.value });
    }
  }
  const context = { org, workflows: workflows.map((w) => w.def.key), recordTypes };
  const problems: FileProblem[] = [];
  for (const { file, def } of workflows) {
    problems.push(...inFile(file, checkEnvironmentReferences(def, env.value, context)));
    problems.push(...inFile(file, installProblems(def, env.value)));
  }
  return { name: env.value.name, problems };
}

/** What installing in the environment breaks (the file's own warnings were reported already). */
function installProblems(def: BatonWorkflowDefinition, env: BatonEnvironmentMapping) {
  const installed = applyEnvironment(def, env);
  return installed.problems.filter((p) => p.severity === 'error' || p.code.startsWith('env/'));
}
