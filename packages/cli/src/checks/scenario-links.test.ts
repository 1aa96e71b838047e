import { describe, expect, test } from 'vitest';
import { lintScenarioLinks } from './scenario-links.ts';

const links = { nodeIds: new Set(['start', 'manager', 'finance', 'approved']), userIds: new Set(['li.na', 'wang.lei', 'chen.jing']) };

const codes = (scenario: unknown) => lintScenarioLinks(scenario, links).map((p) => `${p.pointer} ${p.code}`);

describe('lintScenarioLinks', () => {
  test('a scenario naming only known nodes and users is clean', () => {
    const scenario = {
      initiator: 'li.na',
      record: { id: 'r1', owner: 'li.na' },
      selections: { manager: ['wang.lei'] },
      steps: [
        { as: 'wang.lei', do: 'approve', node: 'manager' },
        { as: 'wang.lei', do: 'return', node: 'manager', to: 'initiator' },
        { as: 'wang.lei', do: 'return', node: 'manager', to: 'previous' },
        { as: 'wang.lei', do: 'return', node: 'finance', to: 'manager' },
        { as: 'wang.lei', do: 'transfer', node: 'manager', to: 'chen.jing' },
        { wait: 'P1D' },
      ],
      expect: { path: ['start', 'manager', 'approved'], assignees: { manager: ['wang.lei'] }, status: 'approved' },
    };
    expect(codes(scenario)).toEqual([]);
  });

  test('every unknown name is reported at its pointer', () => {
    const scenario = {
      initiator: 'lina',
      record: { id: 'r1', owner: 'ghost' },
      selections: { manger: ['wang.lei'] },
      steps: [
        { as: 'wang.lie', do: 'approve', node: 'manger' },
        { as: 'wang.lei', do: 'return', node: 'finance', to: 'legal' },
        { as: 'wang.lei', do: 'delegate', node: 'manager', to: 'nobody' },
        { as: 'wang.lei', do: 'add-signer', node: 'manager', users: ['li.na', 'zed'] },
        { automation: 'notify' },
      ],
      expect: { path: ['start', 'legal/review'], assignees: { finance: ['chen.jing', 'x'] }, status: 'approved' },
    };
    expect(codes(scenario)).toEqual([
      '/initiator scenario/unknown-user',
      '/record/owner scenario/unknown-user',
      '/selections/manger scenario/unknown-node',
      '/steps/0/as scenario/unknown-user',
      '/steps/0/node scenario/unknown-node',
      '/steps/1/to scenario/unknown-node',
      '/steps/2/to scenario/unknown-user',
      '/steps/3/users/1 scenario/unknown-user',
      '/steps/4/automation scenario/unknown-node',
      '/expect/path/1 scenario/unknown-node',
      '/expect/assignees/finance/1 scenario/unknown-user',
    ]);
  });

  test('without a workflow or an org there is nothing to compare with', () => {
    expect(lintScenarioLinks({ initiator: 'anyone', steps: [{ as: 'x', do: 'approve', node: 'y' }] }, {})).toEqual([]);
  });

  test('input that is not a scenario is not a crash', () => {
    for (const junk of [null, 42, 'text', [], { steps: 'no', expect: [] }]) expect(lintScenarioLinks(junk, links)).toEqual([]);
  });
});
