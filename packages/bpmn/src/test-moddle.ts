// Tests only (not exported): reads BPMN with bpmn-moddle in strict mode, so any element or
// attribute outside the BPMN 2.0 and Baton meta-models fails the read, and finds elements by id.
import { BpmnModdle } from 'bpmn-moddle';
import { BATON_MODDLE } from './bpmn-namespaces.ts';
import type { ModdleElement } from './moddle-reader.ts';

interface Parsed {
  root: ModdleElement;
  warnings: string[];
  byId: (id: string) => ModdleElement;
}

const Moddle = BpmnModdle as new (p: Record<string, unknown>) => {
  fromXML(xml: string, o: { lax: boolean }): Promise<{ rootElement: ModdleElement; warnings: Array<{ message: string }>; elementsById: Record<string, ModdleElement> }>;
};

export async function parseStrict(xml: string): Promise<Parsed> {
  const r = await new Moddle({ baton: BATON_MODDLE }).fromXML(xml, { lax: false });
  return {
    root: r.rootElement,
    warnings: r.warnings.map((w) => w.message),
    byId: (id) => {
      const el = r.elementsById[id];
      if (!el) throw new Error(`no element ${id}`);
      return el;
    },
  };
}
