// Exported BPMN is valid against the OMG BPMN 2.0 XML Schema itself (BPMN20.xsd and the files it
// imports), checked by libxml2 (xmllint compiled to WebAssembly): every template, the flow with
// every node type, and a Camunda Modeler file after import and export.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromBpmn, toBpmn } from '../../packages/bpmn/src/index.ts';
import { xsdErrors } from '../../packages/bpmn/src/test-xsd.ts';
import type { BatonWorkflowDefinition } from '../../packages/schema/src/index.ts';
import { REPO } from '../cli/run-baton.ts';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BatonWorkflowDefinition;
const templates = readdirSync(join(REPO, 'templates'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('exports validate against BPMN20.xsd', () => {
  test.each(templates)('template %s', async (name) => {
    expect(await xsdErrors(toBpmn(json(join(REPO, 'templates', name, 'workflow.json'))).xml)).toEqual([]);
  });

  test('every node type, timeouts of every kind, names in Chinese', async () => {
    const def = json(join(REPO, 'packages/schema/test/fixtures/valid/every-node-type.json'));
    Object.assign(def.nodes[1]!, { mode: 'sequential', timeouts: [{ after: 'P1D', action: 'remind' }, { after: 'P3D', action: 'auto-reject' }] });
    expect(await xsdErrors(toBpmn(def, { lang: 'zh-CN' }).xml)).toEqual([]);
  });

  test('a Camunda Modeler file, imported and exported again', async () => {
    const imported = await fromBpmn(readFileSync(join(import.meta.dirname, 'fixtures/camunda-purchase-request.bpmn'), 'utf8'));
    if (!imported.ok) throw new Error('import failed');
    expect(await xsdErrors(toBpmn(imported.value).xml)).toEqual([]);
  });

  test('the check can fail: an element out of the schema\'s order is reported', async () => {
    const xml = toBpmn(json(join(REPO, 'templates/discount-approval/workflow.json'))).xml.replace(
      /(<bpmn:userTask id="manager" name="Direct manager">)/,
      '$1\n      <bpmn:outgoing>e_manager</bpmn:outgoing>',
    );
    const errors = await xsdErrors(xml);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('extensionElements');
  });
});
