// Every template of the gallery survives BPMN: export -> import gives back the same definition
// (byte for byte in canonical form, so diffWorkflows finds nothing), the XML is valid against the
// BPMN 2.0 meta-model, and every scenario of the template gives the same results (status,
// outcome, path, assignees and effects) on the re-imported definition as on the original. The
// scenarios run through the CLI's own scenario loader, so template parameters are installed the
// same way on both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromBpmn, toBpmn } from '../../packages/bpmn/src/index.ts';
import { runScenario } from '../../packages/engine/src/index.ts';
import { diffWorkflows, formatDocument, type BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';
import { parseStrict } from '../../packages/bpmn/src/test-moddle.ts';
import { createDocumentReader, type DocumentReader } from '../../packages/cli/src/files/document-reader.ts';
import { loadScenario } from '../../packages/cli/src/scenarios/load-scenario.ts';
import { REPO } from '../cli/run-baton.ts';

const TEMPLATES = join(REPO, 'templates');
const templates = readdirSync(TEMPLATES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const manifest = JSON.parse(readFileSync(join(TEMPLATES, d.name, 'template.json'), 'utf8')) as { workflow: string };
    const workflowFile = join(TEMPLATES, d.name, manifest.workflow);
    const scenarioDir = join(TEMPLATES, d.name, 'scenarios');
    const scenarios = readdirSync(scenarioDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(scenarioDir, f));
    return { name: d.name, workflowFile, text: readFileSync(workflowFile, 'utf8'), scenarios };
  });

/** A reader that serves `workflow` in place of the file at `path` (and everything else from disk). */
function substituting(base: DocumentReader, path: string, workflow: unknown): DocumentReader {
  return {
    read: (file) => (resolve(REPO, file) === path ? Promise.resolve({ ok: true, value: workflow, text: formatDocument(workflow) }) : base.read(file)),
  };
}

async function reimport(def: BatonWorkflowDefinition, lang: 'en' | 'zh-CN' = 'en'): Promise<BatonWorkflowDefinition> {
  const xml = toBpmn(def, { lang }).xml;
  const back = await fromBpmn(xml);
  if (!back.ok) throw new Error(JSON.stringify(back.problems, null, 2));
  return back.value;
}

test('the gallery is all here (every template folder is covered below)', () => {
  expect(templates.length).toBeGreaterThanOrEqual(12);
  expect(templates.reduce((n, t) => n + t.scenarios.length, 0)).toBeGreaterThanOrEqual(80);
});

describe.each(templates)('$name', ({ workflowFile, text, scenarios }) => {
  const original = JSON.parse(text) as BatonWorkflowDefinition;

  test('exports valid BPMN 2.0 with no problem, twice the same', async () => {
    const out = toBpmn(original);
    expect(out.problems).toEqual([]);
    expect((await parseStrict(out.xml)).warnings).toEqual([]);
    expect(toBpmn(original).xml).toBe(out.xml);
  });

  test('export -> import gives back the same definition, in either display language', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const back = await reimport(original, lang);
      expect(diffWorkflows(original, back)).toEqual([]);
      expect(formatDocument(back)).toBe(text);
    }
  });

  test(`its ${scenarios.length} scenarios give identical results on the re-imported definition`, async () => {
    const back = await reimport(original);
    const disk = createDocumentReader(REPO);
    const swapped = substituting(disk, workflowFile, JSON.parse(JSON.stringify(back)));
    for (const file of scenarios) {
      const before = await loadScenario(file, disk);
      const after = await loadScenario(file, swapped);
      if (!before.ok || !after.ok) throw new Error(`${file}: ${JSON.stringify(before.ok ? after : before)}`);
      expect(after.workflow).not.toBe(before.workflow);
      const a = runScenario(before.workflow, before.scenario, before.org);
      const b = runScenario(after.workflow, after.scenario, after.org);
      expect({ file, ok: a.ok }).toEqual({ file, ok: true });
      expect({ file, ok: b.ok, mismatches: b.mismatches }).toEqual({ file, ok: true, mismatches: [] });
      const { snapshot: _a, ...ra } = a.result;
      const { snapshot: _b, ...rb } = b.result;
      expect(rb).toEqual(ra);
    }
  });
});
