import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installTemplate, installDirectoryOf } from './template-install.ts';

const workflow = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'base.json'), 'utf8')) as Record<string, unknown>;

const manifest = () => ({
  key: 'discount',
  version: '1.2.0',
  name: { en: 'Discount' },
  description: { en: 'Discounts.' },
  category: 'sales',
  workflow: 'workflow.json',
  parameters: {
    type: 'object',
    properties: {
      threshold: { type: 'number', kind: 'amount', minimum: 0, title: { en: 'Threshold' }, default: 50000 },
      director_role: { type: 'string', kind: 'role', title: { en: 'Director role' }, default: 'sales-director' },
      escalate_after: { type: 'string', kind: 'duration', title: { en: 'Escalate after' }, default: 'P2D' },
      ops_users: { type: 'array', kind: 'users', items: { type: 'string' }, title: { en: 'Operations' } },
      region: { type: 'string', kind: 'text', enum: ['east', 'north'], title: { en: 'Region' } },
    },
  },
  bindings: [
    { parameter: 'threshold', pointer: '/variables/threshold/value' },
    { parameter: 'director_role', pointer: '/nodes/3/assignees/0/role' },
    { parameter: 'escalate_after', pointer: '/nodes/3/timeouts/0/after' },
    { parameter: 'ops_users', pointer: '/nodes/7/assignees/0/role' },
    { parameter: 'region', pointer: '/name/en' },
  ],
});

const org = {
  roles: new Set(['sales-director', 'cfo-office', 'finance-lead']),
  users: new Set(['li.na', 'wang.lei']),
  departments: new Set(['sales']),
};

type Row = [pointer: string, code: string];
const rows = (r: { problems: Array<{ pointer: string; code: string; severity: string }> }): Row[] =>
  r.problems.filter((p) => p.severity === 'error').map((p) => [p.pointer, p.code]);

// ops_users is bound where a role string lives; tests that answer it use a manifest without it.
const withoutOps = () => {
  const m = manifest();
  delete (m.parameters.properties as Record<string, unknown>)['ops_users'];
  m.bindings = m.bindings.filter((b) => b.parameter !== 'ops_users');
  return m;
};

describe('installTemplate: answers', () => {
  it('applies defaults, records the template, and leaves the input untouched', () => {
    const before = JSON.stringify(workflow);
    const r = installTemplate(withoutOps(), workflow, {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.template).toEqual({ key: 'discount', version: '1.2.0' });
    expect(r.value.variables?.['threshold']?.value).toBe(50000);
    expect(JSON.stringify(workflow)).toBe(before);
  });

  it('writes each answer at its pointer', () => {
    const r = installTemplate(withoutOps(), workflow, { threshold: 120000, director_role: 'cfo-office', escalate_after: 'PT36H', region: 'east' }, org);
    expect(rows(r)).toEqual([]);
    if (!r.ok) return;
    const nodes = r.value.nodes as Array<Record<string, unknown>>;
    expect(r.value.variables?.['threshold']?.value).toBe(120000);
    expect(nodes[3]).toMatchObject({ assignees: [{ type: 'role', role: 'cfo-office' }], timeouts: [{ action: 'escalate', after: 'PT36H' }] });
    expect(r.value.name.en).toBe('east');
  });

  it('answers params: null and undefined as no answers', () => {
    expect(installTemplate(withoutOps(), workflow, undefined).ok).toBe(true);
    expect(installTemplate(withoutOps(), workflow, null).ok).toBe(true);
  });

  it('refuses answers that are not an object', () => {
    expect(rows(installTemplate(manifest(), workflow, ['threshold']))).toEqual([['/params', 'template/params-not-object']]);
    expect(rows(installTemplate(manifest(), workflow, 'threshold=1'))).toEqual([['/params', 'template/params-not-object']]);
  });

  it('refuses unknown parameters, naming them and the known ones', () => {
    const r = installTemplate(manifest(), workflow, { treshold: 1 });
    expect(rows(r)).toEqual([['/params/treshold', 'template/unknown-parameter']]);
    expect(r.problems[0]?.message.en).toBe('the template has no parameter "treshold"; it has: threshold, director_role, escalate_after, ops_users, region');
  });

  it('requires required parameters that have no default', () => {
    const m = withoutOps();
    (m.parameters as Record<string, unknown>)['required'] = ['region'];
    expect(rows(installTemplate(m, workflow, {}))).toEqual([['/params/region', 'template/missing-parameter']]);
    expect(installTemplate(m, workflow, { region: 'north' }).ok).toBe(true);
  });

  it('checks types, bounds, enums and durations through the parameter schema', () => {
    const r = installTemplate(withoutOps(), workflow, { threshold: -5, region: 'south', escalate_after: 'three days' });
    expect(rows(r)).toEqual([
      ['/params/threshold', 'schema/minimum'],
      ['/params/escalate_after', 'schema/format'],
      ['/params/region', 'schema/enum'],
    ]);
    expect(r.problems.map((p) => p.message.en)).toEqual([
      'parameter "threshold" must be >= 0',
      'parameter "escalate_after" must be an ISO-8601 duration such as PT4H, P2D or P1W',
      'parameter "region" must be one of: east, north',
    ]);
  });

  it('refuses a default that breaks its own schema, naming the parameter', () => {
    const m = withoutOps();
    m.parameters.properties.threshold.default = -1;
    expect(rows(installTemplate(m, workflow, {}))).toEqual([['/params/threshold', 'schema/minimum']]);
  });

  it('blames a problem of the installed definition on the parameter that put the value there', () => {
    const r = installTemplate(withoutOps(), workflow, { escalate_after: 'P0D' });
    expect(rows(r)).toEqual([['/params/escalate_after', 'lint/zero-duration']]);
    expect(r.problems[0]?.message.en).toMatch(/^parameter "escalate_after": /);
  });

  it('checks array items and users against the org', () => {
    const m = manifest();
    m.bindings = m.bindings.filter((b) => b.parameter !== 'ops_users');
    m.bindings.push({ parameter: 'ops_users', pointer: '/nodes/9/assignees' });
    expect(rows(installTemplate(m, workflow, { ops_users: ['li.na', 'ghost'] }, org))).toEqual([['/params/ops_users', 'template/unknown-user']]);
    expect(rows(installTemplate(m, workflow, { ops_users: [1] }))).toEqual([['/params/ops_users/0', 'schema/type']]);
  });
});

describe('installTemplate: hostile answers', () => {
  it('refuses a CEL fragment in a number parameter', () => {
    const r = installTemplate(withoutOps(), workflow, { threshold: '0 || true' });
    expect(rows(r)).toEqual([['/params/threshold', 'schema/type']]);
    expect(r.problems[0]?.message.en).toBe('parameter "threshold" must be a number');
  });

  it('refuses a CEL fragment in a role parameter', () => {
    const r = installTemplate(withoutOps(), workflow, { director_role: 'sales-director" || initiator.id == "x' });
    expect(rows(r)).toEqual([['/params/director_role', 'template/parameter-invalid']]);
    expect(r.problems[0]?.message.en).toContain('parameter "director_role" must be a role key');
    expect(r.problems[0]?.message['zh-CN']).toContain('参数"director_role"必须是角色标识');
  });

  it('refuses __proto__, constructor and prototype as names, and as role values', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as unknown;
    const r = installTemplate(withoutOps(), workflow, parsed);
    expect(rows(r)).toEqual([
      ['/params/__proto__', 'template/hostile-key'],
      ['/params/constructor', 'template/hostile-key'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(rows(installTemplate(withoutOps(), workflow, { director_role: 'constructor' }))).toEqual([['/params/director_role', 'template/hostile-value']]);
  });

  it('refuses a binding whose pointer walks through a prototype key', () => {
    const m = withoutOps();
    m.bindings.push({ parameter: 'region', pointer: '/nodes/3/__proto__/polluted' });
    const r = installTemplate(m, workflow, { region: 'east' });
    expect(rows(r)).toContainEqual(['/manifest/bindings/4/pointer', 'template/hostile-pointer']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a role, user or department the org does not have', () => {
    const r = installTemplate(withoutOps(), workflow, { director_role: 'cfo' }, org);
    expect(rows(r)).toEqual([['/params/director_role', 'template/unknown-role']]);
    expect(r.problems[0]?.message.en).toBe('parameter "director_role": the org has no role "cfo"');
    expect(installTemplate(withoutOps(), workflow, { director_role: 'cfo' }).ok).toBe(true);
  });

  it('refuses values JSON cannot hold (Infinity) from programmatic callers', () => {
    expect(rows(installTemplate(withoutOps(), workflow, { threshold: Number.POSITIVE_INFINITY }))).toEqual([['/params/threshold', 'schema/type']]);
  });

  it('refuses oversized answers before walking them', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 80; i++) deep = [deep];
    expect(rows(installTemplate(withoutOps(), workflow, { region: deep }))[0]?.[1]).toBe('schema/max-depth');
  });
});

describe('installTemplate: the template and the workflow', () => {
  it('refuses an invalid manifest, under /manifest', () => {
    const r = installTemplate({ key: 'x' }, workflow, {});
    expect(r.ok).toBe(false);
    expect(r.problems.every((p) => p.pointer.startsWith('/manifest'))).toBe(true);
  });

  it('never creates structure: a binding to a missing place is refused', () => {
    const m = withoutOps();
    m.bindings.push({ parameter: 'region', pointer: '/variables/region/value' });
    expect(rows(installTemplate(m, workflow, {}))).toEqual([['/manifest/bindings/4/pointer', 'lint/binding-unresolved']]);
  });

  it('never writes into an expression', () => {
    const m = withoutOps();
    m.bindings.push({ parameter: 'region', pointer: '/edges/2/condition' });
    expect(rows(installTemplate(m, workflow, {}))).toContainEqual(['/manifest/bindings/4/pointer', 'lint/binding-into-expression']);
  });

  it('refuses a workflow that is not a JSON object or not JSON at all, without throwing', () => {
    expect(rows(installTemplate(withoutOps(), 'workflow.json', {}))).toEqual([['/workflow', 'template/workflow-not-object']]);
    expect(rows(installTemplate(withoutOps(), [workflow], {}))).toEqual([['/workflow', 'template/workflow-not-object']]);
    const withFunction = { ...workflow, key: () => 'x' };
    expect(rows(installTemplate(withoutOps(), withFunction, {}))).toEqual([['/workflow/key', 'schema/type']]);
  });

  it('reports a broken workflow under /workflow', () => {
    const broken = structuredClone(workflow);
    (broken['edges'] as Array<Record<string, unknown>>)[0]!['to'] = 'nowhere';
    const r = installTemplate(withoutOps(), broken, {});
    expect(rows(r)).toContainEqual(['/workflow/edges/0/to', 'lint/edge-unknown-node']);
  });

  it('builds the directory sets from an org file', () => {
    const d = installDirectoryOf({ users: [{ id: 'a', name: 'A', roles: ['r'] }], roles: [{ id: 'r', name: 'R' }], departments: [{ id: 'd', name: 'D' }] });
    expect([...(d.users ?? [])]).toEqual(['a']);
    expect([...(d.roles ?? [])]).toEqual(['r']);
    expect([...(d.departments ?? [])]).toEqual(['d']);
  });
});
