// Turns Ajv errors into Problems: a JSON Pointer at the offending spot (the missing or unknown
// property itself, not its parent), a stable code `schema/<keyword>`, English text, and Chinese
// text from ajv-i18n (run on a copy, Ajv's own errors are left alone). Union noise is collapsed:
// a discriminated union already validates only the branch its `type` selects; for a plain `oneOf`
// we keep the errors of the branch that got furthest, or one problem naming the alternatives.
import type { ErrorObject } from 'ajv';
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import { pointerToken, type Problem } from './problem.ts';

export type TagsOf = (schema: unknown) => readonly string[] | undefined;

interface Out {
  instancePath: string;
  problem: Problem;
}

export function problemsFromAjv(errors: readonly ErrorObject[] | null | undefined, tagsOf: TagsOf): Problem[] {
  if (!errors || errors.length === 0) return [];
  const copies = errors.map((e) => ({ ...e }));
  localizeZh(copies);
  const out: Out[] = [];
  errors.forEach((err, i) => {
    const zh = copies[i]?.message ?? err.message ?? err.keyword;
    if (err.keyword === 'if') return; // its `then` errors say what is wrong
    if (err.keyword === 'propertyNames' && errors.some((e) => e.propertyName !== undefined && e.instancePath === err.instancePath)) return;
    if (err.keyword === 'oneOf') return collapseOneOf(out, err);
    if (err.keyword === 'discriminator') return discriminator(out, err, errors, tagsOf);
    out.push({ instancePath: err.instancePath, problem: convert(err, zh) });
  });
  const seen = new Set<string>();
  return out
    .map((o) => o.problem)
    .filter((p) => {
      const key = `${p.pointer}\u0000${p.code}\u0000${p.message.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function make(pointer: string, keyword: string, en: string, zh: string): Problem {
  return { pointer, code: `schema/${keyword}`, severity: 'error', message: { en, 'zh-CN': zh } };
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function convert(err: ErrorObject, zh: string): Problem {
  const p = err.params as Record<string, unknown>;
  let pointer = err.instancePath;
  let en = err.message ?? err.keyword;
  switch (err.keyword) {
    case 'required':
    case 'dependentRequired':
      pointer += '/' + pointerToken(String(p.missingProperty));
      en = `required property '${String(p.missingProperty)}' is missing`;
      break;
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      pointer += '/' + pointerToken(name);
      const known = Object.keys((err.parentSchema?.properties as object | undefined) ?? {});
      const guess = closest(name, known);
      en = `unknown property '${name}'` + (guess ? ` (did you mean '${guess}'?)` : '');
      zh = `${zh}：${name}` + (guess ? `（是否应为 ${guess}？）` : '');
      break;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [];
      en = `must be one of: ${allowed.map(show).join(', ')}`;
      zh = `${zh}：${allowed.map(show).join('、')}`;
      break;
    }
    case 'const':
      en = `must be ${JSON.stringify(p.allowedValue)}`;
      zh = `${zh} ${JSON.stringify(p.allowedValue)}`;
      break;
    case 'type':
      en = `must be ${withArticle(String(p.type))}`;
      break;
    case 'format':
      if (p.format === 'duration') {
        en = 'must be an ISO-8601 duration such as PT4H, P2D or P1W';
        zh = `${zh}（ISO-8601 时长，如 PT4H、P2D、P1W）`;
      } else en = `must be a valid ${String(p.format)}`;
      break;
    case 'pattern':
      en = `must match the pattern ${String(p.pattern)}`;
      break;
    case 'not':
      if (Array.isArray(err.parentSchema?.not?.enum) && typeof err.data === 'string') {
        en = `'${err.data}' is a reserved word in expressions; choose another key`;
        zh = `「${err.data}」是表达式的保留字，请换一个键名`;
      }
      break;
  }
  if (err.propertyName !== undefined) {
    pointer += '/' + pointerToken(err.propertyName);
    en = `invalid name '${err.propertyName}': ${en}`;
    zh = `名称「${err.propertyName}」无效：${zh}`;
  }
  return make(pointer, err.keyword, en, zh);
}

function withArticle(type: string): string {
  if (type.includes(',')) return `one of the types ${type.split(',').join(', ')}`;
  if (type === 'null') return 'null';
  return (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type;
}

// Errors of a oneOf's branches come right before the oneOf error itself (Ajv evaluates `oneOf`
// first among a schema's keywords), all at or under its instance path.
function collapseOneOf(out: Out[], err: ErrorObject): void {
  const at = err.instancePath;
  const passing = (err.params as { passingSchemas?: number[] | null }).passingSchemas;
  const block: Out[] = [];
  if (!passing) {
    while (out.length > 0) {
      const last = out[out.length - 1]!;
      if (last.instancePath !== at && !last.instancePath.startsWith(at + '/')) break;
      block.unshift(out.pop()!);
    }
    const deeper = block.filter((o) => o.instancePath !== at);
    if (deeper.length > 0) {
      out.push(...deeper);
      return;
    }
  }
  const branches = ((err.parentSchema?.oneOf as unknown[] | undefined) ?? []).map(describeBranch);
  const onlyRequired = branches.every((b) => b.required !== undefined);
  const names = branches.map((b) => b.required ?? '');
  const en0 = branches.map((b) => b.en);
  const zh0 = branches.map((b) => b.zh);
  let en: string;
  let zh: string;
  if (passing) {
    en = onlyRequired ? `use exactly one of: ${names.join(', ')}, not several` : `matches more than one of: ${en0.join('; ')}`;
    zh = onlyRequired ? `只能使用其中之一：${names.join('、')}` : `匹配了多个可选形式：${zh0.join('；')}`;
  } else {
    en = onlyRequired ? `needs exactly one of: ${names.join(', ')}` : `must be one of: ${en0.join('; ')}`;
    zh = onlyRequired ? `需要且只能有其中之一：${names.join('、')}` : `应当是以下形式之一：${zh0.join('；')}`;
  }
  out.push({ instancePath: at, problem: make(at, 'oneOf', en, zh) });
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  integer: '整数',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
};

function describeBranch(branch: unknown): { en: string; zh: string; required?: string } {
  if (typeof branch !== 'object' || branch === null) return { en: show(branch), zh: show(branch) };
  const b = branch as Record<string, unknown>;
  if ('const' in b) return { en: JSON.stringify(b.const), zh: JSON.stringify(b.const) };
  if (Array.isArray(b.required) && b.required.length > 0) {
    const keys = b.required.join(', ');
    return { en: `an object with ${keys}`, zh: `含 ${keys} 的对象`, required: keys };
  }
  if (typeof b.type === 'string') return { en: withArticle(b.type), zh: TYPE_ZH[b.type] ?? b.type };
  if (typeof b.$ref === 'string') {
    const name = b.$ref.split('/').pop() ?? b.$ref;
    return { en: name, zh: name };
  }
  return { en: 'another shape', zh: '其他形式' };
}

function discriminator(out: Out[], err: ErrorObject, all: readonly ErrorObject[], tagsOf: TagsOf): void {
  const p = err.params as { error?: string; tag?: string; tagValue?: unknown };
  const tag = String(p.tag ?? 'type');
  const pointer = `${err.instancePath}/${pointerToken(tag)}`;
  if (p.error === 'mapping') {
    const known = tagsOf(err.parentSchema) ?? [];
    const value = show(p.tagValue);
    const guess = closest(value, known);
    const hint = guess ? ` (did you mean '${guess}'?)` : '';
    out.push({
      instancePath: err.instancePath,
      problem: make(
        pointer,
        'discriminator',
        `unknown ${tag} '${value}'${hint}; expected one of: ${known.join(', ')}`,
        `未知的 ${tag}「${value}」，应为以下之一：${known.join('、')}`,
      ),
    });
    return;
  }
  const missing = all.some(
    (e) => e.keyword === 'required' && e.instancePath === err.instancePath && (e.params as { missingProperty?: string }).missingProperty === tag,
  );
  if (missing) return;
  out.push({
    instancePath: err.instancePath,
    problem: make(pointer, 'discriminator', `'${tag}' must be a string`, `「${tag}」必须是字符串`),
  });
}

/** The known word nearest to a typo, when it is near enough to be a likely intent. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
