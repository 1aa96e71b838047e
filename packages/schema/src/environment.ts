// Installing a definition in an environment: literal users are mapped to the environment's ids,
// declared variables take the environment's values (thresholds), HTTP automations its URLs. The
// definition in git is never changed (a copy is returned) and the result is validated like any
// definition. Problems point into the definition; values that do not fit are errors, not guesses.
import { assigneeRuleSites, httpSites } from './environment-sites.ts';
import type { BatonEnvironmentMapping, BatonWorkflowDefinition } from './generated/types.ts';
import { pointerOf, problem, type Checked, type Problem } from './problem.ts';
import { validateEnvironment, validateWorkflow } from './validate.ts';

type Variables = NonNullable<BatonWorkflowDefinition['variables']>;

export function applyEnvironment(definition: BatonWorkflowDefinition, env: BatonEnvironmentMapping): Checked<BatonWorkflowDefinition> {
  // A broken mapping file is reported as itself (its own pointers), before anything is applied.
  const mapping = validateEnvironment(env);
  if (!mapping.ok) return { ok: false, problems: mapping.problems };
  const input = validateWorkflow(definition);
  if (!input.ok) return input;

  const def = structuredClone(definition);
  const problems: Problem[] = [];
  mapUsers(def, env);
  const override = Object.hasOwn(env.overrides ?? {}, def.key) ? env.overrides?.[def.key] : undefined;
  setVariables(def, env.variables ?? {}, false, env.name, problems);
  setVariables(def, override?.variables ?? {}, true, env.name, problems);
  setUrls(def, env.urls ?? {}, false, env.name, problems);
  setUrls(def, override?.urls ?? {}, true, env.name, problems);
  if (problems.length > 0) return { ok: false, problems };
  return validateWorkflow(def);
}

function mapUsers(def: BatonWorkflowDefinition, env: BatonEnvironmentMapping): void {
  const users = env.users ?? {};
  const map = (id: string) => (Object.hasOwn(users, id) ? users[id]! : id);
  for (const { rule } of assigneeRuleSites(def)) {
    if (rule.type === 'users') rule.users = unique(rule.users.map(map));
  }
  const starters = def.settings?.starters;
  if (starters?.users) starters.users = unique(starters.users.map(map));
}

/** Two definition users may be one person in an environment; rules list users once. */
function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function setVariables(def: BatonWorkflowDefinition, values: Record<string, unknown>, strict: boolean, envName: string, problems: Problem[]): void {
  const declared: Variables = def.variables ?? {};
  for (const [name, value] of Object.entries(values)) {
    if (!Object.hasOwn(declared, name)) {
      if (strict) {
        problems.push(
          problem('/variables', 'env/unknown-variable', `environment "${envName}" sets variable "${name}", which this workflow does not declare`, `环境 "${envName}" 设置了变量 "${name}"，但该流程未声明此变量`),
        );
      }
      continue;
    }
    const variable = declared[name]!;
    if (!fitsType(value, variable.type)) {
      problems.push(
        problem(
          pointerOf('variables', name, 'value'),
          'env/variable-type',
          `environment "${envName}" sets "${name}" to ${JSON.stringify(value)}, but the variable is a ${variable.type}`,
          `环境 "${envName}" 将 "${name}" 设为 ${JSON.stringify(value)}，但该变量类型为 ${variable.type}`,
        ),
      );
      continue;
    }
    variable.value = value;
  }
}

function fitsType(value: unknown, type: Variables[string]['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'list':
      return Array.isArray(value);
    case 'map':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

function setUrls(def: BatonWorkflowDefinition, urls: Record<string, string>, strict: boolean, envName: string, problems: Problem[]): void {
  const http = new Map(httpSites(def).map((s) => [s.id, s.index]));
  for (const [nodeId, url] of Object.entries(urls)) {
    const index = http.get(nodeId);
    const node = index === undefined ? undefined : def.nodes[index];
    if (node?.type !== 'automation' || node.action.type !== 'http') {
      if (strict) {
        problems.push(
          problem('/nodes', 'env/unknown-node', `environment "${envName}" sets the URL of "${nodeId}", which is not an HTTP automation of this workflow`, `环境 "${envName}" 设置了 "${nodeId}" 的 URL，但它不是该流程的 HTTP 自动化节点`),
        );
      }
      continue;
    }
    node.action.url = url;
  }
}
