// applyEnvironment and checkEnvironmentReferences through the package's public functions: every
// place a definition names a user, role, department, record type, subflow or secret; values that
// do not fit; mapping files that are themselves broken.
import { describe, expect, test } from 'vitest';
import { applyEnvironment } from './environment.ts';
import { checkEnvironmentReferences } from './environment-references.ts';
import { detectKind } from './file-kind.ts';
import type { BatonEnvironmentMapping, BatonOrgDirectory, BatonWorkflowDefinition } from './generated/types.ts';
import { validateEnvironment } from './validate.ts';

function flow(): BatonWorkflowDefinition {
  return {
    key: 'payment',
    name: { en: 'Payment' },
    form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' } }, { key: 'vendor', type: 'record-link', recordType: 'vendor', label: { en: 'Vendor' } }] },
    record: { type: 'invoice' },
    variables: { limit: { type: 'number', value: 100 }, region: { type: 'string', value: 'cn' } },
    nodes: [
      { id: 'start', type: 'start' },
      {
        id: 'clerk',
        type: 'approval',
        assignees: [{ type: 'users', users: ['li.lei', 'wang.fang'] }, { type: 'role', role: 'cfo' }, { type: 'department-head', department: 'treasury' }],
        timeouts: [{ after: 'P1D', action: 'reassign', to: [{ type: 'users', users: ['backup'] }] }],
      },
      { id: 'copy', type: 'cc', assignees: [{ type: 'users', users: ['li.lei'] }] },
      { id: 'pay', type: 'automation', action: { type: 'http', url: 'https://erp.dev.example.com/pay', secret: 'erp-token' } },
      { id: 'mail', type: 'automation', action: { type: 'email', to: [{ type: 'users', users: ['li.lei'] }], subject: { en: 'Paid' }, body: { en: 'Paid' } } },
      { id: 'owner', type: 'automation', action: { type: 'assign-owner', pool: [{ type: 'users', users: ['wang.fang'] }] } },
      { id: 'child', type: 'subflow', flow: 'vendor-check' },
      { id: 'new_record', type: 'automation', action: { type: 'create-record', recordType: 'ticket', values: {} } },
      { id: 'end', type: 'end' },
    ],
    edges: ['start', 'clerk', 'copy', 'pay', 'mail', 'owner', 'child', 'new_record', 'end'].slice(1).map((to, i, all) => ({ from: i === 0 ? 'start' : all[i - 1]!, to })),
    settings: { admins: [{ type: 'users', users: ['ops'] }], starters: { users: ['li.lei'], roles: ['buyer'], departments: ['purchasing'] } },
  } as BatonWorkflowDefinition;
}

const env = (extra: Partial<BatonEnvironmentMapping> = {}): BatonEnvironmentMapping => ({ name: 'production', ...extra });

describe('applyEnvironment', () => {
  test('maps literal users everywhere a definition names them, without touching the input', () => {
    const def = flow();
    const before = JSON.stringify(def);
    const r = applyEnvironment(def, env({ users: { 'li.lei': 'u-1', 'wang.fang': 'u-2', backup: 'u-3', ops: 'u-9' } }));
    expect(JSON.stringify(def)).toBe(before);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const n = Object.fromEntries(r.value.nodes.map((x) => [x.id, x as Record<string, any>]));
    expect(n['clerk']!['assignees'][0]).toEqual({ type: 'users', users: ['u-1', 'u-2'] });
    expect(n['clerk']!['timeouts'][0].to).toEqual([{ type: 'users', users: ['u-3'] }]);
    expect(n['copy']!['assignees']).toEqual([{ type: 'users', users: ['u-1'] }]);
    expect(n['mail']!['action'].to).toEqual([{ type: 'users', users: ['u-1'] }]);
    expect(n['owner']!['action'].pool).toEqual([{ type: 'users', users: ['u-2'] }]);
    expect(r.value.settings?.admins).toEqual([{ type: 'users', users: ['u-9'] }]);
    expect(r.value.settings?.starters?.users).toEqual(['u-1']);
  });

  test('two definition users that are one person in an environment are listed once', () => {
    const r = applyEnvironment(flow(), env({ users: { 'li.lei': 'u-1', 'wang.fang': 'u-1' } }));
    expect(r.ok && (r.value.nodes[1] as { assignees: unknown[] }).assignees[0]).toEqual({ type: 'users', users: ['u-1'] });
  });

  test('variables: shared values apply where declared; per-workflow overrides win and must exist', () => {
    const shared = applyEnvironment(flow(), env({ variables: { limit: 5000, unrelated: true } }));
    expect(shared.ok && shared.value.variables?.['limit']?.value).toBe(5000);
    const both = applyEnvironment(flow(), env({ variables: { limit: 5000 }, overrides: { payment: { variables: { limit: 7 } } } }));
    expect(both.ok && both.value.variables?.['limit']?.value).toBe(7);
    const unknown = applyEnvironment(flow(), env({ overrides: { payment: { variables: { limt: 7 } } } }));
    expect(unknown.problems.map((p) => [p.pointer, p.code, p.message.en])).toEqual([
      ['/variables', 'env/unknown-variable', 'environment "production" sets variable "limt", which this workflow does not declare'],
    ]);
    // Overrides for another workflow do not apply here.
    const other = applyEnvironment(flow(), env({ overrides: { refund: { variables: { limit: 1 } } } }));
    expect(other.ok && other.value.variables?.['limit']?.value).toBe(100);
  });

  test('a value of the wrong type is an error at the variable, not a silent coercion', () => {
    const r = applyEnvironment(flow(), env({ variables: { limit: '5000', region: 3 } }));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.pointer, p.code])).toEqual([
      ['/variables/limit/value', 'env/variable-type'],
      ['/variables/region/value', 'env/variable-type'],
    ]);
  });

  test('HTTP automation URLs by node id; an override naming another kind of node is an error', () => {
    const r = applyEnvironment(flow(), env({ urls: { pay: 'https://erp.example.com/pay', mail: 'https://ignored.example.com' } }));
    expect(r.ok && (r.value.nodes[3] as { action: { url: string } }).action.url).toBe('https://erp.example.com/pay');
    const wrong = applyEnvironment(flow(), env({ overrides: { payment: { urls: { mail: 'https://x.example.com' } } } }));
    expect(wrong.problems.map((p) => p.code)).toEqual(['env/unknown-node']);
  });

  test('a broken mapping is reported as itself; a broken definition as itself', () => {
    const badEnv = applyEnvironment(flow(), { name: 'Prod!', secrets: { 'erp-token': 'hunter2' } } as unknown as BatonEnvironmentMapping);
    expect(badEnv.problems.map((p) => [p.pointer, p.code])).toEqual([
      ['/name', 'schema/pattern'],
      ['/secrets', 'schema/type'],
    ]);
    const def = flow();
    def.edges.push({ from: 'end', to: 'nowhere' });
    expect(applyEnvironment(def, env()).problems.some((p) => p.code === 'lint/edge-unknown-node')).toBe(true);
  });
});

describe('the environment schema', () => {
  test('secrets are names only, and URLs cannot carry credentials', () => {
    expect(validateEnvironment({ name: 'prod', secrets: ['erp-token'] }).ok).toBe(true);
    expect(validateEnvironment({ name: 'prod', secrets: [{ name: 'erp-token', value: 'x' }] }).ok).toBe(false);
    expect(validateEnvironment({ name: 'prod', urls: { pay: 'https://user:pass@erp.example.com/pay' } }).problems.map((p) => [p.pointer, p.code])).toEqual([['/urls/pay', 'schema/pattern']]);
    expect(validateEnvironment({ name: 'prod', webhooks: { erp: 'ftp://erp.example.com' } }).ok).toBe(false);
    expect(validateEnvironment({ name: 'prod', tokens: {} }).problems.map((p) => p.code)).toEqual(['schema/additionalProperties']);
  });

  test('environment files are told by $schema, by a .env.json name, or by their shape', () => {
    expect(detectKind({ $schema: '../schemas/environment.schema.json' })).toBe('environment');
    expect(detectKind({}, 'environments/production.env.json')).toBe('environment');
    expect(detectKind({ name: 'staging', users: { a: 'b' } })).toBe('environment');
    // A workflow's name is bilingual and its users are not a map: not an environment.
    expect(detectKind({ name: { en: 'x' }, nodes: [], edges: [] })).toBe('workflow');
    expect(detectKind({ users: [{ id: 'a', name: 'A' }] })).toBe('org');
  });
});

describe('checkEnvironmentReferences', () => {
  const org: BatonOrgDirectory = {
    users: [{ id: 'u-1', name: 'Li' }, { id: 'ops', name: 'Ops', roles: ['buyer'] }],
    departments: [{ id: 'purchasing', name: 'Purchasing' }],
    roles: [{ id: 'cfo', name: 'CFO' }],
  };

  test('names every unresolved reference at its pointer when nothing is known about the environment', () => {
    const problems = checkEnvironmentReferences(flow(), env());
    expect(problems.map((p) => [p.pointer, p.code])).toEqual([
      ['/nodes/1/assignees/0/users/0', 'env/unresolved-user'],
      ['/nodes/1/assignees/0/users/1', 'env/unresolved-user'],
      ['/nodes/1/timeouts/0/to/0/users/0', 'env/unresolved-user'],
      ['/nodes/2/assignees/0/users/0', 'env/unresolved-user'],
      ['/nodes/4/action/to/0/users/0', 'env/unresolved-user'],
      ['/nodes/5/action/pool/0/users/0', 'env/unresolved-user'],
      ['/settings/admins/0/users/0', 'env/unresolved-user'],
      ['/settings/starters/users/0', 'env/unresolved-user'],
      ['/nodes/1/assignees/1/role', 'env/unresolved-role'],
      ['/settings/starters/roles/0', 'env/unresolved-role'],
      ['/nodes/1/assignees/2/department', 'env/unresolved-department'],
      ['/settings/starters/departments/0', 'env/unresolved-department'],
      ['/record/type', 'env/unresolved-record-type'],
      ['/form/fields/1/recordType', 'env/unresolved-record-type'],
      ['/nodes/7/action/recordType', 'env/unresolved-record-type'],
      ['/nodes/6/flow', 'env/unresolved-workflow'],
      ['/nodes/3/action/secret', 'env/unresolved-secret'],
    ]);
    expect(problems[0]?.message.en).toBe('user "li.lei" has no mapping in environment "production": add it to "users"');
  });

  test('resolves through the mapping, the org directory and the files checked together', () => {
    const full = env({
      users: { 'li.lei': 'u-1', 'wang.fang': 'u-1', backup: 'u-1' },
      roles: [],
      departments: ['treasury'],
      recordTypes: ['ticket'],
      secrets: ['erp-token'],
    });
    const problems = checkEnvironmentReferences(flow(), full, { org, workflows: ['vendor-check'], recordTypes: ['vendor', 'invoice'] });
    expect(problems).toEqual([]);
  });

  test('with an org, a user mapped to someone not in it, or an unmapped user not in it, is named', () => {
    const problems = checkEnvironmentReferences(flow(), env({ users: { 'li.lei': 'u-404', backup: 'u-1', 'wang.fang': 'u-1' } }), { org });
    const users = problems.filter((p) => p.code === 'env/unresolved-user');
    expect(users.map((p) => p.pointer)).toEqual(['/nodes/1/assignees/0/users/0', '/nodes/2/assignees/0/users/0', '/nodes/4/action/to/0/users/0', '/settings/starters/users/0']);
    expect(users[0]?.message.en).toBe('user "li.lei" maps to "u-404", who is not in the org directory of environment "production"');
    const unmapped = checkEnvironmentReferences(flow(), env(), { org });
    expect(unmapped[0]?.message.en).toBe('user "li.lei" is not in environment "production": map it in "users" or add the user to the org');
    // "ops" is in the org as itself: resolved without a mapping.
    expect(unmapped.some((p) => p.pointer === '/settings/admins/0/users/0')).toBe(false);
  });
});
