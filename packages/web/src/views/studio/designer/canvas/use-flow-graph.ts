// The X6 graph behind the flow canvas: creates it with its plugins, keeps its cells in step with
// the definition (keyed reconciliation, so a 300-node flow is not redrawn on every keystroke),
// and turns what the user does on the canvas into definition changes. It never edits the
// definition itself.
import { Graph, Keyboard, MiniMap, NodeView, Selection, Snapline, type Cell, type Edge as X6Edge } from '@antv/x6';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { DefinitionChange, Point } from '../../../../designer/definition-changes.ts';
import { toGraph, type GraphEdge, type GraphNode, type ToGraphOptions } from './to-graph.ts';
import { registerNodeShape } from './register-shapes.ts';

export interface FlowGraphEvents {
  change: (changes: DefinitionChange[]) => void;
  select: (sel: { kind: 'node'; id: string } | { kind: 'edge'; key: string } | null) => void;
  selectMany: (nodeIds: string[]) => void;
  insertOnEdge: (edgeKey: string, clientX: number, clientY: number) => void;
  key: (action: 'undo' | 'redo' | 'copy' | 'paste' | 'delete' | 'layout' | 'fit') => void;
}

/** What the canvas marks besides the definition: problems, and a version diff's marks. */
export interface CanvasDecor {
  nodes: Set<string>;
  edges: Set<string>;
  nodeMarks?: ReadonlyMap<string, string>;
  edgeMarks?: ReadonlyMap<string, string>;
}

export interface FlowGraph {
  graph: Graph;
  sync: (def: BatonWorkflowDefinition, opts: ToGraphOptions, decor: CanvasDecor) => void;
  selectCell: (id: string | null) => void;
  selectedNodeIds: () => string[];
  clientToLocal: (x: number, y: number) => Point;
  centerOn: (id: string) => void;
  dispose: () => void;
}

/** A node in the minimap: a filled box, none of the card's DOM. */
class MiniNodeView extends NodeView {
  protected override renderMarkup(): void {
    const { width, height } = this.cell.getSize();
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(height));
    rect.setAttribute('rx', '8');
    rect.setAttribute('fill', '#c6e2ff');
    rect.setAttribute('stroke', '#409eff');
    rect.setAttribute('stroke-width', '2');
    this.container.appendChild(rect);
  }
}

const EDGE_COLOR = '#a8abb2';
const EDGE_ERROR = '#f56c6c';
const MARK_COLORS: Record<string, string> = { added: '#67c23a', removed: '#f56c6c', changed: '#e6a23c', path: '#409eff' };

function edgeStroke(key: string, decor: CanvasDecor): string {
  const mark = decor.edgeMarks?.get(key);
  if (mark) return MARK_COLORS[mark] ?? EDGE_COLOR;
  return decor.edges.has(key) ? EDGE_ERROR : EDGE_COLOR;
}

/** A read-only canvas (versions, simulation) shows the flow but takes no edits. */
export function createFlowGraph(container: HTMLElement, minimap: HTMLElement | null, on: FlowGraphEvents, opts: { readonly?: boolean } = {}): FlowGraph {
  const readonly = opts.readonly === true;
  registerNodeShape();
  const graph: Graph = new Graph({
    container,
    autoResize: true,
    virtual: true,
    grid: { visible: true, size: 10, type: 'dot', args: { color: '#dcdfe6' } },
    background: { color: '#f7f8fa' },
    panning: { enabled: true, eventTypes: ['leftMouseDown'] },
    mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.2, maxScale: 2 },
    interacting: readonly
      ? false
      : { edgeMovable: false, arrowheadMovable: false, vertexMovable: false, vertexAddable: false, edgeLabelMovable: false },
    connecting: {
      snap: { radius: 24 },
      allowBlank: false,
      allowLoop: false,
      allowNode: false,
      allowEdge: false,
      allowMulti: false,
      highlight: true,
      router: { name: 'orth' },
      connector: { name: 'rounded', args: { radius: 8 } },
      createEdge: (): X6Edge => graph.createEdge({ attrs: { line: { stroke: EDGE_COLOR, strokeWidth: 1.5, targetMarker: { name: 'block', width: 8, height: 6 } } }, zIndex: 0 }),
      validateConnection: ({ sourcePort, targetPort, sourceCell, targetCell }) =>
        sourcePort === 'out' && targetPort === 'in' && !!sourceCell && !!targetCell && sourceCell.id !== targetCell.id,
    },
    highlighting: { magnetAvailable: { name: 'stroke', args: { attrs: { stroke: '#409eff', strokeWidth: 2 } } } },
  });

  graph.use(new Snapline({ enabled: true, sharp: true }));
  const selection = new Selection({ enabled: true, multiple: true, rubberband: true, modifiers: ['shift'], showNodeSelectionBox: true, pointerEvents: 'none' });
  graph.use(selection);
  graph.use(new Keyboard({ enabled: true }));
  // The minimap draws plain node boxes: no Vue cards, no edges (a full copy would double the
  // cost of opening a large flow).
  if (minimap) {
    graph.use(new MiniMap({
      container: minimap, width: 180, height: 120, padding: 8,
      graphOptions: { async: true, createCellView: (cell: Cell) => (cell.isEdge() ? null : MiniNodeView) },
    }));
  }

  // The canvas's edge for a new connection is only a preview: the change makes the real one.
  graph.on('edge:connected', ({ isNew, edge }: { isNew: boolean; edge: X6Edge }) => {
    if (!isNew) return;
    const from = edge.getSourceCellId();
    const to = edge.getTargetCellId();
    edge.remove({ silent: true });
    if (from && to) on.change([{ type: 'add-edge', edge: { from, to } }]);
  });

  // Moves are batched per tick, so dragging a selection is one undo step.
  let moves: DefinitionChange[] = [];
  graph.on('node:moved', ({ node }) => {
    const p = node.getPosition();
    if (moves.length === 0) queueMicrotask(() => { const batch = moves; moves = []; on.change(batch); });
    moves.push({ type: 'move-node', id: node.id, position: { x: p.x, y: p.y } });
  });

  graph.on('node:click', ({ node }) => on.select({ kind: 'node', id: node.id }));
  graph.on('edge:click', ({ edge }) => on.select({ kind: 'edge', key: edge.id }));
  graph.on('blank:click', () => on.select(null));
  selection.on('selection:changed', ({ selected }: { selected: Cell[] }) => {
    const ids = selected.filter((c) => c.isNode()).map((c) => c.id);
    if (ids.length > 1) on.selectMany(ids);
  });

  // "+" on an edge: shown while hovering, opens the node menu at the pointer.
  graph.on('edge:mouseenter', ({ edge }) => {
    if (readonly) return;
    edge.addTools([{
      name: 'button',
      args: {
        distance: '50%',
        markup: [
          { tagName: 'circle', selector: 'button', attrs: { r: 10, fill: '#409eff', stroke: '#fff', strokeWidth: 2, cursor: 'pointer' } },
          { tagName: 'text', textContent: '+', selector: 'icon', attrs: { fill: '#fff', fontSize: 16, fontWeight: 700, textAnchor: 'middle', y: 5, pointerEvents: 'none' } },
        ],
        onClick: ({ e }: { e: MouseEvent }) => on.insertOnEdge(edge.id, e.clientX, e.clientY),
      },
    }]);
  });
  graph.on('edge:mouseleave', ({ edge }) => edge.removeTools());

  if (!readonly) bindShortcuts();

  function bindShortcuts() {
    graph.bindKey(['meta+z', 'ctrl+z'], () => { on.key('undo'); return false; });
    graph.bindKey(['meta+shift+z', 'ctrl+shift+z', 'ctrl+y'], () => { on.key('redo'); return false; });
    graph.bindKey(['meta+c', 'ctrl+c'], () => { on.key('copy'); return false; });
    graph.bindKey(['meta+v', 'ctrl+v'], () => { on.key('paste'); return false; });
    graph.bindKey(['delete', 'backspace'], () => { on.key('delete'); return false; });
    graph.bindKey(['meta+l', 'ctrl+l'], () => { on.key('layout'); return false; });
  }

  function sync(def: BatonWorkflowDefinition, opts: ToGraphOptions, decor: CanvasDecor): void {
    performance.mark('baton:sync-start');
    const model = toGraph(def, opts);
    performance.mark('baton:to-graph');
    if (graph.getCellCount() === 0) {
      // First draw: one reset is much cheaper than adding cells one by one.
      graph.fromJSON({
        cells: [
          ...model.nodes.map((n) => ({ ...n, data: { ...n.data, invalid: decor.nodes.has(n.id), mark: decor.nodeMarks?.get(n.id) } })),
          ...model.edges.map((e) => edgeCell(e, edgeStroke(e.id, decor), decor.edgeMarks?.get(e.id) === 'removed')),
        ],
      });
      performance.mark('baton:sync-end');
      return;
    }
    graph.batchUpdate(() => {
      syncNodes(model.nodes, decor);
      performance.mark('baton:nodes');
      syncEdges(model.edges, decor);
      performance.mark('baton:edges');
    });
    performance.mark('baton:sync-end');
  }

  function syncNodes(nodes: GraphNode[], decor: CanvasDecor): void {
    const bad = decor.nodes;
    const wanted = new Set(nodes.map((n) => n.id));
    for (const cell of graph.getNodes()) if (!wanted.has(cell.id)) cell.remove();
    const fresh: GraphNode[] = [];
    for (const n of nodes) {
      const cell = graph.getCellById(n.id);
      if (!cell || !cell.isNode()) { fresh.push(n); continue; }
      const p = cell.getPosition();
      if (p.x !== n.x || p.y !== n.y) cell.setPosition(n.x, n.y, { silent: false });
      const data = cell.getData<{ node?: unknown; invalid?: boolean; mark?: string }>() ?? {};
      const invalid = bad.has(n.id);
      const mark = decor.nodeMarks?.get(n.id);
      if (data.node !== n.data.node || data.invalid !== invalid || data.mark !== mark) cell.setData({ ...n.data, invalid, mark }, { overwrite: true });
    }
    if (fresh.length) graph.addNodes(fresh.map((n) => ({ ...n, data: { ...n.data, invalid: bad.has(n.id), mark: decor.nodeMarks?.get(n.id) } })));
  }

  function syncEdges(edges: GraphEdge[], decor: CanvasDecor): void {
    const wanted = new Map(edges.map((e) => [e.id, e]));
    for (const cell of graph.getEdges()) {
      const want = wanted.get(cell.id);
      if (!want || cell.getSourceCellId() !== want.source.cell || cell.getTargetCellId() !== want.target.cell) cell.remove();
    }
    const fresh: GraphEdge[] = [];
    for (const e of edges) {
      const cell = graph.getCellById(e.id);
      const stroke = edgeStroke(e.id, decor);
      if (!cell || !cell.isEdge()) { fresh.push(e); continue; }
      const label = e.labels[0]?.attrs.label.text ?? '';
      const current = (cell.getLabelAt(0)?.attrs?.label?.text as string | undefined) ?? '';
      if (label !== current) cell.setLabels(e.labels.map(styledLabel));
      if (cell.attr('line/stroke') !== stroke) cell.attr('line/stroke', stroke);
      cell.setData(e.data, { overwrite: true, silent: true });
    }
    if (fresh.length) graph.addEdges(fresh.map((e) => edgeCell(e, edgeStroke(e.id, decor), decor.edgeMarks?.get(e.id) === 'removed')));
  }

  return {
    graph,
    sync,
    selectCell: (id) => {
      selection.clean();
      if (id) { const cell = graph.getCellById(id); if (cell) selection.select(cell); }
    },
    selectedNodeIds: () => selection.getSelectedCells().filter((c) => c.isNode()).map((c) => c.id),
    clientToLocal: (x, y) => { const p = graph.clientToLocal(x, y); return { x: p.x, y: p.y }; },
    centerOn: (id) => { const cell = graph.getCellById(id); if (cell) graph.centerCell(cell); },
    dispose: () => graph.dispose(),
  };
}

function styledLabel(l: GraphEdge['labels'][number]) {
  return {
    attrs: {
      label: { text: l.attrs.label.text, fill: '#606266', fontSize: 12 },
      body: { ref: 'label', fill: '#fff', stroke: '#dcdfe6', rx: 4, ry: 4, refWidth: '140%', refHeight: '140%', refX: '-20%', refY: '-20%' },
    },
    position: { distance: 0.35 },
  };
}

function edgeCell(e: GraphEdge, stroke: string, dashed = false) {
  return {
    id: e.id,
    shape: 'edge',
    source: e.source,
    target: e.target,
    data: e.data,
    router: { name: 'orth' },
    connector: { name: 'rounded', args: { radius: 8 } },
    attrs: { line: { stroke, strokeWidth: 1.5, targetMarker: { name: 'block', width: 8, height: 6 }, ...(dashed ? { strokeDasharray: '5 4' } : {}) } },
    labels: e.labels.map(styledLabel),
    zIndex: 0,
  };
}
