// A record type's own consistency: unique field keys, a title field that exists, triggers that
// name existing fields and say when they fire, trigger conditions that type-check.
import { pointerToken, problem, type Problem } from '../problem.ts';
import { ExpressionChecker } from './expressions.ts';
import { lintFormFields } from './form-rules.ts';
import { arrayOf, fieldsAt, isJson, q, qz, type Json } from './workflow-index.ts';

export function lintRecordType(doc: unknown): Problem[] {
  if (!isJson(doc)) return [problem('', 'lint/not-an-object', 'a record type must be a JSON object', '记录类型必须是 JSON 对象')];
  const out: Problem[] = [];
  const fields = fieldsAt(doc.fields, '/fields', true);
  const checker = ExpressionChecker.forFields(fields, undefined);
  // Trigger conditions also see `before`: the values before an update (the server passes them).
  const triggers = ExpressionChecker.forFields(fields, undefined, [], ['before']);
  lintFormFields(fields, undefined, out, { checker });
  const keys = new Set(fields.map((f) => f.key));
  const unknown = (pointer: string, key: string) =>
    out.push(problem(pointer, 'lint/unknown-field', `${q(key)} is not a field of this record type`, `${qz(key)}不是该记录类型的字段`));
  if (typeof doc.titleField === 'string' && !keys.has(doc.titleField)) unknown('/titleField', doc.titleField);
  arrayOf(doc.triggers).forEach((t, i) => {
    if (!isJson(t)) return;
    const at = `/triggers/${i}`;
    if (typeof t.field === 'string' && !keys.has(t.field)) unknown(`${at}/field`, t.field);
    requireFor(t, at, 'field-change', 'field', out);
    requireFor(t, at, 'schedule', 'cron', out);
    if (typeof t.timezone === 'string' && !isTimeZone(t.timezone)) {
      out.push(problem(`${at}/timezone`, 'lint/unknown-timezone', `${q(t.timezone)} is not an IANA time zone (e.g. "Asia/Shanghai", "UTC")`, `${qz(t.timezone)}不是 IANA 时区（例如 "Asia/Shanghai"、"UTC"）`));
    }
    triggers.check(t.condition, `${at}/condition`, 'the condition', '条件', 'bool', out);
  });
  return out;
}

/** True for a time zone name the runtime's Intl knows (IANA names, e.g. "Europe/Berlin"; not offsets). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name) || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function requireFor(t: Json, at: string, on: string, prop: string, out: Problem[]): void {
  if (t.on !== on || t[prop] !== undefined) return;
  out.push(
    problem(`${at}/${pointerToken(prop)}`, 'lint/trigger-incomplete', `a "${on}" trigger needs ${q(prop)}`, `"${on}" 触发器需要${qz(prop)}`),
  );
}
