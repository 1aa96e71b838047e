// Evaluating CEL against a request: form fields by key, `vars` (declared defaults overlaid with
// values automations stored), `initiator` and `record`. An expression that fails to evaluate
// (a missing field, a type error) counts as not holding: the failure is noted, never thrown.
import type { Run } from '../runtime/run.ts';

export function celContext(run: Run): Record<string, unknown> {
  if (run.celContext) return run.celContext;
  const s = run.s;
  const ctx: Record<string, unknown> = {};
  for (const key of run.def.fields.keys()) {
    if (Object.hasOwn(s.data, key) && s.data[key] !== null && s.data[key] !== undefined) ctx[key] = s.data[key];
  }
  ctx.vars = s.vars ? { ...run.def.varDefaults, ...s.vars } : run.def.varDefaults;
  const dir = run.env.directory;
  const u = dir.user(s.initiator);
  ctx.initiator = { id: s.initiator, department: u?.department ?? '', roles: u?.roles ?? [], manager: dir.manager(s.initiator) ?? '' };
  ctx.record = s.record ? { ...s.record.values, id: s.record.id, owner: s.record.owner ?? '' } : {};
  run.celContext = ctx;
  return ctx;
}

type Evaluation = { ok: true; value: unknown } | { ok: false; message: string };

export function evaluate(run: Run, expression: string): Evaluation {
  const compiled = run.def.expression(expression);
  if (typeof compiled === 'string') return { ok: false, message: compiled };
  try {
    return { ok: true, value: compiled(celContext(run)) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, message: msg.split('\n')[0] ?? msg };
  }
}

/** A condition holds only when it evaluates to true. */
export function holds(run: Run, expression: string): { value: boolean; error?: string } {
  const r = evaluate(run, expression);
  if (!r.ok) return { value: false, error: r.message };
  return { value: r.value === true };
}

export type ValueSource = { value: unknown } | { field: string } | { cel: string };

/** The value of a literal, a form field or a CEL expression (null when it cannot be had). */
export function resolveValue(run: Run, source: ValueSource): { value: unknown; error?: string } {
  if ('value' in source) return { value: source.value };
  if ('field' in source) {
    const s = run.s;
    if (Object.hasOwn(s.data, source.field)) return { value: s.data[source.field] };
    if (s.vars && Object.hasOwn(s.vars, source.field)) return { value: s.vars[source.field] };
    if (Object.hasOwn(run.def.varDefaults, source.field)) return { value: run.def.varDefaults[source.field] };
    return { value: null, error: `no value for ${source.field}` };
  }
  const r = evaluate(run, source.cel);
  return r.ok ? { value: toJson(r.value) } : { value: null, error: r.message };
}

/** CEL values as JSON: big integers become numbers, maps become objects. */
function toJson(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) Object.defineProperty(o, String(k), { value: toJson(x), enumerable: true, writable: true, configurable: true });
    return o;
  }
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(o, k, { value: toJson(x), enumerable: true, writable: true, configurable: true });
    return o;
  }
  return v;
}

/** Resolves every entry of a map of value sources. */
export function resolveValues(run: Run, sources: Record<string, ValueSource> | undefined, notes: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, src] of Object.entries(sources ?? {})) {
    const r = resolveValue(run, src);
    if (r.error) notes.push(`${k}: ${r.error}`);
    Object.defineProperty(out, k, { value: r.value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
