export type * from './generated/types.ts';
export * from './problem.ts';
export * from './cel/cel-environment.ts';
export { createBatonAjv, sharedAjv, schemaId, SCHEMA_BASE_URL, type BatonAjv } from './ajv.ts';
export { detectKind, isFileKind, FILE_KINDS, type FileKind } from './file-kind.ts';
export { checkInputLimits, INPUT_LIMITS } from './input-limits.ts';
export {
  validateDocument,
  validateEnvironment,
  validateForm,
  validateOrg,
  validateRecordType,
  validateScenario,
  validateSchema,
  validateTemplate,
  validateWorkflow,
} from './validate.ts';
export { lintWorkflow, type LintContext } from './lint/lint-workflow.ts';
export { lintTemplate } from './lint/template-rules.ts';
export { isTimeZone, lintRecordType } from './lint/record-type-rules.ts';
export { lintOrg } from './lint/org-rules.ts';
export { WORKFLOW_LIMITS } from './lint/limits.ts';
export { formatDocument, isCanonical, compareCodePoints } from './format.ts';
export {
  diffWorkflows,
  sameJson,
  type ChangeTargetType,
  type WorkflowChange,
  type WorkflowChangeKind,
} from './diff.ts';
export { renderDiff } from './diff-render.ts';
export { formDataSchema, validateFormData, type JsonSchema } from './form-data-schema.ts';
export { installTemplate, installDirectoryOf, HOSTILE_KEYS, type InstallDirectory } from './template-install.ts';
export { applyEnvironment } from './environment.ts';
export { checkEnvironmentReferences, type EnvironmentContext } from './environment-references.ts';
