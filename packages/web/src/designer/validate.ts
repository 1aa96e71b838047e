// Live validation for the designer: the schema package's validateWorkflow (JSON Schema + lint),
// problems with JSON Pointers and messages in both languages.
import { validateWorkflow, type BatonWorkflowDefinition, type Problem } from '@baton/schema';

export function validateDefinition(def: BatonWorkflowDefinition): Problem[] {
  return validateWorkflow(def).problems;
}
