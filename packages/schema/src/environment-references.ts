// Does every reference of a definition resolve in an environment? Users (mapped, or present in
// the environment's org directory), roles and departments (listed by the mapping or in the org),
// record types and subflows (among the files checked together, or listed by the mapping), and the
// secrets HTTP automations name. One problem per unresolved reference, at its pointer in the
// definition as written in git. Never throws.
import { directorySites, httpSites, recordTypeSites, subflowSites, type NamedSite } from './environment-sites.ts';
import type { BatonEnvironmentMapping, BatonOrgDirectory, BatonWorkflowDefinition } from './generated/types.ts';
import { problem, type Problem } from './problem.ts';

export interface EnvironmentContext {
  /** The environment's org directory (users, departments, roles), when known. */
  org?: BatonOrgDirectory;
  /** Keys of the workflows checked together (subflows may call them). */
  workflows?: Iterable<string>;
  /** Keys of the record types checked together. */
  recordTypes?: Iterable<string>;
}

export function checkEnvironmentReferences(def: BatonWorkflowDefinition, env: BatonEnvironmentMapping, context: EnvironmentContext = {}): Problem[] {
  const { org } = context;
  const problems: Problem[] = [];
  const envName = env.name;
  const orgUsers = new Set(org?.users?.map((u) => u.id) ?? []);
  const roles = new Set([...(env.roles ?? []), ...(org?.roles?.map((r) => r.id) ?? []), ...(org?.users?.flatMap((u) => u.roles ?? []) ?? [])]);
  const departments = new Set([...(env.departments ?? []), ...(org?.departments?.map((d) => d.id) ?? [])]);
  const recordTypes = new Set([...(context.recordTypes ?? []), ...(env.recordTypes ?? [])]);
  const workflows = new Set([...(context.workflows ?? []), ...(env.workflows ?? [])]);
  const secrets = new Set(env.secrets ?? []);
  const users = env.users ?? {};
  const where = org === undefined ? 'the mapping file' : 'the mapping file or the org directory';
  const whereZh = org === undefined ? '映射文件' : '映射文件或组织架构';

  const sites = directorySites(def);
  for (const { pointer, name } of sites.users) {
    if (Object.hasOwn(users, name)) {
      const target = users[name]!;
      if (org !== undefined && !orgUsers.has(target)) {
        problems.push(problem(pointer, 'env/unresolved-user', `user "${name}" maps to "${target}", who is not in the org directory of environment "${envName}"`, `用户 "${name}" 映射为 "${target}"，但环境 "${envName}" 的组织架构中没有此人`));
      }
    } else if (!orgUsers.has(name)) {
      problems.push(
        problem(
          pointer,
          'env/unresolved-user',
          org === undefined
            ? `user "${name}" has no mapping in environment "${envName}": add it to "users"`
            : `user "${name}" is not in environment "${envName}": map it in "users" or add the user to the org`,
          org === undefined ? `用户 "${name}" 在环境 "${envName}" 中没有映射：请在 "users" 中添加` : `用户 "${name}" 不在环境 "${envName}" 中：请在 "users" 中映射或将其加入组织架构`,
        ),
      );
    }
  }
  const missing = (list: NamedSite[], known: Set<string>, code: string, what: string, whatZh: string, fix: string, fixZh: string) => {
    for (const { pointer, name } of list) {
      if (!known.has(name)) problems.push(problem(pointer, code, `${what} "${name}" does not exist in environment "${envName}" (${fix})`, `${whatZh} "${name}" 在环境 "${envName}" 中不存在（${fixZh}）`));
    }
  };
  missing(sites.roles, roles, 'env/unresolved-role', 'role', '角色', `not in ${where}`, `${whereZh}中没有`);
  missing(sites.departments, departments, 'env/unresolved-department', 'department', '部门', `not in ${where}`, `${whereZh}中没有`);
  missing(recordTypeSites(def), recordTypes, 'env/unresolved-record-type', 'record type', '记录类型', 'not among the files checked, nor in "recordTypes"', '不在所检查的文件中，也不在 "recordTypes" 中');
  missing(subflowSites(def), workflows, 'env/unresolved-workflow', 'workflow', '流程', 'not among the files checked, nor in "workflows"', '不在所检查的文件中，也不在 "workflows" 中');
  for (const site of httpSites(def)) {
    if (site.secret !== undefined && !secrets.has(site.secret)) {
      problems.push(
        problem(`/nodes/${site.index}/action/secret`, 'env/unresolved-secret', `secret "${site.secret}" is not declared in environment "${envName}": add its name to "secrets"`, `密钥 "${site.secret}" 未在环境 "${envName}" 中声明：请将其名称加入 "secrets"`),
      );
    }
  }
  return problems;
}
