// Installing a gallery template: the installer's answers are checked against the manifest's
// parameter schema (the shared Ajv), each value is written at the JSON Pointers its bindings name
// (a binding never creates structure and never lands inside an expression), the result records
// the template it came from, and it is validated like any other definition. Never throws on input.
//
// Problems point into one notional request `{ manifest, workflow, params }`: `/params/<name>` for
// an answer (its message names the parameter), `/manifest/...` for the template, `/workflow/...`
// for the installed definition. A problem the installed definition has at a bound place is
// reported against the parameter that put the value there.
import type { ValidateFunction } from 'ajv';
import { sharedAjv } from './ajv.ts';
import { problemsFromAjv } from './ajv-problems.ts';
import type { BatonOrgDirectory, BatonTemplateManifest, BatonWorkflowDefinition } from './generated/types.ts';
import { checkInputLimits } from './input-limits.ts';
import { lintTemplate, parsePointer } from './lint/template-rules.ts';
import { isJson, type Json } from './lint/workflow-index.ts';
import { pointerOf, pointerToken, problem, type Checked, type Problem } from './problem.ts';
import { validateTemplate, validateWorkflow } from './validate.ts';

/** What the target org holds, to refuse a role, user or department it does not have. */
export interface InstallDirectory {
  roles?: ReadonlySet<string>;
  users?: ReadonlySet<string>;
  departments?: ReadonlySet<string>;
}

type Parameter = NonNullable<BatonTemplateManifest['parameters']>['properties'][string];

/** Keys and pointer tokens that reach an object's prototype in JavaScript. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// Shapes by what a value names. Roles and departments are keys; users are login ids without
// spaces, quotes or operators, so no expression text can pass for one.
const KEY = /^[a-z][a-z0-9-]{0,63}$/;
const USER = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;

export function installTemplate(
  manifest: unknown,
  workflow: unknown,
  params: unknown,
  directory?: InstallDirectory,
): Checked<BatonWorkflowDefinition> {
  const fail = (problems: Problem[]): Checked<BatonWorkflowDefinition> => ({ ok: false, problems });
  const m = validateTemplate(manifest);
  if (!m.ok) return fail(under('/manifest', m.problems));
  const tpl = m.value;
  if (!isJson(workflow)) return fail([problem('/workflow', 'template/workflow-not-object', 'the workflow must be a JSON object', '工作流必须是 JSON 对象')]);
  const limits = checkInputLimits(workflow);
  if (limits.length > 0) return fail(under('/workflow', limits));
  const bindingProblems = [...hostilePointers(tpl), ...under('/manifest', lintTemplate(tpl, workflow).filter((p) => p.severity === 'error'))];
  if (bindingProblems.length > 0) return fail(bindingProblems);

  const answers = checkAnswers(tpl, params, directory);
  if (!answers.ok) return fail(answers.problems);

  const installed = structuredClone(workflow) as Json;
  const placed: Array<{ tokens: string[]; name: string }> = [];
  for (const b of tpl.bindings ?? []) {
    if (!Object.hasOwn(answers.values, b.parameter)) continue;
    const tokens = parsePointer(b.pointer) ?? [];
    // lintTemplate resolved every pointer above; the copy has the same structure.
    if (!replaceAt(installed, tokens, structuredClone(answers.values[b.parameter]))) {
      throw new Error(`binding ${b.pointer} did not resolve in the copy`);
    }
    placed.push({ tokens, name: b.parameter });
  }
  installed.template = { key: tpl.key, version: tpl.version };

  const checked = validateWorkflow(installed);
  const problems = checked.problems.map((p) => blame(p, placed));
  return checked.ok ? { ok: true, value: checked.value, problems } : fail(problems);
}

/** The sets installTemplate checks roles, users and departments against, from an org file. */
export function installDirectoryOf(org: BatonOrgDirectory): InstallDirectory {
  return {
    roles: new Set((org.roles ?? []).map((r) => r.id)),
    users: new Set(org.users.map((u) => u.id)),
    departments: new Set((org.departments ?? []).map((d) => d.id)),
  };
}

type Answers = { ok: true; values: Record<string, unknown> } | { ok: false; problems: Problem[] };

/** Checks the answers and returns them with defaults filled in. */
function checkAnswers(tpl: BatonTemplateManifest, params: unknown, directory: InstallDirectory | undefined): Answers {
  const declared = tpl.parameters?.properties ?? {};
  if (params === undefined || params === null) params = {};
  if (!isJson(params)) {
    return { ok: false, problems: [problem('/params', 'template/params-not-object', 'the parameters must be a JSON object of name: value', '参数必须是"名称: 值"形式的 JSON 对象')] };
  }
  const limits = checkInputLimits(params);
  if (limits.length > 0) return { ok: false, problems: under('/params', limits) };

  const problems: Problem[] = [];
  for (const name of Object.keys(params)) {
    if (HOSTILE_KEYS.has(name)) {
      problems.push(at(name, 'template/hostile-key', `parameter name ${q(name)} is not allowed`, `不允许使用参数名${qz(name)}`));
    } else if (!Object.hasOwn(declared, name)) {
      const known = Object.keys(declared);
      problems.push(
        at(
          name,
          'template/unknown-parameter',
          `the template has no parameter ${q(name)}${known.length > 0 ? `; it has: ${known.join(', ')}` : ''}`,
          `模板没有参数${qz(name)}${known.length > 0 ? `；可用参数：${known.join('、')}` : ''}`,
        ),
      );
    }
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (Object.hasOwn(params, name)) values[name] = params[name];
    else if (spec.default !== undefined) values[name] = structuredClone(spec.default);
    else if (tpl.parameters?.required?.includes(name)) {
      problems.push(at(name, 'template/missing-parameter', `parameter ${q(name)} is required`, `参数${qz(name)}为必填`));
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const validate = compileParameters(declared);
  if (!validate.ok) return { ok: false, problems: [validate.problem] };
  if (!validate.fn(values)) problems.push(...problemsFromAjv(validate.fn.errors, () => undefined).map(forParameter));
  for (const [name, spec] of Object.entries(declared)) {
    const typed = !problems.some((p) => p.pointer === pointerOf('params', name) || p.pointer.startsWith(pointerOf('params', name) + '/'));
    if (typed && Object.hasOwn(values, name)) problems.push(...checkKind(name, spec, values[name], directory));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

// The manifest's parameters as a plain JSON Schema: its titles are bilingual objects and `kind`
// is Baton's own word, so only the value keywords are kept. Compiled once per distinct schema on
// the shared Ajv (Ajv keeps what it compiles, so compiling per request would grow without end);
// the cache hangs off the Ajv instance, so it lives and dies with it.
const compiledFor = new WeakMap<object, Map<string, ValidateFunction>>();

function compileParameters(declared: Record<string, Parameter>): { ok: true; fn: ValidateFunction } | { ok: false; problem: Problem } {
  const properties: Record<string, object> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const { title: _t, description: _d, kind, default: _v, ...rest } = spec;
    properties[name] = kind === 'duration' && rest.type === 'string' ? { ...rest, format: 'duration' } : rest;
  }
  const schema = { type: 'object', properties };
  const shared = sharedAjv();
  let cache = compiledFor.get(shared);
  if (!cache) compiledFor.set(shared, (cache = new Map()));
  const key = JSON.stringify(schema);
  const cached = cache.get(key);
  if (cached) return { ok: true, fn: cached };
  try {
    const fn = shared.ajv.compile(schema);
    cache.set(key, fn);
    return { ok: true, fn };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: problem('/manifest/parameters', 'template/invalid-parameters', `the parameter schema cannot be used: ${why}`, `参数定义无法使用：${why}`) };
  }
}

/** What a value names must look like a role, user or department, and exist when the org is known. */
function checkKind(name: string, spec: Parameter, value: unknown, directory: InstallDirectory | undefined): Problem[] {
  const out: Problem[] = [];
  const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const kind = spec.kind ?? 'text';
  for (const v of strings) {
    if (kind !== 'text' && HOSTILE_KEYS.has(v)) {
      out.push(at(name, 'template/hostile-value', `parameter ${q(name)} cannot be ${q(v)}`, `参数${qz(name)}的值不能是${qz(v)}`));
      continue;
    }
    if (kind === 'role' || kind === 'department') {
      const what = kind === 'role' ? ['a role key', '角色标识'] : ['a department key', '部门标识'];
      if (!KEY.test(v)) {
        out.push(
          at(
            name,
            'template/parameter-invalid',
            `parameter ${q(name)} must be ${what[0]} (lower-case letters, digits and "-"), not ${JSON.stringify(v)}`,
            `参数${qz(name)}必须是${what[1]}（小写字母、数字和"-"），而不是 ${JSON.stringify(v)}`,
          ),
        );
        continue;
      }
      const known = kind === 'role' ? directory?.roles : directory?.departments;
      if (known && !known.has(v)) {
        const code = kind === 'role' ? 'template/unknown-role' : 'template/unknown-department';
        const [en, zh] = kind === 'role' ? ['role', '角色'] : ['department', '部门'];
        out.push(at(name, code, `parameter ${q(name)}: the org has no ${en} ${q(v)}`, `参数${qz(name)}：组织中没有${zh}${qz(v)}`));
      }
    } else if (kind === 'user' || kind === 'users') {
      if (!USER.test(v)) {
        out.push(
          at(name, 'template/parameter-invalid', `parameter ${q(name)} must be a user id, not ${JSON.stringify(v)}`, `参数${qz(name)}必须是用户标识，而不是 ${JSON.stringify(v)}`),
        );
      } else if (directory?.users && !directory.users.has(v)) {
        out.push(at(name, 'template/unknown-user', `parameter ${q(name)}: the org has no user ${q(v)}`, `参数${qz(name)}：组织中没有用户${qz(v)}`));
      }
    }
  }
  return out;
}

/** Pointer tokens that would walk into a prototype are refused before anything is written. */
function hostilePointers(tpl: BatonTemplateManifest): Problem[] {
  const out: Problem[] = [];
  (tpl.bindings ?? []).forEach((b, i) => {
    const bad = (parsePointer(b.pointer) ?? []).find((t) => HOSTILE_KEYS.has(t));
    if (bad === undefined) return;
    out.push(
      problem(
        `/manifest/bindings/${i}/pointer`,
        'template/hostile-pointer',
        `the binding of parameter ${q(b.parameter)} goes through ${q(bad)}, which is not allowed`,
        `参数${qz(b.parameter)}的绑定经过${qz(bad)}，这是不允许的`,
      ),
    );
  });
  return out;
}

/** Replaces the value at an existing location; own properties and in-range indexes only. */
function replaceAt(doc: unknown, tokens: readonly string[], value: unknown): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return false;
  let parent: unknown = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(parent) && /^(0|[1-9]\d*)$/.test(t)) parent = parent[Number(t)];
    else if (isJson(parent) && Object.hasOwn(parent, t)) parent = parent[t];
    else return false;
  }
  if (Array.isArray(parent)) {
    if (!/^(0|[1-9]\d*)$/.test(last) || Number(last) >= parent.length) return false;
    parent[Number(last)] = value;
    return true;
  }
  if (!isJson(parent) || !Object.hasOwn(parent, last)) return false;
  Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return true;
}

/** A problem of the installed definition, blamed on the parameter whose value sits there. */
function blame(p: Problem, placed: ReadonlyArray<{ tokens: string[]; name: string }>): Problem {
  const hit = placed.find(({ tokens }) => {
    const ptr = tokens.map((t) => '/' + pointerToken(t)).join('');
    return p.pointer === ptr || p.pointer.startsWith(ptr + '/');
  });
  if (!hit) return { ...p, pointer: '/workflow' + p.pointer };
  return {
    ...p,
    pointer: pointerOf('params', hit.name),
    message: { en: `parameter ${q(hit.name)}: ${p.message.en}`, 'zh-CN': `参数${qz(hit.name)}：${p.message['zh-CN']}` },
  };
}

/** Ajv problems on the answers object, each naming its parameter. */
function forParameter(p: Problem): Problem {
  const name = (parsePointer(p.pointer) ?? [])[0] ?? '';
  return { ...p, pointer: '/params' + p.pointer, message: { en: `parameter ${q(name)} ${p.message.en}`, 'zh-CN': `参数${qz(name)}${p.message['zh-CN']}` } };
}

function at(name: string, code: string, en: string, zh: string): Problem {
  return problem(pointerOf('params', name), code, en, zh);
}

// Parameter names and values are quoted the way the CLI prints them.
function q(name: string): string {
  return `"${name}"`;
}

function qz(name: string): string {
  return `"${name}"`;
}

function under(prefix: string, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, pointer: prefix + p.pointer }));
}
