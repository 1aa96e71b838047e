// The form values keyword search may look in: fields hidden from someone at some step are left
// out, since a search hit would otherwise tell that person what the hidden value is.
import type { BatonWorkflowDefinition } from '@baton/schema';

// Published versions are immutable objects held by the version cache, and every command of a
// request asks again: worked out once per definition object.
const hiddenByDefinition = new WeakMap<BatonWorkflowDefinition, ReadonlySet<string>>();

export function hiddenSomewhere(def: BatonWorkflowDefinition | undefined): ReadonlySet<string> {
  if (!def) return new Set();
  const known = hiddenByDefinition.get(def);
  if (known) return known;
  const out = new Set<string>();
  for (const n of def?.nodes ?? []) {
    const perms = 'fieldPermissions' in n ? (n.fieldPermissions as Record<string, string> | undefined) : undefined;
    for (const [field, level] of Object.entries(perms ?? {})) if (level === 'hidden') out.add(field);
  }
  hiddenByDefinition.set(def, out);
  return out;
}

export function searchableData(def: BatonWorkflowDefinition | undefined, data: Record<string, unknown>): Record<string, unknown> {
  const hidden = hiddenSomewhere(def);
  return hidden.size === 0 ? data : Object.fromEntries(Object.entries(data).filter(([k]) => !hidden.has(k)));
}
