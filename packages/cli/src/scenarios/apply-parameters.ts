// Installing a template with parameter values: each value is written at the JSON Pointers its
// bindings name (never pasted into expressions). Used by `baton test` for scenarios that set
// `parameters`. Pure; the workflow passed in is not modified.
import { pointerOf, problem, type Problem } from '@baton/schema';
import { arrayAt, isObject, stringAt } from '../checks/json-shape.ts';

export type Installed = { ok: true; workflow: unknown } | { ok: false; problems: Problem[] };

export function applyParameters(workflow: unknown, manifest: unknown, values: Record<string, unknown>): Installed {
  const copy = structuredClone(workflow);
  const problems: Problem[] = [];
  const bound = new Set<string>();
  for (const binding of arrayAt(manifest, 'bindings')) {
    const name = stringAt(binding, 'parameter');
    const pointer = stringAt(binding, 'pointer');
    if (name === undefined || pointer === undefined) continue;
    bound.add(name);
    if (!Object.hasOwn(values, name)) continue;
    if (!setAt(copy, pointer, values[name])) {
      problems.push(
        problem(
          pointerOf('parameters', name),
          'scenario/binding-unresolved',
          `parameter "${name}" is bound to ${pointer}, which is not in the workflow`,
          `参数"${name}"绑定到 ${pointer}，但工作流中没有该位置`,
        ),
      );
    }
  }
  for (const name of Object.keys(values)) {
    if (!bound.has(name)) {
      problems.push(
        problem(
          pointerOf('parameters', name),
          'scenario/unknown-parameter',
          `the template has no parameter "${name}"`,
          `模板没有参数"${name}"`,
        ),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, workflow: copy };
}

/** Replaces the value at an existing location (RFC 6901); false when the location is missing. */
function setAt(doc: unknown, pointer: string, value: unknown): boolean {
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = tokens.pop();
  if (last === undefined) return false;
  let at: unknown = doc;
  for (const t of tokens) {
    if (Array.isArray(at) && /^(0|[1-9]\d*)$/.test(t)) at = at[Number(t)];
    else if (isObject(at) && Object.hasOwn(at, t)) at = at[t];
    else return false;
  }
  if (Array.isArray(at) && /^(0|[1-9]\d*)$/.test(last) && Number(last) < at.length) {
    at[Number(last)] = value;
    return true;
  }
  if (isObject(at) && Object.hasOwn(at, last)) {
    at[last] = value;
    return true;
  }
  return false;
}
