// The form values keyword search may look in: fields hidden from someone at some step are left
// out, since a search hit would otherwise tell that person what the hidden value is.
import type { BatonWorkflowDefinition } from '@baton/schema';

export function hiddenSomewhere(def: BatonWorkflowDefinition | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  for (const n of def?.nodes ?? []) {
    const perms = 'fieldPermissions' in n ? (n.fieldPermissions as Record<string, string> | undefined) : undefined;
    for (const [field, level] of Object.entries(perms ?? {})) if (level === 'hidden') out.add(field);
  }
  return out;
}

export function searchableData(def: BatonWorkflowDefinition | undefined, data: Record<string, unknown>): Record<string, unknown> {
  const hidden = hiddenSomewhere(def);
  return hidden.size === 0 ? data : Object.fromEntries(Object.entries(data).filter(([k]) => !hidden.has(k)));
}
