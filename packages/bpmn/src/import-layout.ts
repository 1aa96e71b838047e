// BPMNDI -> `layout`: each imported node's shape, centred on a Baton card, gives the card's
// top-left corner (the inverse of the export). A Baton export's extension then restores what the
// drawing could not say exactly: no layout at all, nodes that had none, exact positions.
import type { BatonWorkflowDefinition } from '@baton/schema';
import { CARD_SIZE } from './bpmn-vocabulary.ts';
import { elementAt, elementsAt, type ModdleElement } from './moddle-reader.ts';

type Layout = NonNullable<BatonWorkflowDefinition['layout']>;

export interface LayoutResidue {
  absent?: unknown;
  unplaced?: unknown;
  exact?: unknown;
}

export function importLayout(
  definitions: ModdleElement,
  process: ModdleElement,
  idOf: ReadonlyMap<string, string>,
  residue: LayoutResidue | undefined,
): Layout | undefined {
  if (residue?.absent === true) return undefined;
  const layout: Layout = {};
  for (const diagram of elementsAt(definitions, 'diagrams')) {
    const plane = elementAt(diagram, 'plane');
    const shown = elementAt(plane, 'bpmnElement');
    if (shown !== undefined && shown !== process && shown.$type !== 'bpmn:Collaboration') continue;
    for (const shape of elementsAt(plane, 'planeElement')) {
      if (shape.$type !== 'bpmndi:BPMNShape') continue;
      const target = elementAt(shape, 'bpmnElement')?.id;
      const id = target === undefined ? undefined : idOf.get(target);
      const b = elementAt(shape, 'bounds');
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => b?.[k]);
      if (id === undefined || Object.hasOwn(layout, id) || typeof x !== 'number' || typeof y !== 'number') continue;
      const width = typeof w === 'number' ? w : 0;
      const height = typeof h === 'number' ? h : 0;
      layout[id] = { x: x - (CARD_SIZE.width - width) / 2, y: y - (CARD_SIZE.height - height) / 2 };
    }
  }
  if (Array.isArray(residue?.unplaced)) for (const id of residue.unplaced) if (typeof id === 'string') delete layout[id];
  if (typeof residue?.exact === 'object' && residue.exact !== null) {
    for (const [id, pos] of Object.entries(residue.exact as Record<string, unknown>)) {
      const p = pos as { x?: unknown; y?: unknown } | null;
      if (p && typeof p.x === 'number' && typeof p.y === 'number') layout[id] = { x: p.x, y: p.y };
    }
  }
  return Object.keys(layout).length > 0 || residue !== undefined ? layout : undefined;
}
