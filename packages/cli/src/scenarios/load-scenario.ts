// Everything a scenario needs to run, read from disk and validated: the scenario, its workflow
// (with the scenario's template parameters installed, their roles and users checked against the
// scenario's org) and its org. Failures are problem values.
import {
  installDirectoryOf,
  validateOrg,
  validateScenario,
  validateWorkflow,
  type BatonOrgDirectory,
  type BatonScenario,
  type BatonWorkflowDefinition,
  type Problem,
} from '@baton/schema';
import { isObject } from '../checks/json-shape.ts';
import { relativeTo, templateOfScenario, workflowOfScenario } from '../checks/related-files.ts';
import type { DocumentReader } from '../files/document-reader.ts';
import { fileProblem, inFile, type FileProblem } from '../report/file-problem.ts';
import { applyParameters } from './apply-parameters.ts';

export type LoadedScenario =
  | { ok: true; file: string; scenario: BatonScenario; workflowFile: string; workflow: BatonWorkflowDefinition; org: BatonOrgDirectory }
  | { ok: false; file: string; problems: FileProblem[] };

export async function loadScenario(file: string, reader: DocumentReader): Promise<LoadedScenario> {
  const fail = (problems: FileProblem[]): LoadedScenario => ({ ok: false, file, problems });
  const read = await reader.read(file);
  if (!read.ok) return fail([read.problem]);
  const checked = validateScenario(read.value);
  if (!checked.ok) return fail(inFile(file, checked.problems));
  const scenario = checked.value;

  const workflowFile = await workflowOfScenario(file, scenario as unknown as Record<string, unknown>, reader);
  if (workflowFile === undefined) {
    return fail([
      fileProblem(
        file,
        'scenario/no-workflow',
        'the scenario names no workflow and is not in a template\'s scenarios/ folder',
        '场景未指定工作流，也不在模板的 scenarios/ 目录中',
        { pointer: '/workflow' },
      ),
    ]);
  }
  const wfRead = await reader.read(workflowFile);
  if (!wfRead.ok) return fail([wfRead.problem]);
  let orgDoc: unknown = scenario.org;
  if (typeof scenario.org === 'string') {
    const orgRead = await reader.read(relativeTo(file, scenario.org));
    if (!orgRead.ok) return fail([orgRead.problem]);
    orgDoc = orgRead.value;
  }
  const org = validateOrg(isObject(orgDoc) ? orgDoc : {});
  if (!org.ok) {
    // An inline org's problems point into the scenario, under /org.
    if (typeof scenario.org === 'string') return fail(inFile(relativeTo(file, scenario.org), org.problems));
    return fail(inFile(file, org.problems.map((p) => ({ ...p, pointer: `/org${p.pointer}` }))));
  }

  let workflowDoc = wfRead.value;
  if (scenario.parameters !== undefined) {
    const template = templateOfScenario(file);
    const manifest = template === undefined ? undefined : await reader.read(template);
    const installed = applyParameters(workflowDoc, manifest?.ok ? manifest.value : undefined, scenario.parameters, installDirectoryOf(org.value));
    if (!installed.ok) return fail(installed.problems.map((p) => installProblemFile(p, file, template, workflowFile)));
    workflowDoc = installed.workflow;
  }
  const workflow = validateWorkflow(workflowDoc);
  if (!workflow.ok) return fail(inFile(workflowFile, workflow.problems.filter((p) => p.severity === 'error')));

  return { ok: true, file, scenario, workflowFile, workflow: workflow.value, org: org.value };
}

/** installTemplate's problems in the file they are about: the template, the workflow or the scenario. */
function installProblemFile(p: Problem, scenario: string, template: string | undefined, workflow: string): FileProblem {
  const strip = (prefix: string) => ({ ...p, pointer: p.pointer.slice(prefix.length) });
  if (template !== undefined && p.pointer.startsWith('/manifest')) return inFile(template, [strip('/manifest')])[0]!;
  if (p.pointer.startsWith('/workflow')) return inFile(workflow, [strip('/workflow')])[0]!;
  return inFile(scenario, [p])[0]!;
}
