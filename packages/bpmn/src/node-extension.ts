// What of a node travels in its <baton:node> extension: everything BPMN has no words for. The
// parts BPMN does say (the element's id and kind, a delay's duration or date field, a subflow's
// called element, each timeout's `after` on a boundary timer) are written natively, so an edit in
// a BPMN modeler is what the import sees; the extension fills in the rest.
import type { Node } from '@baton/schema';

type Json = Record<string, unknown>;

/** The node's properties minus those its BPMN element carries. */
export function nodeExtension(node: Node): Json {
  const { id: _id, type: _type, ...rest } = node as Json & { id: string; type: string };
  const out: Json = { ...rest };
  if (node.type === 'delay') {
    delete out['duration'];
    if (node.until !== undefined) {
      const { field: _field, ...until } = node.until;
      if (Object.keys(until).length > 0) out['until'] = until;
      else delete out['until'];
    }
  }
  if (node.type === 'subflow') delete out['flow'];
  // Timeouts become boundary timers; an explicitly empty list has none, so it stays here.
  if ((node.type === 'approval' || node.type === 'handler') && node.timeouts !== undefined && node.timeouts.length > 0) {
    delete out['timeouts'];
  }
  return out;
}

/** A timeout minus its `after` (the boundary timer's duration). */
export function timeoutExtension(timeout: { after: string } & Json): Json {
  const { after: _after, ...rest } = timeout;
  return rest;
}
