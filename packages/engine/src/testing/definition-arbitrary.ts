// fast-check generators of valid definitions: a random series-parallel flow of approvals,
// handlers, cc, delays, automations, subflows and exclusive / inclusive / parallel branches,
// with random modes, assignee rules and policies, over the ORG of crm-fixtures.ts.
import fc from 'fast-check';
import type { AssigneeRule, AutomationAction, BatonWorkflowDefinition, Edge, Node, Settings } from '@baton/schema';

type Block =
  | { k: 'approval'; mode: 'sequential' | 'all' | 'any' | 'vote'; ratio: number; rules: AssigneeRule[]; onReject: 'end' | 'previous' | 'initiator'; timeout?: 'remind' | 'auto-approve' | 'auto-reject' | 'escalate' | 'reassign'; policy?: 'auto-approve' | 'admin' | 'reject' }
  | { k: 'handler'; rules: AssigneeRule[] }
  | { k: 'cc' }
  | { k: 'delay' }
  | { k: 'automation'; action: 'http' | 'email' | 'update-record' | 'assign-owner'; onFailure: 'continue' | 'terminate' }
  | { k: 'subflow'; wait: boolean }
  | { k: 'exclusive' | 'inclusive' | 'parallel'; branches: Block[][] };

const RULES: AssigneeRule[] = [
  { type: 'users', users: ['fay'] },
  { type: 'users', users: ['fred', 'lee'] },
  { type: 'users', users: ['dan'] },
  { type: 'role', role: 'finance' },
  { type: 'role', role: 'nobody' },
  { type: 'manager', level: 1 },
  { type: 'manager', level: 2 },
  { type: 'manager-chain', to: 2 },
  { type: 'department-head' },
  { type: 'initiator' },
  { type: 'record-owner' },
  { type: 'form-field', field: 'approver' },
  { type: 'initiator-selects' },
  { type: 'users', users: ['old'] },
];

const rules = fc.uniqueArray(fc.constantFrom(...RULES), { minLength: 1, maxLength: 3 });

const leaf: fc.Arbitrary<Block> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant('approval' as const), mode: fc.constantFrom('sequential', 'all', 'any', 'vote'), ratio: fc.constantFrom(0.5, 0.66, 1), rules, onReject: fc.constantFrom('end', 'previous', 'initiator'), timeout: fc.option(fc.constantFrom('remind', 'auto-approve', 'auto-reject', 'escalate', 'reassign'), { nil: undefined }), policy: fc.option(fc.constantFrom('auto-approve', 'admin', 'reject'), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('handler' as const), rules }) },
  { weight: 1, arbitrary: fc.constant({ k: 'cc' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'delay' as const }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('automation' as const), action: fc.constantFrom('http', 'email', 'update-record', 'assign-owner'), onFailure: fc.constantFrom('continue', 'terminate') }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('subflow' as const), wait: fc.boolean() }) },
);

const blocks: fc.Arbitrary<Block[]> = fc.letrec<{ seq: Block[]; block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.record({ k: fc.constantFrom('exclusive' as const, 'inclusive' as const, 'parallel' as const), branches: fc.array(tie('seq'), { minLength: 2, maxLength: 3 }) }) },
  ),
  seq: fc.array(tie('block'), { minLength: 1, maxLength: 3 }),
})).seq;

export const settingsArbitrary: fc.Arbitrary<Settings> = fc.record({
  dedupe: fc.constantFrom('none', 'first', 'consecutive'),
  emptyAssignees: fc.constantFrom('auto-approve', 'admin', 'reject'),
  initiatorIsAssignee: fc.constantFrom('auto-approve', 'skip-to-manager', 'require'),
  withdraw: fc.constantFrom('never', 'before-first-action', 'until-done'),
  resubmit: fc.constantFrom('resume', 'restart'),
  admins: fc.constant([{ type: 'role', role: 'flow-admin' } as AssigneeRule]),
});

const ALL_BUTTONS = ['approve', 'reject', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'comment', 'cc', 'take-back'] as const;

/** Turns blocks into nodes and edges: start -> blocks -> end. */
export function buildDefinition(seq: Block[], settings: Settings): BatonWorkflowDefinition {
  const nodes: Node[] = [{ id: 'start', type: 'start' }];
  const edges: Edge[] = [];
  let n = 0;
  const id = (p: string) => `${p}${++n}`;
  const connect = (from: string[], to: string) => from.forEach((f) => edges.push({ from: f, to }));

  function place(b: Block, from: string[]): string[] {
    switch (b.k) {
      case 'approval': {
        const nid = id('ap');
        nodes.push({
          id: nid,
          type: 'approval',
          assignees: b.rules,
          mode: b.mode,
          ...(b.mode === 'vote' ? { passRatio: b.ratio } : {}),
          onReject: { to: b.onReject },
          buttons: [...ALL_BUTTONS],
          fieldPermissions: { amount: 'edit' },
          ...(b.policy ? { emptyAssignees: b.policy } : {}),
          ...(b.timeout ? { timeouts: [{ after: 'PT4H', action: b.timeout, ...(b.timeout === 'remind' ? { repeat: { every: 'PT4H', max: 2 } } : {}), ...(b.timeout === 'reassign' ? { to: [{ type: 'role', role: 'finance' } as AssigneeRule] } : {}) }] } : {}),
        });
        connect(from, nid);
        return [nid];
      }
      case 'handler': {
        const nid = id('hd');
        nodes.push({ id: nid, type: 'handler', assignees: b.rules, buttons: ['complete', 'return', 'transfer', 'delegate', 'add-signer', 'remove-signer', 'take-back'] });
        connect(from, nid);
        return [nid];
      }
      case 'cc': {
        const nid = id('cc');
        nodes.push({ id: nid, type: 'cc', assignees: [{ type: 'role', role: 'legal' }] });
        connect(from, nid);
        return [nid];
      }
      case 'delay': {
        const nid = id('dl');
        nodes.push({ id: nid, type: 'delay', duration: 'PT2H' });
        connect(from, nid);
        return [nid];
      }
      case 'automation': {
        const nid = id('au');
        const action: AutomationAction =
          b.action === 'http'
            ? { type: 'http' as const, url: 'https://crm.example/hook', saveAs: 'score' }
            : b.action === 'email'
              ? { type: 'email' as const, to: [{ type: 'initiator' } as AssigneeRule], subject: { en: 'S' }, body: { en: 'B' } }
              : b.action === 'update-record'
                ? { type: 'update-record' as const, set: { stage: { value: 'review' as never } } }
                : { type: 'assign-owner' as const, pool: [{ type: 'role', role: 'finance' } as AssigneeRule], saveAs: 'owner' };
        nodes.push({ id: nid, type: 'automation', action, onFailure: b.onFailure });
        connect(from, nid);
        return [nid];
      }
      case 'subflow': {
        const nid = id('sf');
        nodes.push({ id: nid, type: 'subflow', flow: 'child', wait: b.wait });
        connect(from, nid);
        return [nid];
      }
      default: {
        const gw = id(b.k.slice(0, 2));
        nodes.push({ id: gw, type: b.k });
        connect(from, gw);
        const tails: string[] = [];
        b.branches.forEach((branch, i) => {
          const before = edges.length;
          let t = [gw];
          for (const x of branch) t = place(x, t);
          // The first edge placed in the branch leaves the gateway: it carries the condition.
          const label = b.k === 'parallel' ? {} : i === b.branches.length - 1 ? { default: true } : { condition: `amount > ${(i + 1) * 1000}.0`, priority: i };
          Object.assign(edges[before]!, label);
          tails.push(...t);
        });
        if (b.k === 'exclusive') return tails;
        const join = id('jn');
        nodes.push({ id: join, type: 'join' });
        connect(tails, join);
        return [join];
      }
    }
  }

  let tails = ['start'];
  for (const b of seq) tails = place(b, tails);
  nodes.push({ id: 'end', type: 'end' });
  connect(tails, 'end');
  return {
    key: 'model-flow',
    name: { en: 'Model flow' },
    form: {
      fields: [
        { key: 'amount', type: 'money', label: { en: 'Amount' }, required: true },
        { key: 'approver', type: 'user', label: { en: 'Approver' } },
      ],
    },
    variables: { score: { type: 'number' }, owner: { type: 'string' } },
    record: { type: 'order', changeSet: { fields: ['discount'] } },
    nodes,
    edges,
    settings,
  };
}

export const definitionArbitrary: fc.Arbitrary<BatonWorkflowDefinition> = fc.tuple(blocks, settingsArbitrary).map(([b, s]) => buildDefinition(b, s));
