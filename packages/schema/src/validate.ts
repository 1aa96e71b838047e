// Validation of every kind of Baton file: input limits, then the JSON Schema (the one shared Ajv),
// then, when the schema passes, the semantic lint of that kind. Never throws on any document;
// `ok` is false when any problem is an error (warnings alone leave it true).
import { sharedAjv } from './ajv.ts';
import { problemsFromAjv } from './ajv-problems.ts';
import { isFileKind, type FileKind } from './file-kind.ts';
import type {
  BatonEnvironmentMapping,
  BatonForm,
  BatonOrgDirectory,
  BatonRecordType,
  BatonScenario,
  BatonTemplateManifest,
  BatonWorkflowDefinition,
} from './generated/types.ts';
import { checkInputLimits } from './input-limits.ts';
import { lintFormFields } from './lint/form-rules.ts';
import { lintWorkflow, type LintContext } from './lint/lint-workflow.ts';
import { lintOrg } from './lint/org-rules.ts';
import { lintRecordType } from './lint/record-type-rules.ts';
import { fieldsAt, isJson } from './lint/workflow-index.ts';
import { problem, type Checked, type Problem } from './problem.ts';

export type { FileKind } from './file-kind.ts';

/** Checks a document against the schema of `kind` only (no lint). */
export function validateSchema(doc: unknown, kind: FileKind): Problem[] {
  const limits = checkInputLimits(doc);
  if (limits.length > 0) return limits;
  const shared = sharedAjv();
  const validate = shared.validator(kind);
  try {
    if (validate(doc)) return [];
  } catch (err) {
    // Input limits make this unreachable for JSON; kept so no input can escape as an exception.
    const why = err instanceof Error ? err.message : String(err);
    return [problem('', 'schema/internal-error', `the document could not be validated: ${why}`, `无法校验该文档：${why}`)];
  }
  return problemsFromAjv(validate.errors, shared.discriminatorTags);
}

function checked<T>(doc: unknown, problems: Problem[]): Checked<T> {
  return problems.some((p) => p.severity === 'error') ? { ok: false, problems } : { ok: true, value: doc as T, problems };
}

function schemaThen<T>(doc: unknown, kind: FileKind, lint: (doc: unknown) => Problem[]): Checked<T> {
  const schema = validateSchema(doc, kind);
  return checked<T>(doc, schema.length > 0 ? schema : lint(doc));
}

export function validateWorkflow(doc: unknown, context: LintContext = {}): Checked<BatonWorkflowDefinition> {
  return schemaThen(doc, 'workflow', (d) => lintWorkflow(d, context));
}

export function validateForm(doc: unknown): Checked<BatonForm> {
  return schemaThen(doc, 'form', (d) => {
    const out: Problem[] = [];
    lintFormFields(fieldsAt(isJson(d) ? d.fields : undefined, '/fields', true), undefined, out);
    return out;
  });
}

/** Schema only: bindings are checked against the workflow with lintTemplate(manifest, workflow). */
export function validateTemplate(doc: unknown): Checked<BatonTemplateManifest> {
  return schemaThen(doc, 'template', () => []);
}

export function validateRecordType(doc: unknown): Checked<BatonRecordType> {
  return schemaThen(doc, 'record-type', lintRecordType);
}

export function validateScenario(doc: unknown): Checked<BatonScenario> {
  return schemaThen(doc, 'scenario', () => []);
}

export function validateOrg(doc: unknown): Checked<BatonOrgDirectory> {
  return schemaThen(doc, 'org', lintOrg);
}

/** Schema only: what an environment's references resolve to is checkEnvironmentReferences's job. */
export function validateEnvironment(doc: unknown): Checked<BatonEnvironmentMapping> {
  return schemaThen(doc, 'environment', () => []);
}

/** Validates a document as `kind` (see detectKind). An unknown kind is a programmer error. */
export function validateDocument(doc: unknown, kind: FileKind, context: LintContext = {}): Checked<unknown> {
  if (!isFileKind(kind)) throw new TypeError(`unknown file kind: ${String(kind)}`);
  switch (kind) {
    case 'workflow':
      return validateWorkflow(doc, context);
    case 'form':
      return validateForm(doc);
    case 'template':
      return validateTemplate(doc);
    case 'record-type':
      return validateRecordType(doc);
    case 'scenario':
      return validateScenario(doc);
    case 'org':
      return validateOrg(doc);
    case 'environment':
      return validateEnvironment(doc);
  }
}
