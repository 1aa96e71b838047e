import { resolveValues, type ValueSource } from '../definition/expressions.ts';
import { finish, markEntry, note, pass } from '../runtime/flow.ts';
import type { NodeKind } from './node-kind.ts';

/** Subflow (子流程): starts a child request (an effect) and, by default, waits for its outcome. */
export function subflowNodeKind(): NodeKind<'subflow'> {
  return {
    type: 'subflow',
    enter(run, node, token) {
      const notes: string[] = [];
      const input = resolveValues(run, node.input as Record<string, ValueSource> | undefined, notes);
      if (notes.length > 0) note(run, ...notes);
      const wait = node.wait ?? true;
      const effect = run.effect({ type: 'start-subflow', node: node.id, flow: node.flow, input, wait });
      if (!wait) return pass(run, node.id, token.scope);
      const act = run.activate(node.id, token.scope);
      markEntry(run, act);
      run.putActivation({ ...act, effect: effect.id });
    },
    resultArrived(run, node, act, command) {
      if (command.type !== 'subflow-finished') return run.refuse('effect-unknown', node.id);
      run.removeActivation(act.id);
      run.event('subflow-finished', { node: node.id, detail: { outcome: command.outcome } });
      const failed = command.outcome !== 'approved' && command.outcome !== 'completed';
      if (failed && (node.rejectOnChildReject ?? true)) return finish(run, 'rejected', 'rejected');
      pass(run, node.id, act.scope);
    },
  };
}
