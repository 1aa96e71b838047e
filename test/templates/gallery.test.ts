// Every template of the gallery: valid, canonical, bilingual, installable with its defaults (which
// give back workflow.json) and with sample answers, and proven by scenarios that pass through the
// engine, walk every path, and cover approval, rejection, return and resubmit, withdrawal and a
// timeout.
import { describe, expect, test } from 'vitest';
import { coverage, runScenario } from '../../packages/engine/src/index.ts';
import {
  installDirectoryOf,
  installTemplate,
  isCanonical,
  lintTemplate,
  validateRecordType,
  validateScenario,
  validateTemplate,
  validateWorkflow,
  type BatonRecordType,
  type BatonWorkflowDefinition,
} from '../../packages/schema/src/index.ts';
import { DEMO_ORG, loadGallery, monolingual, sampleAnswers, valueAt, type Template } from './gallery.ts';

const gallery = loadGallery();
const directory = installDirectoryOf(DEMO_ORG);
const errors = (problems: ReadonlyArray<{ severity: string; pointer: string; code: string }>) =>
  problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer} ${p.code}`);

test('the gallery holds at least twelve templates, in at least five categories', () => {
  expect(gallery.length).toBeGreaterThanOrEqual(12);
  expect(new Set(gallery.map((t) => t.manifest.doc.category)).size).toBeGreaterThanOrEqual(5);
  expect(new Set(gallery.map((t) => t.manifest.doc.key)).size).toBe(gallery.length);
});

test('record types shared between templates are the same everywhere', () => {
  const byKey = new Map<string, string>();
  for (const t of gallery) {
    for (const rt of t.recordTypes) {
      const seen = byKey.get(rt.doc.key);
      if (seen !== undefined) expect(rt.text, `${rt.file} differs from another ${rt.doc.key}.json`).toBe(seen);
      byKey.set(rt.doc.key, rt.text);
    }
  }
});

describe.each(gallery.map((t) => [t.key, t] as const))('%s', (_key, t: Template) => {
  const manifest = t.manifest.doc;
  const workflow = t.workflow.doc;
  const recordTypes = new Map<string, BatonRecordType>(t.recordTypes.map((r) => [r.doc.key, r.doc]));

  test('its files are valid and canonical, and name each other consistently', () => {
    expect(errors(validateTemplate(manifest).problems)).toEqual([]);
    expect(lintTemplate(manifest, workflow).map((p) => `${p.pointer} ${p.code}`)).toEqual([]);
    expect(errors(validateWorkflow(workflow, { recordTypes }).problems)).toEqual([]);
    for (const rt of t.recordTypes) expect(errors(validateRecordType(rt.doc).problems), rt.file).toEqual([]);
    for (const f of [t.manifest, t.workflow, ...t.recordTypes, ...t.scenarios]) expect(isCanonical(f.text), `${f.file} is not canonical`).toBe(true);
    expect(manifest.key).toBe(t.key);
    expect(workflow.key).toBe(t.key);
    expect(workflow.template).toEqual({ key: manifest.key, version: manifest.version });
    expect(workflow.category).toBe(manifest.category);
    expect(workflow.$schema).toBe('../../schemas/workflow.schema.json');
    expect(manifest.$schema).toBe('../../schemas/template.schema.json');
  });

  test('it speaks English and Chinese: names, labels, parameter titles, README', () => {
    expect(monolingual(manifest)).toEqual([]);
    expect(monolingual(workflow)).toEqual([]);
    for (const rt of t.recordTypes) expect(monolingual(rt.doc), rt.file).toEqual([]);
    for (const n of workflow.nodes) expect(n.name, `node ${n.id} has no name`).toBeDefined();
    expect(t.readme).toContain(`# ${manifest.name.en} · ${manifest.name['zh-CN']}`);
    expect(t.readme).toMatch(/## Parameters[\s\S]*## 参数/);
    for (const name of Object.keys(manifest.parameters?.properties ?? {})) expect(t.readme, `README does not mention ${name}`).toContain(`\`${name}\``);
    for (const s of t.scenarios) expect(t.readme, `README does not list ${s.file}`).toContain(s.file.split('/').pop()!.replace(/\.json$/, ''));
  });

  test('every node has a place on the canvas', () => {
    for (const n of workflow.nodes) expect(workflow.layout?.[n.id], `no layout for ${n.id}`).toBeDefined();
  });

  test('every parameter has a bilingual title, a kind and a default, and is bound; thresholds live in variables', () => {
    const params = Object.entries(manifest.parameters?.properties ?? {});
    expect(params.length).toBeGreaterThanOrEqual(3);
    for (const [name, p] of params) {
      expect(p.kind, name).toBeDefined();
      expect(p.default, name).toBeDefined();
      const pointers = (manifest.bindings ?? []).filter((b) => b.parameter === name).map((b) => b.pointer);
      expect(pointers.length, `${name} is not bound`).toBeGreaterThan(0);
      if (p.kind === 'amount') for (const ptr of pointers) expect(ptr, name).toMatch(/^\/variables\/[A-Za-z0-9_]+\/value$/);
      if (p.kind === 'role') for (const ptr of pointers) expect(ptr, name).toMatch(/\/role$/);
    }
  });

  test('installed with its defaults it is workflow.json, remembering its template', () => {
    const installed = installTemplate(manifest, workflow, {}, directory);
    expect(errors(installed.problems)).toEqual([]);
    expect(installed.ok && installed.value).toEqual(workflow);
  });

  test('installed with sample answers, each answer lands at its bindings and the result is valid', () => {
    const answers = sampleAnswers(manifest, DEMO_ORG);
    for (const [name, value] of Object.entries(answers)) expect(value, `no sample for ${name}`).toBeDefined();
    const installed = installTemplate(manifest, workflow, answers, directory);
    expect(errors(installed.problems)).toEqual([]);
    if (!installed.ok) return;
    for (const b of manifest.bindings ?? []) expect(valueAt(installed.value, b.pointer), b.pointer).toEqual(answers[b.parameter]);
    expect(installed.value.template).toEqual({ key: manifest.key, version: manifest.version });
    expect(valueAt(workflow, manifest.bindings?.[0]?.pointer ?? '')).not.toEqual(answers[manifest.bindings?.[0]?.parameter ?? '']);
  });

  test('its scenarios pass through the engine and walk every path', () => {
    expect(t.scenarios.length).toBeGreaterThanOrEqual(3);
    const walked: string[][] = [];
    for (const s of t.scenarios) {
      expect(errors(validateScenario(s.doc).problems), s.file).toEqual([]);
      expect(s.doc.org, s.file).toBe('../../demo-org.json');
      let def: BatonWorkflowDefinition = workflow;
      if (s.doc.parameters !== undefined) {
        const installed = installTemplate(manifest, workflow, s.doc.parameters, directory);
        expect(errors(installed.problems), s.file).toEqual([]);
        if (installed.ok) def = installed.value;
      }
      const run = runScenario(def, s.doc, DEMO_ORG);
      expect(run.mismatches, s.file).toEqual([]);
      if (s.doc.parameters === undefined) walked.push(run.result.path);
    }
    const cov = coverage(workflow, walked);
    expect(cov.paths.length).toBeGreaterThan(0);
    expect(cov.paths.filter((_, i) => !cov.covered[i]).map((p) => p.join(' -> '))).toEqual([]);
  });

  test('its scenarios cover approval, rejection, return and resubmit, withdrawal and a timeout', () => {
    const docs = t.scenarios.map((s) => s.doc);
    const status = new Set(docs.map((d) => d.expect.status));
    expect(status.has('approved') || status.has('completed'), 'an approved or completed outcome').toBe(true);
    expect(status.has('rejected'), 'a rejection').toBe(true);
    expect(status.has('withdrawn'), 'a withdrawal').toBe(true);
    const steps = docs.flatMap((d) => d.steps ?? []);
    expect(steps.some((s) => 'do' in s && s.do === 'resubmit'), 'a return and resubmit').toBe(true);
    expect(steps.some((s) => 'wait' in s), 'a timeout').toBe(true);
  });
});
