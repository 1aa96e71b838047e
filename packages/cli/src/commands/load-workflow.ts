// Loading "a workflow" from what a user points at: a workflow file, a template.json (its
// workflow), or a template folder. The result is validated, so verbs can rely on its shape.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { detectKind, validateDocument, type BatonWorkflowDefinition } from '@baton/schema';
import { relativeTo } from '../checks/related-files.ts';
import { stringAt } from '../checks/json-shape.ts';
import type { DocumentReader } from '../files/document-reader.ts';
import { fileProblem, inFile, type FileProblem } from '../report/file-problem.ts';

export type LoadedWorkflow =
  | { ok: true; file: string; workflow: BatonWorkflowDefinition }
  | { ok: false; problems: FileProblem[] };

export async function loadWorkflow(target: string, reader: DocumentReader, cwd: string): Promise<LoadedWorkflow> {
  let file = target;
  if (await isDirectory(resolve(cwd, target))) file = join(target, 'template.json');
  const read = await reader.read(file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  let doc = read.value;
  const kind = detectKind(doc, file);
  if (kind === 'template') {
    const ref = stringAt(doc, 'workflow');
    if (ref === undefined) {
      return { ok: false, problems: [fileProblem(file, 'template/no-workflow', 'the template names no workflow', '模板没有指定工作流')] };
    }
    file = relativeTo(file, ref);
    const wf = await reader.read(file);
    if (!wf.ok) return { ok: false, problems: [wf.problem] };
    doc = wf.value;
  } else if (kind !== 'workflow') {
    const what = kind === undefined ? 'an unknown kind of file' : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} file`;
    return {
      ok: false,
      problems: [fileProblem(file, 'file/not-a-workflow', `expected a workflow, found ${what}`, `需要工作流文件，这是${kind ?? '未知类型的文件'}`)],
    };
  }
  const result = validateDocument(doc, 'workflow');
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.ok || errors.length > 0) return { ok: false, problems: inFile(file, errors) };
  return { ok: true, file, workflow: doc as BatonWorkflowDefinition };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
