// The designer's editing actions: add, insert on an edge, delete, keyboard shortcuts (undo,
// redo, copy, paste, delete, layout, fit). They build definition changes and hand them to the
// store; the page wires them to the palette, the canvas and the toolbar.
import { shallowRef, type Ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { Point } from '../../../designer/definition-changes.ts';
import { findEdge, type DefinitionChange } from '../../../designer/definition-changes.ts';
import { nextNodeId, nodeKind, type NodeType } from '../../../designer/node-catalog.ts';
import { autoLayout } from '../../../designer/auto-layout.ts';
import { copySelection, pasteChange, type ClipboardContent } from '../../../designer/clipboard.ts';
import { useDefinitionStore } from '../../../stores/definition.ts';

export type KeyAction = 'undo' | 'redo' | 'copy' | 'paste' | 'delete' | 'layout' | 'fit';

/** What the actions need from the canvas component. */
export interface CanvasHandle {
  viewCenter: () => Point;
  selectedNodeIds: () => string[];
  fit: () => void;
}

export function useDesignerActions(canvas: Ref<CanvasHandle | null>, onSelectNode: () => void) {
  const store = useDefinitionStore();
  const clipboard = shallowRef<ClipboardContent | null>(null);
  const def = () => store.definition;

  function apply(changes: DefinitionChange[], merge?: string) {
    if (changes.length === 0) return;
    const rejected = store.apply(changes, merge === undefined ? {} : { merge });
    if (rejected.length) ElMessage.warning(rejected.map((r) => r.reason).join(', '));
  }

  function addNode(type: NodeType, position?: Point) {
    const d = def();
    const kind = nodeKind(type);
    if (!d || !kind) return;
    const node = kind.create(nextNodeId(type, d.nodes.map((n) => n.id)));
    apply([{ type: 'add-node', node, position: position ?? canvas.value?.viewCenter() ?? { x: 0, y: 0 } }]);
    store.select({ kind: 'node', id: node.id });
    onSelectNode();
  }

  function insertOnEdge(edgeKey: string, type: NodeType) {
    const d = def();
    const kind = nodeKind(type);
    if (!d || !kind) return;
    const found = findEdge(d, edgeKey);
    if (!found) return;
    const node = kind.create(nextNodeId(type, d.nodes.map((n) => n.id)));
    const a = d.layout?.[found.edge.from] ?? { x: 0, y: 0 };
    const b = d.layout?.[found.edge.to] ?? { x: 0, y: 200 };
    apply([{ type: 'insert-node', edgeKey, node, position: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } }]);
    // Make room: lay the flow out again so the new step does not sit on top of its neighbours.
    const next = store.definition;
    if (next) apply([{ type: 'set-layout', positions: autoLayout(next) }], undefined);
    store.select({ kind: 'node', id: node.id });
  }

  function removeSelection() {
    const d = def();
    if (!d) return;
    const many = canvas.value?.selectedNodeIds() ?? [];
    const sel = store.selection;
    const ids = many.length > 0 ? many : sel?.kind === 'node' ? [sel.id] : [];
    const changes: DefinitionChange[] = ids.filter((id) => d.nodes.find((n) => n.id === id)?.type !== 'start').map((id) => ({ type: 'remove-node', id }));
    if (sel?.kind === 'edge') changes.push({ type: 'remove-edge', key: sel.key });
    apply(changes);
    store.select(null);
  }

  function onKey(action: KeyAction) {
    const d = def();
    if (!d) return;
    switch (action) {
      case 'undo': store.undo(); break;
      case 'redo': store.redo(); break;
      case 'copy': {
        const ids = canvas.value?.selectedNodeIds() ?? [];
        const sel = store.selection;
        clipboard.value = copySelection(d, ids.length ? ids : sel?.kind === 'node' ? [sel.id] : []);
        break;
      }
      case 'paste': {
        const change = clipboard.value ? pasteChange(d, clipboard.value) : undefined;
        if (change) apply([change]);
        break;
      }
      case 'delete': removeSelection(); break;
      case 'layout': apply([{ type: 'set-layout', positions: autoLayout(d) }]); setTimeout(() => canvas.value?.fit(), 0); break;
      case 'fit': canvas.value?.fit(); break;
    }
  }

  return { apply, addNode, insertOnEdge, removeSelection, onKey };
}
