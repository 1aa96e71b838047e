// A scenario names nodes of its workflow and users of its org; a typo there would only show when
// the scenario runs, as a confusing mismatch. This finds such names before anything runs.
import { pointerOf, problem, type Problem } from '@baton/schema';
import { arrayAt, isObject, stringAt } from './json-shape.ts';

export interface ScenarioLinks {
  /** Node ids of the scenario's workflow, when it could be read. */
  nodeIds?: ReadonlySet<string>;
  /** User ids of the scenario's org, when it could be read. */
  userIds?: ReadonlySet<string>;
}

export function lintScenarioLinks(scenario: unknown, links: ScenarioLinks): Problem[] {
  const problems: Problem[] = [];
  const node = (id: unknown, ...at: Array<string | number>): void => {
    if (links.nodeIds && typeof id === 'string' && !links.nodeIds.has(id)) {
      problems.push(
        problem(
          pointerOf(...at),
          'scenario/unknown-node',
          `the workflow has no node "${id}"`,
          `工作流中没有节点"${id}"`,
        ),
      );
    }
  };
  const user = (id: unknown, ...at: Array<string | number>): void => {
    if (links.userIds && typeof id === 'string' && !links.userIds.has(id)) {
      problems.push(
        problem(pointerOf(...at), 'scenario/unknown-user', `the org has no user "${id}"`, `组织中没有用户"${id}"`),
      );
    }
  };

  user(stringAt(scenario, 'initiator'), 'initiator');
  const record = isObject(scenario) ? scenario['record'] : undefined;
  user(stringAt(record, 'owner'), 'record', 'owner');
  const selections = isObject(scenario) ? scenario['selections'] : undefined;
  if (isObject(selections)) {
    for (const [id, users] of Object.entries(selections)) {
      node(id, 'selections', id);
      if (Array.isArray(users)) users.forEach((u, i) => user(u, 'selections', id, i));
    }
  }
  arrayAt(scenario, 'steps').forEach((step, i) => {
    if (!isObject(step)) return;
    user(step['as'], 'steps', i, 'as');
    node(step['node'], 'steps', i, 'node');
    node(step['automation'], 'steps', i, 'automation');
    arrayAt(step, 'users').forEach((u, j) => user(u, 'steps', i, 'users', j));
    // `to` names a node for return ("initiator" and "previous" are targets too), a user for
    // transfer and delegate.
    if (step['do'] === 'return' && step['to'] !== 'initiator' && step['to'] !== 'previous') node(step['to'], 'steps', i, 'to');
    if (step['do'] === 'transfer' || step['do'] === 'delegate') user(step['to'], 'steps', i, 'to');
  });
  const expect = isObject(scenario) ? scenario['expect'] : undefined;
  arrayAt(expect, 'path').forEach((id, i) => node(id, 'expect', 'path', i));
  const assignees = isObject(expect) ? expect['assignees'] : undefined;
  if (isObject(assignees)) {
    for (const [id, users] of Object.entries(assignees)) {
      node(id, 'expect', 'assignees', id);
      if (Array.isArray(users)) users.forEach((u, i) => user(u, 'expect', 'assignees', id, i));
    }
  }
  return problems;
}
