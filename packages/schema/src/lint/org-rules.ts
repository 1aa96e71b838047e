// An org directory's references hold together: unique ids, managers, departments, heads, roles
// and delegates that exist, no manager or department loops, out-of-office periods that end
// after they start.
import { problem, type Problem } from '../problem.ts';
import { arrayOf, isJson, q, qz, type Json } from './workflow-index.ts';

interface Entry {
  index: number;
  raw: Json;
}

export function lintOrg(doc: unknown): Problem[] {
  if (!isJson(doc)) return [problem('', 'lint/not-an-object', 'an org directory must be a JSON object', '组织架构必须是 JSON 对象')];
  const out: Problem[] = [];
  const users = unique(doc.users, 'users', 'user', '用户', out);
  const departments = unique(doc.departments, 'departments', 'department', '部门', out);
  const roles = Array.isArray(doc.roles) ? unique(doc.roles, 'roles', 'role', '角色', out) : undefined;
  const missing = (pointer: string, what: string, whatZh: string, id: string) =>
    out.push(problem(pointer, 'lint/unknown-reference', `${what} ${q(id)} does not exist`, `${whatZh}${qz(id)}不存在`));
  for (const [id, u] of users) {
    const at = `/users/${u.index}`;
    if (typeof u.raw.manager === 'string') {
      if (u.raw.manager === id) out.push(problem(`${at}/manager`, 'lint/manager-cycle', `${q(id)} is their own manager`, `${qz(id)}是自己的主管`));
      else if (!users.has(u.raw.manager)) missing(`${at}/manager`, 'user', '用户', u.raw.manager);
    }
    if (typeof u.raw.department === 'string' && !departments.has(u.raw.department)) missing(`${at}/department`, 'department', '部门', u.raw.department);
    if (roles) {
      arrayOf(u.raw.roles).forEach((r, i) => {
        if (typeof r === 'string' && !roles.has(r)) missing(`${at}/roles/${i}`, 'role', '角色', r);
      });
    }
    arrayOf(u.raw.outOfOffice).forEach((o, i) => {
      if (!isJson(o)) return;
      if (typeof o.delegate === 'string' && !users.has(o.delegate)) missing(`${at}/outOfOffice/${i}/delegate`, 'user', '用户', o.delegate);
      if (typeof o.from === 'string' && typeof o.to === 'string' && Date.parse(o.to) <= Date.parse(o.from)) {
        out.push(problem(`${at}/outOfOffice/${i}/to`, 'lint/bounds-order', 'the period ends before it starts', '结束时间早于开始时间'));
      }
    });
  }
  for (const [, d] of departments) {
    const at = `/departments/${d.index}`;
    if (typeof d.raw.parent === 'string' && !departments.has(d.raw.parent)) missing(`${at}/parent`, 'department', '部门', d.raw.parent);
    if (typeof d.raw.head === 'string' && !users.has(d.raw.head)) missing(`${at}/head`, 'user', '用户', d.raw.head);
  }
  loops(users, 'manager', 'users', 'lint/manager-cycle', 'the manager chain of', '的主管链', out);
  loops(departments, 'parent', 'departments', 'lint/department-cycle', 'the parent chain of department', '部门的上级链', out);
  return out;
}

function unique(list: unknown, prop: string, what: string, whatZh: string, out: Problem[]): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  arrayOf(list).forEach((raw, index) => {
    if (!isJson(raw) || typeof raw.id !== 'string') return;
    if (byId.has(raw.id)) out.push(problem(`/${prop}/${index}/id`, 'lint/duplicate-id', `${what} id ${q(raw.id)} is used twice`, `${whatZh} id${qz(raw.id)}重复`));
    else byId.set(raw.id, { index, raw });
  });
  return byId;
}

// Each chain is followed once: O(entries). A loop is reported once, at the entry that closes it.
function loops(byId: Map<string, Entry>, link: string, prop: string, code: string, en: string, zh: string, out: Problem[]): void {
  const done = new Set<string>();
  for (const start of byId.keys()) {
    const path = new Set<string>();
    let id: string | undefined = start;
    while (id !== undefined && !done.has(id) && byId.has(id)) {
      if (path.has(id)) {
        const e = byId.get(id)!;
        out.push(problem(`/${prop}/${e.index}/${link}`, code, `${en} ${q(id)} loops back to itself`, `${qz(id)}${zh}形成了环`));
        break;
      }
      path.add(id);
      const next: unknown = byId.get(id)!.raw[link];
      id = typeof next === 'string' && next !== id ? next : undefined;
    }
    for (const p of path) done.add(p);
  }
}
