// Installing any gallery template refuses hostile answers with a clear problem naming the
// parameter: a CEL fragment where a number, role or duration belongs, "__proto__" and friends, a
// role the org does not have, a value of the wrong type. Nothing is installed, nothing polluted.
import { describe, expect, test } from 'vitest';
import { installDirectoryOf, installTemplate, type BatonTemplateManifest, type Problem } from '../../packages/schema/src/index.ts';
import { DEMO_ORG, loadGallery, type Template } from './gallery.ts';

const gallery = loadGallery();
const directory = installDirectoryOf(DEMO_ORG);

type Spec = NonNullable<BatonTemplateManifest['parameters']>['properties'][string];
const paramOf = (t: Template, pick: (p: Spec) => boolean): string | undefined =>
  Object.entries(t.manifest.doc.parameters?.properties ?? {}).find(([, p]) => pick(p))?.[0];

function refused(t: Template, answers: unknown): Problem[] {
  const r = installTemplate(t.manifest.doc, t.workflow.doc, answers, directory);
  expect(r.ok).toBe(false);
  return r.problems;
}

/** The one problem must point at the parameter and say its name in both languages. */
function expectNamed(problems: Problem[], name: string, code: string | RegExp): void {
  expect(problems).toHaveLength(1);
  const [p] = problems;
  expect(p!.pointer).toBe(`/params/${name}`);
  expect(p!.code).toMatch(code);
  expect(p!.message.en).toContain(`"${name}"`);
  expect(p!.message['zh-CN']).toContain(`"${name}"`);
}

describe.each(gallery.map((t) => [t.key, t] as const))('%s', (_key, t: Template) => {
  const role = paramOf(t, (p) => p.kind === 'role');
  const number = paramOf(t, (p) => p.type === 'number' || p.type === 'integer');

  test('has a role parameter to attack', () => {
    expect(role).toBeDefined();
  });

  test('a CEL fragment in a role parameter is refused', () => {
    expectNamed(refused(t, { [role!]: 'finance-lead" || initiator.id != ""' }), role!, 'template/parameter-invalid');
    expectNamed(refused(t, { [role!]: 'sales-director || true' }), role!, 'template/parameter-invalid');
  });

  test('a CEL fragment in any other parameter (number, duration, department, URL) is refused', () => {
    const others = Object.entries(t.manifest.doc.parameters?.properties ?? {}).filter(([, p]) => p.kind !== 'role');
    expect(others.length).toBeGreaterThan(0);
    for (const [name, p] of others) {
      // Text parameters are only safe with a pattern; the gallery gives every one of them a pattern.
      if (p.type === 'string' && p.kind === 'text') expect(p.pattern, `${name} has no pattern`).toBeDefined();
      const problems = refused(t, { [name]: `${JSON.stringify(p.default)} || true` });
      const code = p.type === 'number' || p.type === 'integer' ? 'schema/type' : p.kind === 'text' || p.kind === 'duration' ? /^schema\/(format|pattern)$/ : 'template/parameter-invalid';
      expectNamed(problems, name, code);
    }
  });

  test('__proto__, constructor and prototype are refused as names, and nothing is polluted', () => {
    const problems = refused(t, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'));
    expect(problems.map((p) => [p.pointer, p.code])).toEqual([
      ['/params/__proto__', 'template/hostile-key'],
      ['/params/constructor', 'template/hostile-key'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expectNamed(refused(t, { [role!]: '__proto__' }), role!, /template\/(hostile-value|parameter-invalid)/);
  });

  test('a role the org does not have is refused', () => {
    const problems = refused(t, { [role!]: 'chief-coffee-officer' });
    expectNamed(problems, role!, 'template/unknown-role');
    expect(problems[0]!.message.en).toBe(`parameter "${role}": the org has no role "chief-coffee-officer"`);
  });

  test('a value of the wrong type is refused', () => {
    expectNamed(refused(t, { [role!]: 42 }), role!, 'schema/type');
    if (number !== undefined) expectNamed(refused(t, { [number]: [1] }), number, 'schema/type');
  });

  test('an unknown parameter is refused, naming it and the known ones', () => {
    const problems = refused(t, { threshold_typo: 1 });
    expectNamed(problems, 'threshold_typo', 'template/unknown-parameter');
    expect(problems[0]!.message.en).toContain(Object.keys(t.manifest.doc.parameters?.properties ?? {})[0]!);
  });
});
