// Live validation for the designer: the schema package's validateWorkflow (schema + lint, with
// JSON Pointers and messages in both languages).
import * as schema from '@baton/schema';
import type { BatonWorkflowDefinition, Problem } from '@baton/schema';

type AnyValidator = (doc: unknown) => Problem[] | { problems: Problem[] };

export function validateDefinition(def: BatonWorkflowDefinition): Problem[] {
  const validate = (schema as unknown as Record<string, unknown>).validateWorkflow as AnyValidator | undefined;
  if (!validate) return [];
  const r = validate(def);
  return Array.isArray(r) ? r : r.problems;
}
