// Checks one Baton file the way `baton validate` reports it: parse, tell its kind, validate
// against its schema and lint it (a workflow with the record types found beside it), then check
// what it refers to in other files (a template's workflow and record types, a scenario's
// workflow and org).
import {
  detectKind,
  lintTemplate,
  validateDocument,
  type BatonRecordType,
  type FileKind,
  type LintContext,
  type Problem,
} from '@baton/schema';
import type { DocumentReader } from '../files/document-reader.ts';
import { fileProblem, inFile, type FileProblem } from '../report/file-problem.ts';
import { arrayAt, isObject, stringAt } from './json-shape.ts';
import { recordTypeFilesNear, relativeTo, workflowOfScenario } from './related-files.ts';
import { lintScenarioLinks } from './scenario-links.ts';

export interface CheckedFile {
  file: string;
  kind?: FileKind;
  problems: FileProblem[];
}

export interface CheckDeps {
  cwd: string;
  reader: DocumentReader;
}

export async function checkFile(file: string, deps: CheckDeps): Promise<CheckedFile> {
  const read = await deps.reader.read(file);
  if (!read.ok) return { file, problems: [read.problem] };
  const kind = detectKind(read.value, file);
  if (kind === undefined) {
    return {
      file,
      problems: [
        fileProblem(
          file,
          'file/unknown-kind',
          'cannot tell what kind of Baton file this is: add a "$schema" line such as "../../schemas/workflow.schema.json"',
          '无法判断这是哪种 Baton 文件：请添加 "$schema"，例如 "../../schemas/workflow.schema.json"',
        ),
      ],
    };
  }
  const context = kind === 'workflow' ? await lintContextFor(file, deps) : {};
  const result = validateDocument(read.value, kind, context);
  const problems = inFile(file, result.problems);
  // Cross-file checks assume a well-formed document; its own errors come first.
  if (!result.ok) return { file, kind, problems };
  if (kind === 'template') problems.push(...inFile(file, await templateLinks(file, read.value, deps)));
  if (kind === 'scenario') problems.push(...inFile(file, await scenarioLinks(file, read.value, deps)));
  return { file, kind, problems };
}

async function templateLinks(file: string, manifest: unknown, deps: CheckDeps): Promise<Problem[]> {
  const problems: Problem[] = [];
  const workflowRef = stringAt(manifest, 'workflow');
  if (workflowRef !== undefined) {
    const workflow = await deps.reader.read(relativeTo(file, workflowRef));
    if (!workflow.ok) problems.push(missing('/workflow', workflowRef, workflow.problem));
    else if (!validateDocument(workflow.value, 'workflow').ok) problems.push(brokenWorkflow(workflowRef));
    else problems.push(...lintTemplate(manifest, workflow.value));
  }
  for (const [i, ref] of arrayAt(manifest, 'recordTypes').entries()) {
    if (typeof ref !== 'string') continue;
    const recordType = await deps.reader.read(relativeTo(file, ref));
    if (!recordType.ok) problems.push(missing(`/recordTypes/${i}`, ref, recordType.problem));
  }
  return problems;
}

/** The record types a workflow refers to, when their files are beside it (else lint skips them). */
async function lintContextFor(file: string, deps: CheckDeps): Promise<LintContext> {
  const recordTypes = new Map<string, BatonRecordType>();
  for (const candidate of await recordTypeFilesNear(file, deps.cwd, deps.reader)) {
    const read = await deps.reader.read(candidate);
    if (!read.ok || detectKind(read.value, candidate) !== 'record-type') continue;
    const key = stringAt(read.value, 'key');
    if (key !== undefined && !recordTypes.has(key)) recordTypes.set(key, read.value as BatonRecordType);
  }
  return { recordTypes };
}

async function scenarioLinks(file: string, scenario: unknown, deps: CheckDeps): Promise<Problem[]> {
  const problems: Problem[] = [];
  let nodeIds: Set<string> | undefined;
  let userIds: Set<string> | undefined;
  const workflowFile = isObject(scenario) ? await workflowOfScenario(file, scenario, deps.reader) : undefined;
  if (workflowFile !== undefined) {
    const workflow = await deps.reader.read(workflowFile);
    if (workflow.ok) nodeIds = new Set(arrayAt(workflow.value, 'nodes').map((n) => stringAt(n, 'id') ?? ''));
    else if (stringAt(scenario, 'workflow') !== undefined) {
      problems.push(missing('/workflow', stringAt(scenario, 'workflow') ?? '', workflow.problem));
    }
  }
  const orgRef = isObject(scenario) ? scenario['org'] : undefined;
  let org: unknown = orgRef;
  if (typeof orgRef === 'string') {
    const read = await deps.reader.read(relativeTo(file, orgRef));
    if (read.ok) org = read.value;
    else {
      problems.push(missing('/org', orgRef, read.problem));
      org = undefined;
    }
  }
  if (org !== undefined) userIds = new Set(arrayAt(org, 'users').map((u) => stringAt(u, 'id') ?? ''));
  return [...problems, ...lintScenarioLinks(scenario, { nodeIds, userIds })];
}

function missing(pointer: string, ref: string, cause: FileProblem): Problem {
  const why = cause.code === 'json/syntax' ? 'is not valid JSON' : 'cannot be read';
  const whyZh = cause.code === 'json/syntax' ? '不是有效的 JSON' : '无法读取';
  return {
    pointer,
    code: 'file/missing-reference',
    severity: 'error',
    message: { en: `"${ref}" ${why} (${cause.message.en})`, 'zh-CN': `"${ref}" ${whyZh}（${cause.message['zh-CN']}）` },
  };
}

function brokenWorkflow(ref: string): Problem {
  return {
    pointer: '/workflow',
    code: 'template/workflow-invalid',
    severity: 'error',
    message: {
      en: `"${ref}" has errors of its own (validate it for details), so the bindings cannot be checked`,
      'zh-CN': `"${ref}" 自身有错误（请单独校验查看详情），因此无法检查参数绑定`,
    },
  };
}
