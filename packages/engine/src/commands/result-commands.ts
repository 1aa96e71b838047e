// automation-result and subflow-finished: an effect the flow waits for has answered.
import type { Run } from '../runtime/run.ts';
import type { CommandOf } from '../types/command.ts';

export function resultCommand(run: Run, cmd: CommandOf<'automation-result'> | CommandOf<'subflow-finished'>): void {
  if (run.s.status !== 'running') return run.refuse('not-running', run.s.status);
  const wanted = cmd.type === 'automation-result' ? 'automation' : 'subflow';
  const act = run.s.active.find((a) => {
    if (!a.effect) return false;
    if (cmd.effectId !== undefined) return a.effect === cmd.effectId;
    return a.node === cmd.node;
  });
  const node = act ? run.def.nodes.get(act.node) : undefined;
  if (!act || !node || node.type !== wanted) return run.refuse('effect-unknown', String(cmd.effectId ?? cmd.node));
  const kind = run.kinds.get(node.type);
  if (!kind?.resultArrived) return run.refuse('definition-broken', `node "${node.id}" waits for no result`);
  kind.resultArrived(run, node, act, cmd);
}
