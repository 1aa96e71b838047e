// Tests only (not exported): validates XML against the OMG BPMN 2.0 XML Schema (the XSD files
// bpmn-moddle ships) with libxml2's xmllint compiled to WebAssembly. Returns xmllint's errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);
const XSD_DIR = dirname(require.resolve('bpmn-moddle/resources/bpmn/xsd/BPMN20.xsd'));
const read = (name: string) => ({ fileName: name, contents: readFileSync(join(XSD_DIR, name), 'utf8') });

export async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.bpmn', contents: xml }],
    schema: [read('BPMN20.xsd')],
    preload: ['Semantic.xsd', 'BPMNDI.xsd', 'DC.xsd', 'DI.xsd'].map(read),
  });
  return result.errors.map((e) => e.rawMessage);
}
