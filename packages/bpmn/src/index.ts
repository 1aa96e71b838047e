// @baton/bpmn: BPMN 2.0 export and import for the subset Baton shares with BPMN (see README.md).
export { toBpmn, EXPORTER, type BpmnExport, type ToBpmnOptions } from './to-bpmn.ts';
export { fromBpmn, type BpmnImport, type FromBpmnOptions } from './from-bpmn.ts';
export { BPMN_LIMITS } from './xml-guard.ts';
export type { BpmnProblem } from './bpmn-problems.ts';
export { NS as BPMN_NAMESPACES, BATON_MODDLE, CEL_LANGUAGE, EXTENSION_VERSION } from './bpmn-namespaces.ts';
