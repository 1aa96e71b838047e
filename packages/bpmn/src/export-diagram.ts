// BPMNDI from `layout`, so bpmn.io-based tools open the file as drawn in the studio. A layout
// entry is the top-left corner of a 200x64 Baton card; the BPMN shape is centred on the card.
// Whatever the drawing cannot give back exactly (a position the centring shift would round, an
// entry for no node, a node with no entry that had to be placed) is listed for the extension.
import type { BatonWorkflowDefinition, Problem } from '@baton/schema';
import { problem } from '@baton/schema';
import { CARD_SIZE, SHAPE_SIZE, shapeKindOf, shapeOffset, type BpmnTag } from './bpmn-vocabulary.ts';
import type { IdAllocator } from './export-ids.ts';
import type { XmlElement } from './xml-writer.ts';

export interface DiagramInput {
  def: BatonWorkflowDefinition;
  processId: string;
  nodes: ReadonlyArray<{ id: string; tag: BpmnTag; boundaries: readonly string[] }>;
  flowIds: readonly string[];
  ids: IdAllocator;
}

/** What the extension must carry for the layout to come back exactly. */
export interface LayoutResidue {
  absent?: true;
  unplaced?: string[];
  exact?: Record<string, { x: number; y: number }>;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function exportDiagram(input: DiagramInput): { element: XmlElement; residue: LayoutResidue; problems: Problem[] } {
  const { def, ids } = input;
  const layout = def.layout ?? {};
  const residue: LayoutResidue = {};
  const problems: Problem[] = [];
  if (def.layout === undefined) residue.absent = true;
  const fallback = fallbackCards(def);
  const boxes = new Map<string, Box>();
  const shapes: XmlElement[] = [];

  for (const n of input.nodes) {
    const kind = shapeKindOf(n.tag);
    const { dx, dy } = shapeOffset(kind);
    const stored = Object.hasOwn(layout, n.id) ? layout[n.id] : undefined;
    let card = stored;
    if (card === undefined) {
      card = fallback.get(n.id) ?? { x: 0, y: 0 };
      (residue.unplaced ??= []).push(n.id);
      if (def.layout !== undefined) {
        problems.push(problem(`/layout`, 'bpmn/placed-automatically', `node "${n.id}" has no layout entry: it is drawn at an automatic position`, `节点 "${n.id}" 没有布局位置：已自动放置`, 'warning'));
      }
    } else if (card.x + dx - dx !== card.x || card.y + dy - dy !== card.y) {
      (residue.exact ??= {})[n.id] = { x: card.x, y: card.y };
    }
    const box: Box = { x: card.x + dx, y: card.y + dy, ...SHAPE_SIZE[kind] };
    boxes.set(n.id, box);
    shapes.push(shape(ids.take(`${n.id}.di`), n.id, box, n.tag === 'exclusiveGateway'));
    n.boundaries.forEach((b, i) => {
      const size = SHAPE_SIZE.event;
      const bbox: Box = { x: box.x + box.width - size.width / 2 - i * 30, y: box.y + box.height - size.height / 2, ...size };
      shapes.push(shape(ids.take(`${b}.di`), b, bbox, false));
    });
  }
  for (const [id, pos] of Object.entries(layout)) {
    if (!boxes.has(id)) (residue.exact ??= {})[id] = pos;
  }

  const edges = def.edges.map((e, i): XmlElement => {
    const flowId = input.flowIds[i]!;
    const points = waypoints(boxes.get(e.from), boxes.get(e.to));
    return {
      name: 'bpmndi:BPMNEdge',
      attrs: { id: ids.take(`${flowId}.di`), bpmnElement: flowId },
      children: points.map(([x, y]) => ({ name: 'di:waypoint', attrs: { x, y } })),
    };
  });

  const element: XmlElement = {
    name: 'bpmndi:BPMNDiagram',
    attrs: { id: ids.take(`${input.processId}.diagram`) },
    children: [
      {
        name: 'bpmndi:BPMNPlane',
        attrs: { id: ids.take(`${input.processId}.plane`), bpmnElement: input.processId },
        children: [...shapes, ...edges],
      },
    ],
  };
  return { element, residue, problems };
}

function shape(id: string, element: string, box: Box, marker: boolean): XmlElement {
  return {
    name: 'bpmndi:BPMNShape',
    attrs: { id, bpmnElement: element, isMarkerVisible: marker ? 'true' : undefined },
    children: [{ name: 'dc:Bounds', attrs: { x: box.x, y: box.y, width: box.width, height: box.height } }],
  };
}

/** Orthogonal lines: down from the bottom to the top when the target is below, else side to side. */
function waypoints(from: Box | undefined, to: Box | undefined): Array<[number, number]> {
  if (!from || !to) return [];
  const fx = from.x + from.width / 2;
  const tx = to.x + to.width / 2;
  const fBottom = from.y + from.height;
  if (to.y > fBottom) {
    if (fx === tx) return [[fx, fBottom], [tx, to.y]];
    const midY = (fBottom + to.y) / 2;
    return [[fx, fBottom], [fx, midY], [tx, midY], [tx, to.y]];
  }
  const fy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  const rightward = tx >= fx;
  const startX = rightward ? from.x + from.width : from.x;
  const endX = rightward ? to.x : to.x + to.width;
  if (fy === ty) return [[startX, fy], [endX, ty]];
  const midX = (startX + endX) / 2;
  return [[startX, fy], [midX, fy], [midX, ty], [endX, ty]];
}

/** Cards for nodes without a layout entry: rows by distance from the start, left to right. */
function fallbackCards(def: BatonWorkflowDefinition): Map<string, { x: number; y: number }> {
  const depth = new Map<string, number>();
  const start = def.nodes.find((n) => n.type === 'start') ?? def.nodes[0];
  const queue = start ? [start.id] : [];
  if (start) depth.set(start.id, 0);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const e of def.edges) {
      if (e.from === at && !depth.has(e.to)) {
        depth.set(e.to, depth.get(at)! + 1);
        queue.push(e.to);
      }
    }
  }
  const columns = new Map<number, number>();
  const out = new Map<string, { x: number; y: number }>();
  for (const n of def.nodes) {
    const row = depth.get(n.id) ?? 0;
    const col = columns.get(row) ?? 0;
    columns.set(row, col + 1);
    out.set(n.id, { x: 40 + col * (CARD_SIZE.width + 80), y: 40 + row * (CARD_SIZE.height + 80) });
  }
  return out;
}
